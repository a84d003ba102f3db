package dev.reviewpanel.local.chaos;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.local.chaos.ChaosOptions.Fault;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code review-panel chaos}: the project's own fault suite. Starts a standalone broker and the
 * services as processes of their own, offers reviews at a fixed rate through the REST API, and
 * meanwhile kills (-9) and restarts a worker, synthesis, a coordinator right after a 202 and the
 * broker on its data, and stops (SIGSTOP) a worker past its task budget and {@code
 * max.poll.interval.ms} before it resumes (SIGCONT). Then it checks that every accepted review got
 * exactly one final report, none PARTIAL, nothing dead-lettered, and prints the recovery time of
 * each fault. Exit 0 when every check passed, 1 otherwise.
 */
public final class ChaosCommand {

  static final String RUN_AGAIN = "ran out of its time budget while this process stood still";
  static final String NOT_OWNED = "finished after its partition was given up";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
  // between a fault's process being ready again and the next fault, and after the last one
  private static final Duration SETTLE = Duration.ofSeconds(15);
  // the pause catches these in flight: each the example's files 10 times over, one task per agent
  private static final int HEAVY_REVIEWS = 4;
  private static final int HEAVY_COPIES = 10;

  private final ChaosOptions options;

  private ChaosCommand(ChaosOptions options) {
    this.options = options;
  }

  public static ChaosCommand parse(String[] args) {
    return new ChaosCommand(ChaosOptions.parse(args));
  }

  public static ChaosCommand of(ChaosOptions options) {
    return new ChaosCommand(options);
  }

  /** What one fault did, times in milliseconds since the epoch (0: did not happen). */
  public record FaultRecord(
      Fault fault, String target, long injectedAt, long endedAt, long readyAt, long recoveredAt) {

    /** From the fault to the first report of a review accepted after it, in seconds. */
    public double recoverySeconds() {
      return recoveredAt == 0 ? Double.NaN : (recoveredAt - injectedAt) / 1000.0;
    }

    double readySeconds() {
      return readyAt == 0 ? Double.NaN : (readyAt - injectedAt) / 1000.0;
    }
  }

  /** The verdict of a run. */
  public record Result(
      int accepted,
      long rejected,
      long errors,
      List<String> lost,
      List<String> duplicated,
      Map<ReviewReport.Status, Integer> statuses,
      List<String> partialIds,
      Map<String, List<String>> deadLetters,
      List<FaultRecord> faults,
      long tasksRunAgainAfterPause,
      long resultsNotPublished) {

    public int partial() {
      return statuses.getOrDefault(ReviewReport.Status.PARTIAL, 0)
          + statuses.getOrDefault(ReviewReport.Status.FAILED, 0);
    }

    public int deadLettered() {
      return deadLetters.values().stream().mapToInt(List::size).sum();
    }

    public boolean passed() {
      return accepted > 0
          && lost.isEmpty()
          && duplicated.isEmpty()
          && partial() == 0
          && deadLettered() == 0
          && faults.stream().allMatch(f -> f.recoveredAt() > 0);
    }
  }

