package dev.reviewpanel.local;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Settings shared by the tests that start a whole stack. */
final class TestStacks {

  private TestStacks() {}

  /** Port 0 for every service, so tests never collide with a running stack. */
  static Map<String, Integer> randomPorts(List<ServiceSpec> services) {
    return services.stream().collect(Collectors.toMap(ServiceSpec::name, s -> 0));
  }
}
