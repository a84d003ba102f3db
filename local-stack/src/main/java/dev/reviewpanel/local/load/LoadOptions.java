package dev.reviewpanel.local.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;

/**
 * What {@code review-panel load} was asked to do.
 *
 * @param rates offered reviews per second, one step each
 * @param properties {@code --key=value} Spring properties for the services of {@code --start}
 * @param writeFiles a directory to write the shape's files to (then no load is offered), or null
 */
record LoadOptions(
    List<Double> rates,
    Duration duration,
    Duration warmup,
    Duration grace,
    String via,
    String url,
    String bootstrapServers,
    boolean start,
    String shape,
    String apiKey,
    int connections,
    boolean floor,
    String examples,
    List<Long> cpuOf,
    Map<String, String> properties,
    String writeFiles) {

  static LoadOptions parse(String[] args) {
    List<Double> rates = List.of(20.0);
    Duration duration = Duration.ofSeconds(60);
    Duration warmup = Duration.ofSeconds(60);
    Duration grace = Duration.ofSeconds(30);
    String via = "rest";
    String url = "http://127.0.0.1:8080";
    String bootstrap = "localhost:9092";
    boolean start = false;
    String shape = "example";
    String apiKey = null;
    int connections = 64;
    boolean floor = true;
    String examples = "examples/request.json";
    List<Long> cpuOf = List.of();
    Map<String, String> properties = new LinkedHashMap<>();
    String writeFiles = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean inline = arg.contains("=");
      String value = inline ? arg.substring(arg.indexOf('=') + 1) : null;
      if (!name.startsWith("--") || name.length() < 3) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
      if (name.equals("--start")) {
        start = true;
        continue;
      }
      if (name.equals("--no-floor")) {
        floor = false;
        continue;
      }
      if (!inline) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--rate" -> rates = List.of(positive(name, value));
        case "--step" -> rates = steps(value);
        case "--duration" -> duration = duration(name, value);
        case "--warmup" -> warmup = duration(name, value);
        case "--grace" -> grace = duration(name, value);
        case "--via" -> via = choice(name, value, List.of("rest", "kafka"));
        case "--url" -> url = value.replaceAll("/+$", "");
        case "--bootstrap-servers" -> bootstrap = value;
        case "--shape" -> shape = choice(name, value, ReviewShapes.NAMES);
        case "--api-key" -> apiKey = value;
        case "--connections" -> connections = (int) positive(name, value);
        case "--examples" -> examples = value;
        case "--cpu-of" -> cpuOf = pids(value);
        case "--write-files" -> writeFiles = value;
        default -> properties.put(name.substring(2), value);
      }
    }
    return new LoadOptions(
        rates,
        duration,
        warmup,
        grace,
        via,
        url,
        bootstrap,
        start,
        shape,
        apiKey,
        connections,
        floor,
        examples,
        cpuOf,
        properties,
        writeFiles);
  }

  private static List<Double> steps(String value) {
    List<Double> rates = new ArrayList<>();
    for (String part : value.split(",")) {
      rates.add(positive("--step", part.trim()));
    }
    return List.copyOf(rates);
  }

  private static List<Long> pids(String value) {
    List<Long> pids = new ArrayList<>();
    for (String part : value.split(",")) {
      try {
        pids.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--cpu-of takes process ids, not '" + part + "'");
      }
    }
    return List.copyOf(pids);
  }

  private static double positive(String name, String value) {
    try {
      double number = Double.parseDouble(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
  }

  private static Duration duration(String name, String value) {
    try {
      return DurationStyle.detectAndParse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " must be a duration such as 60s, not " + value);
    }
  }

  private static String choice(String name, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(name + " must be one of " + allowed + ", not " + value);
    }
    return value;
  }
}
