package dev.reviewpanel.gateway;

import dev.reviewpanel.events.EventJson;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitHub and GitLab webhooks in, review requests out; reports back as pull-request comments, one
 * summary edited in place and a commit status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScmGatewayApplication {

  public static final String CONFIG_NAME = "scm-gateway";

  public static void main(String[] args) {
    new SpringApplicationBuilder(ScmGatewayApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }

  /** One line per provider: its API, whether its webhooks are on and its token set. */
  public static List<String> providers(ApplicationContext context) {
    return context.getBean(ProviderSetup.class).describe();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  // webhook answers speak the wire's JSON dialect: ISO dates, no nulls
  @Bean
  JsonMapper jsonMapper() {
    return EventJson.mapper();
  }
}
