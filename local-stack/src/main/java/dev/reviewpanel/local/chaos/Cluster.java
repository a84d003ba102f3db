package dev.reviewpanel.local.chaos;

import dev.reviewpanel.local.LocalKafkaBroker;
import dev.reviewpanel.local.ReviewPanelCommand;
import dev.reviewpanel.local.ServiceSpec;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * A standalone KRaft broker and the services, each a JVM process of its own started from this
 * program's classpath, on free ports; with the faults {@code review-panel chaos} injects: kill -9,
 * SIGSTOP and SIGCONT, and a restart on the same data. Logs go to the work directory, one file per
 * process, appended to across restarts.
 */
final class Cluster implements AutoCloseable {

  private static final String BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.PropertiesLauncher";

  private final ChaosOptions options;
  private final Path workDir;
  private final int kafkaPort = LocalKafkaBroker.freePort();
  private final int controllerPort = LocalKafkaBroker.freePort();
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One process of the cluster and how to start it again. */
  final class Member {
    final String name;
    final List<String> command;
    final int port;
    Process process;

    Member(String name, List<String> command, int port) {
      this.name = name;
      this.command = command;
      this.port = port;
    }

    long pid() {
      return process.pid();
    }
  }

  private final Thread shutdownHook = new Thread(this::stopAll, "chaos-cluster-stop");

