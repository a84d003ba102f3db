package dev.reviewpanel.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code review-panel broker}: only the KRaft broker, in a process of its own, for running the
 * services as separate processes (the deployed shape) on one machine without Docker.
 */
final class BrokerCommand {

  private final int port;
  private final int controllerPort;
  private final Path dataDir;
  private final int partitions;

  private BrokerCommand(int port, int controllerPort, Path dataDir, int partitions) {
    this.port = port;
    this.controllerPort = controllerPort;
    this.dataDir = dataDir;
    this.partitions = partitions;
  }

  static BrokerCommand parse(String[] args) {
    int port = 9092;
    int controllerPort = 9093;
    Path dataDir = null;
    int partitions = 3;
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      if (pair.length != 2) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "': use --name=value");
      }
      switch (pair[0]) {
        case "--port" -> port = Integer.parseInt(pair[1]);
        case "--controller-port" -> controllerPort = Integer.parseInt(pair[1]);
        case "--data-dir" -> dataDir = Path.of(pair[1]).toAbsolutePath();
        case "--partitions" -> partitions = Integer.parseInt(pair[1]);
        default -> throw new IllegalArgumentException("unknown option " + pair[0]);
      }
    }
    return new BrokerCommand(port, controllerPort, dataDir, partitions);
  }

  int run(PrintStream out) {
    Path dir;
    try {
      dir = dataDir != null ? dataDir : Files.createTempDirectory("review-panel-broker-");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a Kafka data directory", e);
    }
    LocalKafkaBroker broker = new LocalKafkaBroker(port, controllerPort, dir, partitions).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.close();
                  stopped.countDown();
                },
                "broker-shutdown"));
    out.println("Kafka is up on " + broker.bootstrapServers() + " (data in " + dir + ")");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
