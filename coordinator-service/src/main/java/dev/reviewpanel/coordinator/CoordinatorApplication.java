package dev.reviewpanel.coordinator;

import dev.reviewpanel.events.EventJson;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** Intake, validation, planning and fan-out of reviews, plus the status and report read model. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoordinatorApplication {

  public static final String CONFIG_NAME = "coordinator";

  public static void main(String[] args) {
    new SpringApplicationBuilder(CoordinatorApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  // The HTTP API speaks the same JSON dialect as the wire: ISO dates, no nulls.
  @Bean
  JsonMapper jsonMapper() {
    return EventJson.mapper();
  }
}
