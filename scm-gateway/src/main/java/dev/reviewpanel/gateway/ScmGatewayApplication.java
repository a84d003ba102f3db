package dev.reviewpanel.gateway;

import dev.reviewpanel.events.EventJson;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
