package dev.reviewpanel.synthesis;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Joins review plans and agent results into review reports with Kafka Streams. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SynthesisApplication {

  public static final String CONFIG_NAME = "synthesis";

  public static void main(String[] args) {
    new SpringApplicationBuilder(SynthesisApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}
