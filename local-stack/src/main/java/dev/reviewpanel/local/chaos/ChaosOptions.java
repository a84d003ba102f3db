package dev.reviewpanel.local.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.convert.DurationStyle;

/**
 * What {@code review-panel chaos} was asked to do.
 *
 * @param reviews reviews offered over the run
 * @param rate reviews offered per second
 * @param faults the faults, injected in this order, evenly spread over the run
 * @param agents the agents each review asks for (one worker process each)
 * @param pause how long a paused worker stays stopped
 * @param staticMembership give each service a {@code review.instance.id} (the default); false
 *     measures the services as they were before static membership
 * @param grace how long accepted reviews may take to report after the last fault recovered
 * @param workDir logs, the broker's data and synthesis' state go here
 * @param serviceProperties {@code key=value} Spring properties given to every service
 * @param servicesJar another build's local-stack exec jar to run the broker and services from (e.g.
 *     the previous release, to compare), or null for this program's own classpath
 */
public record ChaosOptions(
    int reviews,
    double rate,
    List<Fault> faults,
    List<String> agents,
    Duration pause,
    boolean staticMembership,
    Duration grace,
    Path workDir,
    String heap,
    Path examples,
    List<String> serviceProperties,
    Path servicesJar) {

  /** The faults the suite knows, in their default order. */
  public enum Fault {
    WORKER_KILL("worker-kill"),
    WORKER_PAUSE("worker-pause"),
    SYNTHESIS_KILL("synthesis-kill"),
    COORDINATOR_KILL("coordinator-kill"),
    BROKER_RESTART("broker-restart");

    final String label;

    Fault(String label) {
      this.label = label;
    }

    static Fault of(String label) {
      for (Fault fault : values()) {
        if (fault.label.equals(label)) {
          return fault;
        }
      }
      throw new IllegalArgumentException(
          "unknown fault '"
              + label
              + "': one of "
              + List.of(values()).stream().map(f -> f.label).toList());
    }
  }

  /** The CI version: 100 reviews, a worker killed and a worker paused, two agents. */
  public static ChaosOptions quick(Path workDir) {
    return parse(new String[] {"--short", "--work-dir=" + workDir});
  }

  public static ChaosOptions parse(String[] args) {
    int reviews = 1000;
    double rate = 8;
    List<Fault> faults = List.of(Fault.values());
    List<String> agents = List.of("security", "bug", "performance");
    Duration pause = Duration.ofSeconds(40);
    boolean staticMembership = true;
    Duration grace = Duration.ofSeconds(120);
    Path workDir = Path.of("target", "chaos");
    String heap = "-Xmx384m";
    Path examples = Path.of("examples", "request.json");
    List<String> serviceProperties = new ArrayList<>();
    Path servicesJar = null;
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--short" -> {
          reviews = 100;
          rate = 4;
          faults = List.of(Fault.WORKER_KILL, Fault.WORKER_PAUSE);
          agents = List.of("security", "bug");
          pause = Duration.ofSeconds(25);
          grace = Duration.ofSeconds(60);
        }
        case "--no-static" -> staticMembership = false;
        case "--reviews" -> reviews = (int) positive(name, value);
        case "--rate" -> rate = positive(name, value);
        case "--faults" -> faults = faults(value);
        case "--agents" -> agents = List.of(required(name, value).split(","));
        case "--pause" -> pause = duration(name, value);
        case "--grace" -> grace = duration(name, value);
        case "--work-dir" -> workDir = Path.of(required(name, value));
        case "--heap" -> heap = "-Xmx" + required(name, value);
        case "--examples" -> examples = Path.of(required(name, value));
        case "--service-property" -> serviceProperties.add(required(name, value));
        case "--services-jar" -> servicesJar = Path.of(required(name, value)).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    return new ChaosOptions(
        reviews,
        rate,
        faults,
        agents,
        pause,
        staticMembership,
        grace,
        workDir,
        heap,
        examples,
        List.copyOf(serviceProperties),
        servicesJar);
  }

  /** Seconds the offered load lasts. */
  Duration loadDuration() {
    return Duration.ofMillis((long) (reviews / rate * 1000));
  }

  private static List<Fault> faults(String value) {
    List<Fault> faults = new ArrayList<>();
    for (String label : required("--faults", value).split(",")) {
      faults.add(Fault.of(label.trim()));
    }
    return List.copyOf(faults);
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " needs a value: " + name + "=...");
    }
    return value;
  }

  private static double positive(String name, String value) {
    try {
      double number = Double.parseDouble(required(name, value));
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
  }

  private static Duration duration(String name, String value) {
    try {
      return DurationStyle.detectAndParse(required(name, value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " must be a duration such as 30s, not " + value);
    }
  }
}
