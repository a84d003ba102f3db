package dev.reviewpanel.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft Kafka broker inside this JVM, on fixed ports so that other processes
 * (kcat, another service) can reach it at a well-known address.
 */
public final class LocalKafkaBroker implements AutoCloseable {

  /** The SASL mechanism of {@link #withScram}: the one Strimzi's {@code KafkaUser}s use. */
  public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

  /** The broker's own super user with {@link #withScram}. */
  public static final String SCRAM_ADMIN = "admin";

  private final int port;
  private final int controllerPort;
  private final Path dataDir;
  private final int partitions;
  private String adminPassword;
  private KafkaRaftServer server;

  public LocalKafkaBroker(int port, int controllerPort, Path dataDir, int partitions) {
    this.port = port;
    this.controllerPort = controllerPort;
    this.dataDir = dataDir;
    this.partitions = partitions;
  }

  /**
   * Clients must authenticate with SASL/SCRAM-SHA-512 and are authorized by ACLs (nothing is
   * allowed without one); {@link #SCRAM_ADMIN} with {@code adminPassword} is the super user that
   * creates the other users and their ACLs. The controller listener stays plaintext on loopback.
   */
  public LocalKafkaBroker withScram(String adminPassword) {
    this.adminPassword = adminPassword;
    return this;
  }

  /** Client properties to connect as {@code user} to a broker {@link #withScram}. */
  public static Map<String, Object> scramClient(String user, String password) {
    return Map.of(
        "security.protocol",
        "SASL_PLAINTEXT",
        "sasl.mechanism",
        SCRAM_MECHANISM,
        "sasl.jaas.config",
        jaas(user, password));
  }

  private static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + user
        + "\" password=\""
        + password
        + "\";";
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public LocalKafkaBroker start() {
    requireFree(port, "Kafka");
    requireFree(controllerPort, "the Kafka controller");
    Properties config = config();
    Path configFile = dataDir.resolve("server.properties");
    try {
      Files.createDirectories(dataDir);
      try (OutputStream out = Files.newOutputStream(configFile)) {
        config.store(out, "written by review-panel up");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDir, e);
    }
    format(configFile);
    server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    server.startup();
    return this;
  }

  private Properties config() {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    String listener = adminPassword == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
    p.put(
        "listeners",
        listener + "://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.put("advertised.listeners", listener + "://localhost:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", listener);
    p.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
    if (adminPassword != null) {
      p.put("sasl.enabled.mechanisms", SCRAM_MECHANISM);
      p.put("sasl.mechanism.inter.broker.protocol", SCRAM_MECHANISM);
      p.put(
          "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
          jaas(SCRAM_ADMIN, adminPassword));
      p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
      // ANONYMOUS: the broker talking to its own controller over the loopback plaintext listener
      p.put("super.users", "User:" + SCRAM_ADMIN + ";User:ANONYMOUS");
      p.put("allow.everyone.if.no.acl.found", "false");
    }
    p.put("log.dirs", dataDir.resolve("logs").toString());
    p.put("num.partitions", Integer.toString(partitions));
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    // One broker: transactional producers and exactly-once Streams hang without these.
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    // Above the services' 4 MiB topic limit, so dead letters with exception headers still fit.
    p.put("message.max.bytes", Integer.toString(8 * 1024 * 1024));
    return p;
  }

  private void format(Path configFile) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    List<String> args =
        new ArrayList<>(
            List.of(
                "format",
                "--cluster-id",
                clusterId(),
                "--config",
                configFile.toString(),
                "--ignore-formatted"));
    if (adminPassword != null) {
      // the super user exists before the broker starts: it creates every other user
      args.add("--add-scram");
      args.add(SCRAM_MECHANISM + "=[name=" + SCRAM_ADMIN + ",password=" + adminPassword + "]");
    }
    int exit =
        StorageTool.execute(
            args.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
    if (exit != 0) {
      throw new IllegalStateException(
          "formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
    }
  }

  // a data directory formatted before keeps its cluster id: the broker restarts on its data
  private String clusterId() {
    Path meta = dataDir.resolve("logs").resolve("meta.properties");
    if (Files.isRegularFile(meta)) {
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(meta)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + meta, e);
      }
      String id = properties.getProperty("cluster.id");
      if (id != null && !id.isBlank()) {
        return id;
      }
    }
    return Uuid.randomUuid().toString();
  }

  private static void requireFree(int port, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("localhost", port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "port "
              + port
              + " for "
              + what
              + " is in use: stop whatever holds it or choose another with"
              + " --review.local.kafka-port / --review.local.controller-port",
          e);
    }
  }

  /** A port that is free right now, for tests and side-by-side stacks. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }
}
