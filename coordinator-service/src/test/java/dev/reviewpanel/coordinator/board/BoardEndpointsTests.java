package dev.reviewpanel.coordinator.board;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reviewpanel.coordinator.SliceConfig;
import dev.reviewpanel.coordinator.planning.AgentRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(
    controllers = {AgentsController.class, LimitsController.class},
    properties = {
      "spring.config.name=coordinator",
      "review.security.api-keys=board-key",
      "review.agents.registry[0].id=security",
      "review.agents.registry[0].languages=java,python",
      "review.agents.registry[1].id=bug",
      "review.agents.registry[1].languages=java",
      "review.agents.registry[2].id=performance",
      "review.agents.registry[2].languages=java",
      "review.agents.registry[3].id=accessibility",
      "review.agents.registry[3].languages=typescript,javascript",
      "review.limits.max-files=120"
    })
@Import({SliceConfig.class, AgentRegistry.class, SecurityHeadersConfiguration.class})
// the API key filter's registration, package-private in its own package
@ComponentScan(
    basePackages = "dev.reviewpanel.coordinator.security",
    useDefaultFilters = false,
    includeFilters = @Filter(type = FilterType.REGEX, pattern = ".*ApiKeyConfiguration"))
class BoardEndpointsTests {

  @Autowired MockMvc mvc;

  @Test
  void shouldListTheConfiguredAgentsAnAddedOneIncluded() throws Exception {
    withKey("/api/agents")
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.agents[*].id")
                .value(contains("security", "bug", "performance", "accessibility")))
        .andExpect(jsonPath("$.agents[3].languages[0]").value("javascript"))
        .andExpect(jsonPath("$.agents[3].languages[1]").value("typescript"));
  }

  @Test
  void shouldTellTheLimitsOfAReview() throws Exception {
    withKey("/api/limits")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.maxFiles").value(120))
        .andExpect(jsonPath("$.maxFileBytes").value(1024 * 1024))
        .andExpect(jsonPath("$.maxTotalBytes").value(10 * 1024 * 1024))
        .andExpect(jsonPath("$.maxLineLength").value(10_000));
  }

  @Test
  void shouldServeThePageAndItsAssetsWithoutAKeyButNotTheApi() throws Exception {
    mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
    mvc.perform(get("/index.html"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<script type=\"module\" src=\"js/main.js\">")));
    mvc.perform(get("/js/main.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("javascript")));
    mvc.perform(get("/board.css")).andExpect(status().isOk());
    mvc.perform(get("/api/agents")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/agents").header("Authorization", "Bearer wrong"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void shouldSendAStrictContentSecurityPolicyOnPagesAndApiAlike() throws Exception {
    for (ResultActions response :
        new ResultActions[] {
          mvc.perform(get("/index.html")), mvc.perform(get("/api/agents")), withKey("/api/agents")
        }) {
      response
          .andExpect(
              header()
                  .string(
                      "Content-Security-Policy",
                      containsString("default-src 'self'; script-src 'self'; style-src 'self'")))
          .andExpect(
              header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
          .andExpect(
              header()
                  .string(
                      "Content-Security-Policy",
                      containsString("require-trusted-types-for 'script'")))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("Referrer-Policy", "no-referrer"))
          .andExpect(header().string("X-Frame-Options", "DENY"));
    }
  }

  private ResultActions withKey(String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer board-key"));
  }
}
