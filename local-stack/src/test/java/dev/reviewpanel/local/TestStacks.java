package dev.reviewpanel.local;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Settings shared by the tests that start a whole stack. */
final class TestStacks {

  private TestStacks() {}

  /** The standard services and a broker, all on free ports, with {@code properties} for all. */
  static LocalStack.Settings onFreePorts(
      java.nio.file.Path dataDir, Map<String, String> properties) {
    return new LocalStack.Settings(
        null,
        LocalKafkaBroker.freePort(),
        LocalKafkaBroker.freePort(),
        dataDir,
        3,
        properties,
        randomPorts(ServiceSpec.standard()),
        ServiceSpec.standard(),
        java.time.Duration.ofSeconds(120));
  }

  /** Port 0 for every service, so tests never collide with a running stack. */
  static Map<String, Integer> randomPorts(List<ServiceSpec> services) {
    return services.stream().collect(Collectors.toMap(ServiceSpec::name, s -> 0));
  }
}