  public int run(PrintStream out) {
    try {
      return execute(out).passed() ? 0 : 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (IOException e) {
      throw new IllegalStateException("chaos run failed: " + e, e);
    }
  }

  /** Runs the suite and returns its verdict, printing as it goes. */
  public Result execute(PrintStream out) throws IOException, InterruptedException {
    out.printf(
        "Chaos: %d reviews or more at %.1f/s (agents %s), faults %s, pause %d s, %s membership%s;"
            + " logs in %s%n",
        options.reviews(),
        options.rate(),
        String.join(",", options.agents()),
        options.faults().stream().map(f -> f.label).collect(Collectors.joining(",")),
        options.pause().toSeconds(),
        options.staticMembership() ? "static" : "dynamic",
        options.servicesJar() == null ? "" : ", services from " + options.servicesJar(),
        options.workDir().toAbsolutePath());
    try (Cluster cluster = new Cluster(options)) {
      long starting = System.nanoTime();
      cluster.start(READY_TIMEOUT);
      out.printf(
          "Started a broker (%s) and %d services as processes in %.1f s%n",
          cluster.bootstrapServers(),
          options.agents().size() + 2,
          (System.nanoTime() - starting) / 1e9);
      try (ReportLedger ledger = new ReportLedger(cluster.bootstrapServers());
          StartedTasks started = new StartedTasks(cluster.bootstrapServers())) {
        List<FaultRecord> faults;
        AtomicLong faultsOver = new AtomicLong();
        ChaosLoad load =
            new ChaosLoad(cluster.url("coordinator"), options.examples(), options.agents());
        Thread offering =
            new Thread(
                () -> {
                  try {
                    load.offer(
                        options.reviews(),
                        options.rate(),
                        () ->
                            faultsOver.get() == 0 || System.currentTimeMillis() < faultsOver.get());
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "chaos-load");
        long loadStart = System.currentTimeMillis();
        offering.start();
        faults = inject(cluster, load, started, ledger, loadStart, out);
        // new reviews keep coming for a while after the last fault, so its recovery shows
        faultsOver.set(System.currentTimeMillis() + SETTLE.toMillis());
        offering.join();
        load.close();
        awaitReports(load, ledger, out);
        Result result = verdict(cluster, load, ledger, faults);
        print(result, load, out);
        return result;
      }
    }
  }

  private List<FaultRecord> inject(
      Cluster cluster,
      ChaosLoad load,
      StartedTasks started,
      ReportLedger ledger,
      long loadStart,
      PrintStream out)
      throws IOException, InterruptedException {
    List<FaultRecord> records = new ArrayList<>();
    List<Fault> faults = options.faults();
    long span = options.loadDuration().toMillis();
    long settled = loadStart;
    for (int i = 0; i < faults.size(); i++) {
      // on schedule, but never before the last fault's process is back and new work flowed again
      long due = Math.max(loadStart + span * (i + 1) / (faults.size() + 1), settled);
      long wait = due - System.currentTimeMillis();
      if (wait > 0) {
        TimeUnit.MILLISECONDS.sleep(wait);
      }
      Fault fault = faults.get(i);
      FaultRecord record = inject(fault, cluster, load, started, out);
      records.add(record);
      // the next fault waits until this one's recovery showed: a review accepted after it done
      long recovered = awaitRecovery(record, load, ledger);
      settled = Math.max(record.readyAt() + SETTLE.toMillis(), recovered + SETTLE.toMillis() / 3);
    }
    return records;
  }

  private FaultRecord inject(
      Fault fault, Cluster cluster, ChaosLoad load, StartedTasks started, PrintStream out)
      throws IOException, InterruptedException {
    String target =
        switch (fault) {
          case WORKER_KILL -> options.agents().get(0);
          case WORKER_PAUSE -> options.agents().get(options.agents().size() > 1 ? 1 : 0);
          case SYNTHESIS_KILL -> "synthesis";
          case COORDINATOR_KILL -> "coordinator";
          case BROKER_RESTART -> "broker";
        };
    Cluster.Member member = cluster.member(target);
    long injected;
    long ended;
    switch (fault) {
      case WORKER_PAUSE -> {
        // stop it in the middle of analyzing: heavy reviews, stopped once it announced one
        List<String> heavy = load.heavy(HEAVY_REVIEWS, HEAVY_COPIES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!started.anyStarted(heavy, target) && System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(5);
        }
        injected = System.currentTimeMillis();
        cluster.signal(member, "STOP");
        out.printf(
            "  %s: SIGSTOP %s (pid %d) for %d s%n",
            fault.label, target, member.pid(), options.pause().toSeconds());
        TimeUnit.MILLISECONDS.sleep(options.pause().toMillis());
        cluster.signal(member, "CONT");
        ended = System.currentTimeMillis();
      }
      case COORDINATOR_KILL -> {
        // right after it answered 202
        int before = load.accepted.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (load.accepted.size() == before && System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(1);
        }
        injected = System.currentTimeMillis();
        cluster.killAndRestart(member);
        ended = System.currentTimeMillis();
        out.printf("  %s: kill -9 %s right after a 202, restarted%n", fault.label, target);
      }
      case BROKER_RESTART -> {
        long starts = cluster.brokerStarts();
        injected = System.currentTimeMillis();
        cluster.killAndRestart(member);
        ended = System.currentTimeMillis();
        out.printf("  %s: kill -9 the broker, restarted on its data%n", fault.label);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (cluster.brokerStarts() <= starts
            && member.process.isAlive()
            && System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(100);
        }
      }
      default -> {
        injected = System.currentTimeMillis();
        cluster.killAndRestart(member);
        ended = System.currentTimeMillis();
        out.printf("  %s: kill -9 %s, restarted%n", fault.label, target);
      }
    }
    cluster.awaitReady(member, READY_TIMEOUT);
    long ready = System.currentTimeMillis();
    out.printf("    %s ready again %.1f s after the fault%n", target, (ready - injected) / 1000.0);
    return new FaultRecord(fault, target, injected, ended, ready, 0);
  }

  private static long awaitRecovery(FaultRecord fault, ChaosLoad load, ReportLedger ledger)
      throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      boolean done =
          load.accepted.entrySet().stream()
              .anyMatch(e -> e.getValue() > fault.injectedAt() && ledger.entry(e.getKey()) != null);
      if (done) {
        return System.currentTimeMillis();
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    return System.currentTimeMillis();
  }

  // every accepted review reported, or the grace over
  private void awaitReports(ChaosLoad load, ReportLedger ledger, PrintStream out)
      throws InterruptedException {
    long deadline = System.nanoTime() + options.grace().toNanos();
    while (System.nanoTime() < deadline && !ledger.missing(load.accepted.keySet()).isEmpty()) {
      TimeUnit.MILLISECONDS.sleep(200);
    }
    // duplicates come late if at all: a short look after the last report
    TimeUnit.SECONDS.sleep(3);
    out.printf("Load done: %d accepted, waited for their reports%n", load.accepted.size());
  }

  private Result verdict(
      Cluster cluster, ChaosLoad load, ReportLedger ledger, List<FaultRecord> faults) {
    List<String> lost = ledger.missing(load.accepted.keySet());
    List<String> duplicated = new ArrayList<>();
    Map<ReviewReport.Status, Integer> statuses = new EnumMap<>(ReviewReport.Status.class);
    List<String> partialIds = new ArrayList<>();
    for (String id : load.accepted.keySet()) {
      ReportLedger.Entry entry = ledger.entry(id);
      if (entry == null) {
        continue;
      }
      if (entry.reports > 1) {
        duplicated.add(id);
      }
      if (entry.status != null) {
        statuses.merge(entry.status, 1, Integer::sum);
        if (entry.status != ReviewReport.Status.COMPLETE) {
          partialIds.add(id);
        }
      }
    }
    List<FaultRecord> recovered = new ArrayList<>();
    for (FaultRecord fault : faults) {
      long first =
          load.accepted.entrySet().stream()
              .filter(e -> e.getValue() > fault.injectedAt())
              .map(e -> ledger.entry(e.getKey()))
              .filter(e -> e != null)
              .mapToLong(e -> e.seenMillis)
              .min()
              .orElse(0);
      recovered.add(
          new FaultRecord(
              fault.fault(),
              fault.target(),
              fault.injectedAt(),
              fault.endedAt(),
              fault.readyAt(),
              first));
    }
    long runAgain = 0;
    long notPublished = 0;
    for (String agent : options.agents()) {
      runAgain += cluster.logLines(agent, RUN_AGAIN);
      notPublished += cluster.logLines(agent, NOT_OWNED);
    }
    return new Result(
        load.accepted.size(),
        load.rejected.sum(),
        load.errorCount(),
        lost,
        duplicated,
        statuses,
        partialIds,
        deadLetters(cluster.bootstrapServers()),
        recovered,
        runAgain,
        notPublished);
  }

  /** Every record on every dead-letter topic: its key and why it was rejected. */
  static Map<String, List<String>> deadLetters(String bootstrapServers) {
    Map<String, List<String>> letters = new TreeMap<>();
    Set<String> topics;
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot list topics: " + e, e);
    }
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "chaos-dlt-" + UUID.randomUUID()),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      for (String topic : topics.stream().filter(t -> t.endsWith("-dlt")).sorted().toList()) {
        List<TopicPartition> partitions =
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        List<String> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
            && System.nanoTime() < deadline) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            records.add(record.key() + ": " + reason(record));
          }
        }
        if (!records.isEmpty()) {
          letters.put(topic, records);
        }
      }
    }
    return letters;
  }

  private static String reason(ConsumerRecord<?, ?> record) {
    for (String name : List.of("reviewpanel-rejection-reason", "kafka_dlt-exception-message")) {
      Header header = record.headers().lastHeader(name);
      if (header != null && header.value() != null) {
        String text = new String(header.value(), StandardCharsets.UTF_8);
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
      }
    }
    return "no reason header";
  }

  private void print(Result result, ChaosLoad load, PrintStream out) {
    out.println();
    out.printf(
        "Reviews: %d offered, %d accepted, %d refused (429), %d failed submissions%s%n",
        load.offered.sum(),
        result.accepted(),
        result.rejected(),
        result.errors(),
        load.errors.isEmpty()
            ? ""
            : " "
                + load.errors.entrySet().stream()
                    .map(e -> e.getKey() + " x" + e.getValue().sum())
                    .collect(Collectors.joining(", ", "(", ")")));
    out.printf(
        "Reports: statuses %s%s; lost %d%s; duplicated %d%s%n",
        result.statuses(),
        result.partialIds().isEmpty() ? "" : " (not complete:" + sample(result.partialIds()) + ")",
        result.lost().size(),
        sample(result.lost()),
        result.duplicated().size(),
        sample(result.duplicated()));
    out.printf(
        "Paused worker: %d task(s) cut short by the pause ran again; %d result(s) withheld after the"
            + " partition was given up%n",
        result.tasksRunAgainAfterPause(), result.resultsNotPublished());
    out.printf("Dead letters: %d%n", result.deadLettered());
    result
        .deadLetters()
        .forEach(
            (topic, records) -> {
              out.printf("  %s: %d%n", topic, records.size());
              records.stream().limit(10).forEach(r -> out.println("    " + r));
            });
    out.println();
    out.println("Recovery (seconds after the fault):");
    out.printf(
        "  %-18s %-12s %12s %22s%n", "fault", "target", "ready again", "first new review done");
    for (FaultRecord fault : result.faults()) {
      out.printf(
          "  %-18s %-12s %12.1f %22s%n",
          fault.fault().label,
          fault.target(),
          fault.readySeconds(),
          fault.recoveredAt() == 0 ? "never" : String.format("%.1f", fault.recoverySeconds()));
    }
    out.println();
    out.println(result.passed() ? "PASSED" : "FAILED");
  }

  private static String sample(List<String> ids) {
    return ids.isEmpty()
        ? ""
        : " "
            + ids.stream()
                .limit(5)
                .collect(Collectors.joining(", ", "(", ids.size() > 5 ? ", ...)" : ")"));
  }
}
