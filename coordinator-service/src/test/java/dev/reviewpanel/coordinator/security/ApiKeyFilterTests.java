package dev.reviewpanel.coordinator.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiKeyFilterTests {

  private final ApiKeyFilter filter = new ApiKeyFilter(List.of("k-one", "k-two-longer"));

  @Test
  void shouldLetABearerKeyThrough() throws Exception {
    assertThat(call("Authorization", "Bearer k-two-longer").getStatus()).isEqualTo(200);
    assertThat(call("Authorization", "bearer k-one").getStatus()).isEqualTo(200);
  }

  @Test
  void shouldLetAnApiKeyHeaderThrough() throws Exception {
    assertThat(call("X-API-Key", "k-one").getStatus()).isEqualTo(200);
  }

  @Test
  void shouldRefuseMissingOrWrongKeysWithJson() throws Exception {
    for (String[] header :
        List.of(
            new String[] {"X-Other", "k-one"},
            new String[] {"X-API-Key", "k-on"},
            new String[] {"X-API-Key", "k-one-and-more"},
            new String[] {"Authorization", "Basic k-one"},
            new String[] {"Authorization", "Bearer "})) {
      MockHttpServletResponse response = call(header[0], header[1]);

      assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_UNAUTHORIZED);
      assertThat(response.getContentType()).startsWith("application/json");
      assertThat(response.getContentAsString()).contains("\"error\":\"unauthorized\"");
      assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }
  }

  @Test
  void shouldLetEverythingThroughWhenNoKeysAreConfigured() throws Exception {
    ApiKeyFilter open = new ApiKeyFilter(new ApiKeyProperties(List.of("", "  ")).apiKeys());
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    open.doFilter(new MockHttpServletRequest("GET", "/api/reviews/x"), response, chain);

    assertThat(chain.getRequest()).isNotNull();
  }

  private MockHttpServletResponse call(String header, String value) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reviews");
    request.addHeader(header, value);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, response, chain);
    if (chain.getRequest() == null && response.getStatus() == 200) {
      throw new AssertionError("filter neither passed nor refused the request");
    }
    return response;
  }
}
