package dev.reviewpanel.local.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.local.LocalKafkaBroker;
import dev.reviewpanel.security.SecurityWorkerApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Least privilege on Kafka, on a real broker with SASL/SCRAM and an ACL authorizer: the ACLs of the
 * Strimzi {@code KafkaUser}s in k8s/ are granted exactly as written, each service connects as its
 * own user, and what a service may not do is denied by the broker (a worker writing another agent's
 * tasks or the reports, the scm-gateway reading tasks), while its own work goes through.
 */
class KafkaAclTests {

  private static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();
  private static final List<String> TOPICS =
      List.of(
          Topics.REVIEW_REQUESTS,
          Topics.REVIEW_PLANS,
          Topics.REVIEW_RESULTS,
          Topics.REVIEW_EVENTS,
          Topics.REVIEW_REPORTS,
          Topics.tasks("security"),
          Topics.tasks("security") + "-retry-0",
          Topics.tasks("security") + "-retry-1",
          Topics.deadLetter(Topics.tasks("security")),
          Topics.tasks("bug"),
          Topics.RULES_CACHE,
          Topics.LLM_CACHE);

  @TempDir static Path data;
  private static LocalKafkaBroker broker;
  private static Admin admin;

  @BeforeAll
  static void grantTheKafkaUsersAcls() throws Exception {
    broker =
        new LocalKafkaBroker(LocalKafkaBroker.freePort(), LocalKafkaBroker.freePort(), data, 1)
            .withScram(ADMIN_PASSWORD)
            .start();
    admin = Admin.create(client(LocalKafkaBroker.SCRAM_ADMIN, ADMIN_PASSWORD));
    admin
        .createTopics(TOPICS.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList())
        .all()
        .get(60, TimeUnit.SECONDS);
    List<UserScramCredentialAlteration> users = new ArrayList<>();
    for (String user : KafkaUsers.names()) {
      users.add(
          new UserScramCredentialUpsertion(
              user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password(user)));
    }
    admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
    Set<AclBinding> acls = KafkaUsers.strimzi();
    admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> admin.describeAcls(AclBindingFilter.ANY).values().get().size() == acls.size());
  }

  @AfterAll
  static void stop() {
    if (admin != null) {
      admin.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldGiveEveryServiceItsOwnUser() throws Exception {
    assertThat(KafkaUsers.names())
        .containsExactlyInAnyOrder(
            "coordinator",
            "synthesis",
            "security-worker",
            "bug-worker",
            "performance-worker",
            "scm-gateway");
  }

  @Test
  void shouldGrantTheComposeBrokerExactlyTheAclsOfTheKafkaUsers() throws Exception {
    assertThat(KafkaUsers.compose()).containsExactlyInAnyOrderElementsOf(KafkaUsers.strimzi());
  }

  @Test
  void shouldLetAWorkerReadItsOwnTasksInItsGroupAndPublishResults() throws Exception {
    String task = "task-" + UUID.randomUUID();
    send(LocalKafkaBroker.SCRAM_ADMIN, ADMIN_PASSWORD, Topics.tasks("security"), task);

    try (KafkaConsumer<String, String> worker = consumer("security-worker", "security-worker")) {
      worker.subscribe(List.of(Topics.tasks("security")));
      List<String> read = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                worker.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                return read.contains(task);
              });
      worker.commitSync();
    }
    send("security-worker", password("security-worker"), Topics.REVIEW_RESULTS, "result");
    send("security-worker", password("security-worker"), Topics.REVIEW_EVENTS, "event");
  }

  @Test
  void shouldDenyAWorkerWritingAnotherAgentsTasksOrTheReports() {
    String password = password("security-worker");

    assertThatThrownBy(() -> send("security-worker", password, Topics.tasks("bug"), "x"))
        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    assertThatThrownBy(() -> send("security-worker", password, Topics.REVIEW_REPORTS, "x"))
        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void shouldDenyAWorkerJoiningAnotherAgentsGroup() {
    try (KafkaConsumer<String, String> worker = consumer("security-worker", "bug-worker")) {
      worker.subscribe(List.of(Topics.tasks("security")));
      assertThatThrownBy(() -> pollFor(worker, Duration.ofSeconds(30)))
          .isInstanceOf(GroupAuthorizationException.class);
    }
  }

  @Test
  void shouldDenyTheGatewayReadingTasksButLetItEnqueueReviews() throws Exception {
    try (KafkaConsumer<String, String> gateway = consumer("scm-gateway", null)) {
      gateway.assign(List.of(new TopicPartition(Topics.tasks("security"), 0)));
      gateway.seekToBeginning(gateway.assignment());
      assertThatThrownBy(() -> pollFor(gateway, Duration.ofSeconds(30)))
          .isInstanceOf(TopicAuthorizationException.class);
    }
    send("scm-gateway", password("scm-gateway"), Topics.REVIEW_REQUESTS, "request");
  }

  @Test
  void shouldLetOnlyTheCoordinatorPlanInTransactions() throws Exception {
    try (KafkaProducer<String, String> coordinator =
        transactional("coordinator", "coordinator-" + UUID.randomUUID() + "-0")) {
      coordinator.initTransactions();
      coordinator.beginTransaction();
      coordinator.send(new ProducerRecord<>(Topics.REVIEW_PLANS, "r1", "plan"));
      coordinator.send(new ProducerRecord<>(Topics.tasks("security"), "r1", "task"));
      coordinator.commitTransaction();
    }
    try (KafkaProducer<String, String> worker =
        transactional("security-worker", "coordinator-" + UUID.randomUUID() + "-0")) {
      assertThatThrownBy(worker::initTransactions)
          .isInstanceOf(TransactionalIdAuthorizationException.class);
    }
  }

  @Test
  void shouldLetOnlySynthesisWriteReports() throws Exception {
    send("synthesis", password("synthesis"), Topics.REVIEW_REPORTS, "report");
    assertThatThrownBy(
            () -> send("coordinator", password("coordinator"), Topics.REVIEW_REPORTS, "report"))
        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void shouldRunTheSecurityWorkerAsItsOwnUser() throws Exception {
    String password = password("security-worker");
    String reviewId = UUID.randomUUID().toString();
    String taskId = reviewId + ":security:0";
    ReviewTask task =
        new ReviewTask(
            1,
            Instant.now(),
            reviewId,
            taskId,
            "security",
            null,
            List.of(
                new ReviewTask.File("A.java", "java", "class A {\n  String p = \"x\";\n}\n", null)),
            Instant.now().plus(Duration.ofMinutes(2)));
    try (ConfigurableApplicationContext worker =
        new SpringApplicationBuilder(SecurityWorkerApplication.class)
            .properties("spring.config.name=" + SecurityWorkerApplication.CONFIG_NAME)
            .run(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.kafka.security.protocol=SASL_PLAINTEXT",
                "--spring.kafka.properties.sasl.mechanism=" + LocalKafkaBroker.SCRAM_MECHANISM,
                "--spring.kafka.properties.sasl.jaas.config="
                    + LocalKafkaBroker.scramClient("security-worker", password)
                        .get("sasl.jaas.config"),
                "--review.topics.partitions=1",
                "--server.port=0",
                "--spring.main.banner-mode=off")) {
      send(
          "coordinator",
          password("coordinator"),
          Topics.tasks("security"),
          EventJson.mapper().writeValueAsString(task));

      try (KafkaConsumer<String, String> results =
          consumer(LocalKafkaBroker.SCRAM_ADMIN, ADMIN_PASSWORD, null)) {
        results.assign(List.of(new TopicPartition(Topics.REVIEW_RESULTS, 0)));
        results.seekToBeginning(results.assignment());
        List<String> read = new ArrayList<>();
        await()
            .atMost(Duration.ofSeconds(90))
            .until(
                () -> {
                  results.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                  return read.stream().anyMatch(v -> v.contains(taskId));
                });
        assertThat(read.stream().filter(v -> v.contains(taskId)).findFirst().orElseThrow())
            .contains("\"COMPLETED\"");
      }
      assertThat(worker.isRunning()).isTrue();
    }
  }

  @Test
  void shouldRefuseAClientWithoutTheRightPassword() {
    assertThatThrownBy(
            () -> send("security-worker", "not-the-password", Topics.REVIEW_RESULTS, "x"))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
  }

  private static void pollFor(KafkaConsumer<String, String> consumer, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> ignored : consumer.poll(Duration.ofMillis(200))) {
        // records are not the point: the broker's refusal is
      }
    }
  }

  private static void send(String user, String password, String topic, String value)
      throws ExecutionException, InterruptedException {
    Map<String, Object> config = client(user, password);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "key", value)).get();
    } catch (KafkaException e) {
      // refused before the send (metadata, authentication): as the future would have failed
      throw new ExecutionException(e);
    }
  }

  private static KafkaProducer<String, String> transactional(String user, String id) {
    Map<String, Object> config = client(user, password(user));
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(String user, String group) {
    return consumer(user, password(user), group);
  }

  private static KafkaConsumer<String, String> consumer(
      String user, String password, String group) {
    Map<String, Object> config = client(user, password);
    if (group != null) {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    }
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }

  private static Map<String, Object> client(String user, String password) {
    Map<String, Object> config = new HashMap<>(LocalKafkaBroker.scramClient(user, password));
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return config;
  }

  private static String password(String user) {
    return user + "-" + ADMIN_PASSWORD;
  }
}
