package dev.reviewpanel.deployment;

import java.util.ArrayList;
import java.util.List;

/**
 * The scm-gateway's job topic, its retry topics and its dead letters for a number of attempts. The
 * gateway is a service, so these checks cannot call its code: its own {@code
 * JobsKafkaConfigurationTests} pins the same names, so the two cannot drift apart silently.
 */
final class GatewayTopics {

  static final String JOBS = "scm-gateway-jobs";

  private GatewayTopics() {}

  static List<String> of(int attempts) {
    List<String> topics = new ArrayList<>(List.of(JOBS));
    if (attempts == 2) {
      topics.add(JOBS + "-retry"); // spring-kafka names a lone retry topic without an index
    } else {
      for (int i = 0; i < attempts - 1; i++) {
        topics.add(JOBS + "-retry-" + i);
      }
    }
    topics.add(JOBS + "-dlt");
    return topics;
  }
}