  Cluster(ChaosOptions options) throws IOException {
    this.options = options;
    this.workDir = options.workDir().toAbsolutePath();
    Files.createDirectories(workDir);
    // Ctrl-C or a kill of this program stops the processes it started too
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  String bootstrapServers() {
    return "localhost:" + kafkaPort;
  }

  String url(String service) {
    return "http://127.0.0.1:" + members.get(service).port;
  }

  Member member(String name) {
    Member member = members.get(name);
    if (member == null) {
      throw new IllegalArgumentException("no process named " + name);
    }
    return member;
  }

  /** Starts the broker, then synthesis, the workers and the coordinator, each once ready. */
  void start(Duration readyTimeout) throws IOException, InterruptedException {
    Member broker =
        new Member(
            "broker",
            java(
                "-Xmx512m",
                false,
                ReviewPanelCommand.class.getName(),
                List.of(
                    "broker",
                    "--port=" + kafkaPort,
                    "--controller-port=" + controllerPort,
                    "--data-dir=" + workDir.resolve("kafka-data"))),
            0);
    members.put("broker", broker);
    launch(broker);
    awaitBroker(readyTimeout);
    List<String> names = new ArrayList<>();
    names.add("synthesis");
    names.addAll(options.agents());
    names.add("coordinator");
    for (String name : names) {
      ServiceSpec spec =
          ServiceSpec.standard().stream()
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
      int port = LocalKafkaBroker.freePort();
      Member member =
          new Member(
              name,
              java(options.heap(), true, spec.application().getName(), args(spec, port)),
              port);
      members.put(name, member);
      launch(member);
    }
    for (String name : names) {
      awaitReady(members.get(name), readyTimeout);
    }
  }

  private List<String> args(ServiceSpec spec, int port) {
    List<String> args = new ArrayList<>();
    args.add("--spring.kafka.bootstrap-servers=" + bootstrapServers());
    args.add("--server.port=" + port);
    args.add("--server.address=127.0.0.1");
    args.add("--review.topics.partitions=3");
    args.add("--spring.main.banner-mode=off");
    if (options.staticMembership()) {
      // as the pod name would be on Kubernetes: stable across restarts of this process
      args.add("--review.instance.id=chaos-" + spec.name());
      args.add("--review.synthesis.state-dir=" + workDir.resolve("synthesis-state"));
    } else {
      // as before static membership: Kafka's default session timeout
      args.add("--review.kafka.session-timeout=45s");
    }
    if (options.agents().contains(spec.name())) {
      // a pause of 25-40 s outlasts the task budget and max.poll.interval.ms; the budget still
      // leaves a heavy task three times what it takes on a busy two-core machine
      args.add("--review.worker.task-budget=15s");
      args.add("--spring.kafka.consumer.properties.max.poll.interval.ms=20000");
    }
    options.serviceProperties().forEach(property -> args.add("--" + property));
    return args;
  }

  // this program's own classpath (the exec jar through Boot's launcher, or a test classpath), or
  // for a service the exec jar of another build; the broker always from this one
  private List<String> java(String heap, boolean service, String mainClass, List<String> args) {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        service && options.servicesJar() != null
            ? options.servicesJar().toString()
            : System.getProperty("java.class.path");
    List<String> command =
        new ArrayList<>(List.of(javaBin, heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    if (isBootJar(classpath)) {
      command.addAll(List.of("-Dloader.main=" + mainClass, "-cp", classpath, BOOT_LAUNCHER));
    } else {
      command.addAll(List.of("-cp", classpath, mainClass));
    }
    command.addAll(args);
    return command;
  }

  // an executable Spring Boot jar: its classes and libraries nested under BOOT-INF/
  private static boolean isBootJar(String classpath) {
    if (classpath.contains(File.pathSeparator) || !classpath.endsWith(".jar")) {
      return false;
    }
    try (JarFile jar = new JarFile(classpath)) {
      return jar.getEntry("BOOT-INF/classes/") != null;
    } catch (IOException e) {
      return false;
    }
  }

  private void launch(Member member) throws IOException {
    File log = workDir.resolve(member.name + ".log").toFile();
    member.process =
        new ProcessBuilder(member.command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
            .start();
  }

  private void awaitBroker(Duration timeout) throws InterruptedException {
    Path log = workDir.resolve("broker.log");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!members.get("broker").process.isAlive()) {
        throw new IllegalStateException("the broker exited at start; see " + log);
      }
      try {
        if (Files.exists(log) && Files.readString(log).contains("Kafka is up")) {
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    throw new IllegalStateException("the broker did not start within " + timeout + "; see " + log);
  }

  /** Waits until the member's readiness probe answers UP. */
  void awaitReady(Member member, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!member.process.isAlive()) {
        throw new IllegalStateException(
            member.name + " exited; see " + workDir.resolve(member.name + ".log"));
      }
      if (ready(member)) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    throw new IllegalStateException(
        member.name
            + " was not ready within "
            + timeout
            + "; see "
            + workDir.resolve(member.name + ".log"));
  }

  boolean ready(Member member) {
    if (member.port == 0) {
      return member.process.isAlive();
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(member.name) + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** kill -9, then starts the process again at once (as a supervisor would); not waiting. */
  void killAndRestart(Member member) throws IOException, InterruptedException {
    member.process.destroyForcibly();
    member.process.waitFor(30, TimeUnit.SECONDS);
    launch(member);
  }

  long brokerStarts() {
    return countUp(workDir.resolve("broker.log"));
  }

  private static long countUp(Path log) {
    try {
      return Files.exists(log)
          ? Files.readAllLines(log).stream().filter(l -> l.contains("Kafka is up")).count()
          : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** SIGSTOP or SIGCONT to the member's process. */
  void signal(Member member, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(member.pid())).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + member.pid() + " failed");
    }
  }

  /** Lines of a member's log that contain {@code text}. */
  long logLines(String member, String text) {
    try {
      Path log = workDir.resolve(member + ".log");
      return Files.exists(log)
          ? Files.readAllLines(log).stream().filter(l -> l.contains(text)).count()
          : 0;
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  Path workDir() {
    return workDir;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // shutting down already: the hook stops them
      return;
    }
    stopAll();
  }

  /** Stops every process it started, services before the broker; SIGCONT first if stopped. */
  private synchronized void stopAll() {
    List<Member> all = new ArrayList<>(members.values());
    for (int i = all.size() - 1; i >= 0; i--) {
      Member member = all.get(i);
      if (member.process == null || !member.process.isAlive()) {
        continue;
      }
      try {
        signal(member, "CONT");
      } catch (IOException | RuntimeException e) {
        // not stopped, or already gone
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      member.process.destroy();
      try {
        if (!member.process.waitFor(40, TimeUnit.SECONDS)) {
          member.process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        member.process.destroyForcibly();
      }
    }
  }
}
