package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

class ComposeTests {

  /** Alert rules and Grafana provisioning come from the observability work, merged separately. */
  private static final Set<String> OBSERVABILITY_FILES =
      Set.of("./observability/prometheus/alerts.yml", "./observability/grafana/provisioning");

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void shouldPassDockerComposeConfig() {
    assumeTrue(
        Commands.onPath("docker-compose"), "docker-compose is not installed: validation skipped");
    Commands.Result result =
        Commands.run(
            ProjectFiles.root(),
            Map.of(),
            List.of("docker-compose", "-f", "docker-compose.yml", "config", "-q"));
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(compose.root()).as("compose v1 rejects a top-level name").doesNotContainKey("name");
  }

  @Test
  void shouldRunEveryServiceReplicatedHealthyAndBounded() {
    for (ServiceConfig config : ServiceConfig.all().toList()) {
      String name = config.name();
      Map<String, Object> service = compose.service(name);
      assertThat(replicas(name)).as(name + " replicas").isGreaterThanOrEqualTo(2);
      assertThat(Tree.textAt(service, "deploy", "resources", "limits", "memory"))
          .as(name + " memory limit")
          .isNotBlank();
      assertThat(Tree.listAt(service, "healthcheck", "test"))
          .as(name)
          .contains("/actuator/health/readiness");
      assertThat(Tree.textAt(service, "depends_on", "kafka", "condition"))
          .isEqualTo("service_healthy");
      assertThat(Tree.textAt(service, "depends_on", "kafka-init", "condition"))
          .isEqualTo("service_completed_successfully");
      assertThat(service)
          .as(name + ": replicas cannot share a fixed host port")
          .doesNotContainKey("ports");
      String module = Tree.textAt(service, "build", "args", "MODULE");
      assertThat(ProjectFiles.read(module + "/pom.xml"))
          .as(module + " builds an exec jar")
          .contains("<classifier>exec</classifier>");
      assertThat(ProjectFiles.read(module + "/src/main/resources/" + name + ".yml")).isNotEmpty();
      assertThat(String.valueOf(Tree.at(service, "build", "args", "PORT")))
          .isEqualTo(String.valueOf(config.port()));
      assertThat(compose.environment(name))
          .containsEntry("SERVER_PORT", String.valueOf(config.port()));
    }
    for (Object other : compose.services().keySet()) {
      Map<String, Object> service = compose.service(other.toString());
      assertThat(Tree.textAt(service, "deploy", "resources", "limits", "memory"))
          .as(other + " memory limit")
          .isNotBlank();
      Tree.mapAt(service, "depends_on")
          .forEach(
              (dependency, condition) -> {
                if ("service_healthy".equals(Tree.textAt(condition, "condition"))) {
                  assertThat(compose.service(dependency).get("healthcheck"))
                      .as(other + " waits for " + dependency)
                      .isNotNull();
                }
              });
    }
  }

  @Test
  void shouldRunKafkaInKraftModeAndPointEveryServiceAtIt() {
    Map<String, String> kafka = compose.environment("kafka");
    assertThat(Tree.textAt(compose.service("kafka"), "image")).isEqualTo("apache/kafka:4.2.1");
    assertThat(kafka.get("KAFKA_PROCESS_ROLES")).contains("broker", "controller");
    assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://kafka:9092");
    assertThat(kafka).containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");
    // the image formats its storage with this id: it must be a Kafka Uuid
    assertThat(Uuid.fromString(kafka.get("CLUSTER_ID")).toString())
        .isEqualTo(kafka.get("CLUSTER_ID"));
    assertThat(compose.service("kafka")).containsKey("healthcheck");
    String partitions = compose.environment("kafka-init").get("REVIEW_PARTITIONS");
    String attempts = compose.environment("kafka-init").get("REVIEW_WORKER_RETRY_ATTEMPTS");
    for (String name : ServiceConfig.SERVICES) {
      Map<String, String> env = compose.environment(name);
      assertThat(env).as(name).containsEntry("SPRING_KAFKA_BOOTSTRAPSERVERS", "kafka:9092");
      assertThat(env)
          .as(name + ": topics are created with the partitions the service expects")
          .containsEntry("REVIEW_TOPICS_PARTITIONS", partitions);
      if (ServiceConfig.of(name).isWorker()) {
        assertThat(env).containsEntry("REVIEW_WORKER_RETRY_ATTEMPTS", attempts);
        assertThat(replicas(name))
            .as(name + " replicas <= partitions")
            .isLessThanOrEqualTo(Integer.parseInt(partitions));
      }
    }
  }

  @Test
  void shouldBindEveryEnvironmentVariableToARealProperty() {
    for (ServiceConfig service : ServiceConfig.all().toList()) {
      PropertyCatalog catalog = PropertyCatalog.forService(service);
      assertThat(compose.environment(service.name()).keySet())
          .as("variables of %s that no property of the service binds", service.name())
          .allMatch(catalog::binds);
    }
  }

  @Test
  void shouldTakeApiKeysFromTheEnvironmentOnly() {
    assertThat(compose.rawEnvironment("coordinator", "REVIEW_SECURITY_APIKEYS"))
        .matches("\\$\\{[A-Z_]+(:-)?}");
    assertThat(compose.environment("coordinator").get("REVIEW_SECURITY_APIKEYS")).isEmpty();
    for (String secret :
        List.of(
            "REVIEW_GATEWAY_GITHUB_WEBHOOKSECRET",
            "REVIEW_GATEWAY_GITHUB_TOKEN",
            "REVIEW_GATEWAY_GITLAB_WEBHOOKTOKEN",
            "REVIEW_GATEWAY_GITLAB_TOKEN")) {
      assertThat(compose.rawEnvironment("scm-gateway", secret))
          .as(secret)
          .matches("\\$\\{[A-Z_]+:-}");
      assertThat(compose.environment("scm-gateway").get(secret)).as(secret).isEmpty();
    }
  }

  @Test
  void shouldRouteWebhooksToTheScmGatewayAndRetryItsJobsOnTheTopicsKafkaInitCreates() {
    assertThat(ProjectFiles.read("docker/nginx.conf"))
        .contains("location /webhooks/", "http://scm-gateway:8085");
    assertThat(Tree.textAt(compose.service("gateway"), "depends_on", "scm-gateway", "condition"))
        .isEqualTo("service_healthy");
    assertThat(compose.environment("scm-gateway").get("REVIEW_GATEWAY_RETRY_ATTEMPTS"))
        .isEqualTo(compose.environment("kafka-init").get("REVIEW_GATEWAY_RETRY_ATTEMPTS"));
  }

  @Test
  void shouldMountOnlyFilesThatExist() {
    List<String> missing = new ArrayList<>();
    for (Object name : compose.services().keySet()) {
      for (Object volume : Tree.listAt(compose.service(name.toString()), "volumes")) {
        String source = volume.toString().split(":")[0];
        if (source.startsWith("./") && !Files.exists(ProjectFiles.resolve(source))) {
          missing.add(source);
        }
      }
    }
    assertThat(missing).as("mounted but missing").isSubsetOf(OBSERVABILITY_FILES);
    assumeTrue(missing.isEmpty(), "not yet in this checkout (the observability work): " + missing);
  }

  private int replicas(String service) {
    return Integer.parseInt(
        ComposeFile.interpolate(Tree.textAt(compose.service(service), "deploy", "replicas")));
  }
}
