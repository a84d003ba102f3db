package dev.reviewpanel.local.load;

import dev.reviewpanel.local.LocalKafkaBroker;
import dev.reviewpanel.local.LocalStack;
import dev.reviewpanel.local.ServiceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * {@code review-panel load}: an open-loop load driver. Offers reviews at fixed rates through REST
 * or {@code review-requests}, to a running stack or one it starts in this JVM, and prints per rate:
 * offered and achieved rate, submit-to-report latency read off the report records' timestamps,
 * 429s, errors, lost and duplicate reports, and the Kafka floor beside them.
 */
public final class LoadCommand {

  private static final Duration FLOOR_DURATION = Duration.ofSeconds(20);

  private final LoadOptions options;

  private LoadCommand(LoadOptions options) {
    this.options = options;
  }

  public static LoadCommand parse(String[] args) {
    return new LoadCommand(LoadOptions.parse(args));
  }

  /** Runs the steps; 0 when they ran, whatever their figures (the figures are the output). */
  public int run(PrintStream out) {
    try {
      return drive(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("load run failed: " + e, e);
    }
  }

  private int drive(PrintStream out) throws Exception {
    ReviewShapes shape = ReviewShapes.of(options.shape(), Path.of(options.examples()));
    if (options.writeFiles() != null) {
      Path written = shape.write(Path.of(options.writeFiles()));
      out.printf("Wrote the %d files of shape %s under %s%n", shape.files(), shape.name(), written);
      return 0;
    }
    LocalStack stack = options.start() ? start(out) : null;
    try {
      String url = stack == null ? options.url() : stack.url("coordinator");
      String bootstrap = stack == null ? options.bootstrapServers() : stack.bootstrapServers();
      int requestBytes = shape.json("00000000-0000-0000-0000-000000000000", 0).length;
      out.printf(
          "Load: shape %s (%d files, %d lines, %.1f KB request) via %s to %s (Kafka %s)%n",
          shape.name(),
          shape.files(),
          shape.lines(),
          requestBytes / 1024.0,
          options.via(),
          url,
          bootstrap);
      out.println(
          "Targets (one JVM, example): >= 100 reviews/s sustained; p99 < 250 ms at 50/s;"
              + " p50 <= floor + 40 ms at 20/s. Deployed shape >= 50/s; big review >= 5/s.");
      try (ReportWatch reports = new ReportWatch(bootstrap);
          Submitter submitter = submitter(url, bootstrap, shape);
          OpenLoop loop = new OpenLoop(submitter, options.connections())) {
        if (!options.warmup().isZero()) {
          out.printf("Warm-up at %.0f/s for %s...%n", options.rates().get(0), options.warmup());
          StepTally warm = loop.run(options.rates().get(0), options.warmup());
          settle(loop, warm, reports);
          out.printf(
              "  warm-up: %d accepted, %d rejected, %d errors%s%n",
              warm.accepted.size(), warm.rejected.sum(), warm.errorCount(), warm.errorSummary());
        }
        for (double rate : options.rates()) {
          out.printf("%nRate %.0f/s for %s:%n", rate, options.duration());
          ProcessCpu others = new ProcessCpu(options.cpuOf());
          JvmUsage before = JvmUsage.now();
          long othersBefore = others.cpuNanos();
          long started = System.nanoTime();
          StepTally tally = loop.run(rate, options.duration());
          // until the last report: at saturation the work of the step ends long after its sends
          settle(loop, tally, reports);
          JvmUsage.Delta usage =
              stack != null
                  ? JvmUsage.now().since(before)
                  : others.any()
                      ? JvmUsage.processes(
                          othersBefore, others.cpuNanos(), System.nanoTime() - started)
                      : null;
          Latencies floor = options.floor() ? floor(bootstrap, rate, requestBytes, reports) : null;
          StepResult.of(tally, reports, floor, usage).print(out);
        }
      }
    } finally {
      if (stack != null) {
        stack.close();
      }
    }
    return 0;
  }

  // every submission answered, then every accepted review reported or the grace over
  private void settle(OpenLoop loop, StepTally tally, ReportWatch reports)
      throws InterruptedException {
    loop.drain(tally, Duration.ofSeconds(35));
    long deadline = System.nanoTime() + options.grace().toNanos();
    while (System.nanoTime() < deadline
        && tally.accepted.keySet().stream()
            .anyMatch(
                id -> reports.arrival(id) == null || reports.arrival(id).reports.get() == 0)) {
      Thread.sleep(100);
    }
  }

  private Latencies floor(String bootstrap, double rate, int requestBytes, ReportWatch reports)
      throws Exception {
    int report = reports.meanReportBytes();
    KafkaFloor.Sizes sizes =
        new KafkaFloor.Sizes(requestBytes, requestBytes, Math.max(512, report / 3), report);
    Duration duration =
        options.duration().compareTo(FLOOR_DURATION) < 0 ? options.duration() : FLOOR_DURATION;
    return new KafkaFloor(bootstrap).measure(rate, duration, sizes);
  }

  private Submitter submitter(String url, String bootstrap, ReviewShapes shape) {
    return options.via().equals("kafka")
        ? new KafkaSubmitter(bootstrap, shape)
        : new RestSubmitter(url, options.apiKey(), shape);
  }

  private LocalStack start(PrintStream out) throws IOException {
    out.println("Starting Kafka and the five services in this JVM...");
    var services = ServiceSpec.standard();
    return LocalStack.start(
        new LocalStack.Settings(
            null,
            LocalKafkaBroker.freePort(),
            LocalKafkaBroker.freePort(),
            Files.createTempDirectory("review-panel-load-"),
            3,
            options.properties(),
            services.stream().collect(Collectors.toMap(ServiceSpec::name, s -> 0)),
            services,
            Duration.ofMinutes(3)));
  }
}
