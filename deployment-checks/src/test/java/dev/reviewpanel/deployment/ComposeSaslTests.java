package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.sasl.yml, the least-privilege override of docker-compose.yml: every service that
 * talks to Kafka connects with SASL/SCRAM as a user of its own, every password comes from the
 * environment, and the files it mounts exist.
 */
class ComposeSaslTests {

  private static final String OVERRIDE = "docker-compose.sasl.yml";
  private static final List<String> USERS =
      List.of(
          "coordinator",
          "synthesis",
          "security-worker",
          "bug-worker",
          "performance-worker",
          "scm-gateway");

  private final Map<String, Object> override = new Yaml().load(ProjectFiles.read(OVERRIDE));

  @Test
  void shouldPassDockerComposeConfigWithTheBaseFile() {
    assumeTrue(
        Commands.onPath("docker-compose"), "docker-compose is not installed: validation skipped");
    Map<String, String> passwords = new LinkedHashMap<>();
    passwords.put("REVIEW_API_KEYS", "key");
    passwords.put("REVIEW_KAFKA_ADMIN_PASSWORD", "admin");
    for (String user : USERS) {
      passwords.put("REVIEW_KAFKA_" + variable(user) + "_PASSWORD", user);
    }
    Commands.Result result =
        Commands.run(
            ProjectFiles.root(),
            passwords,
            List.of("docker-compose", "-f", "docker-compose.yml", "-f", OVERRIDE, "config", "-q"));
    assertThat(result.exitCode()).as(result.stderr()).isZero();
  }

  @Test
  void shouldConnectEveryServiceAsItsOwnUser() {
    ComposeFile base = ComposeFile.load();
    for (String user : USERS) {
      assertThat(base.services())
          .as("a compose service named after user " + user)
          .containsKey(user);
      Map<String, Object> environment = Tree.mapAt(override, "services", user, "environment");
      assertThat(environment.get("SPRING_KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_PLAINTEXT");
      assertThat(environment.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"))
          .isEqualTo("SCRAM-SHA-512");
      assertThat(String.valueOf(environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")))
          .contains("username=\"" + user + "\"")
          .contains("${REVIEW_KAFKA_" + variable(user) + "_PASSWORD:?");
      assertThat(Tree.mapAt(override, "services", "kafka-init", "environment"))
          .containsKey("KAFKA_PASSWORD_" + variable(user));
    }
  }

  @Test
  void shouldMountOnlyFilesThatExist() {
    for (String service : List.of("kafka", "kafka-init")) {
      for (Object volume : Tree.listAt(Tree.mapAt(override, "services", service), "volumes")) {
        String source = String.valueOf(volume).split(":")[0];
        assertThat(Files.isRegularFile(ProjectFiles.resolve(source)))
            .as(service + " mounts " + source)
            .isTrue();
      }
    }
  }

  private static String variable(String user) {
    return user.toUpperCase().replace('-', '_');
  }
}
