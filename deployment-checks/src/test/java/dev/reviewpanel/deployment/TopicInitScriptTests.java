package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs compose's topic init script against a stand-in {@code kafka-topics.sh} that records its
 * arguments, and compares what it would create with the topics the code uses.
 */
class TopicInitScriptTests {

  @TempDir Path dir;

  @Test
  void shouldCreateEveryTopicTheCodeUsesWithComposesSettings() throws IOException {
    Map<String, String> env = ComposeFile.load().environment("kafka-init");
    Map<String, String> created = createdTopics(env);
    int partitions = Integer.parseInt(env.get("REVIEW_PARTITIONS"));
    int attempts = Integer.parseInt(env.get("REVIEW_WORKER_RETRY_ATTEMPTS"));
    int gatewayAttempts = Integer.parseInt(env.get("REVIEW_GATEWAY_RETRY_ATTEMPTS"));

    assertThat(created.keySet()).isEqualTo(CodeTopics.all(attempts, gatewayAttempts));
    assertThat(created.values())
        .allMatch(args -> args.contains("--partitions " + partitions + " "));
    assertThat(created.get("review-reports")).contains("cleanup.policy=compact");
    for (String cache : CodeTopics.caches()) {
      assertThat(created.get(cache))
          .as(cache)
          .contains(
              "cleanup.policy=compact,delete", "retention.ms=" + CodeTopics.cacheRetentionMs());
    }
  }

  @Test
  void shouldFollowThePartitionAndRetrySettings() throws IOException {
    Map<String, String> env = new HashMap<>(ComposeFile.load().environment("kafka-init"));
    env.put("REVIEW_PARTITIONS", "9");
    env.put("REVIEW_WORKER_RETRY_ATTEMPTS", "5");
    env.put("REVIEW_GATEWAY_RETRY_ATTEMPTS", "2");
    Map<String, String> created = createdTopics(env);

    assertThat(created.keySet()).isEqualTo(CodeTopics.all(5, 2));
    assertThat(created.values()).allMatch(args -> args.contains("--partitions 9 "));
  }

  /** Topic name to the arguments the script passed for it. */
  private Map<String, String> createdTopics(Map<String, String> env) throws IOException {
    assumeTrue(Commands.onPath("bash"), "bash is not installed");
    Path log = dir.resolve("calls.log");
    Path fake = dir.resolve("kafka-topics.sh");
    Files.writeString(fake, "#!/bin/bash\necho \"$*\" >> '" + log + "'\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    Map<String, String> run = new HashMap<>(env);
    run.put("KAFKA_TOPICS_CMD", fake.toString());
    Commands.Result result =
        Commands.run(ProjectFiles.root(), run, List.of("bash", "docker/create-topics.sh"));
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    Map<String, String> created = new TreeMap<>();
    for (String call : Files.readAllLines(log)) {
      assertThat(call).contains("--create", "--if-not-exists", "--bootstrap-server kafka:9092");
      String topic = call.replaceFirst(".*--topic (\\S+).*", "$1");
      assertThat(created.put(topic, call + " ")).as("created twice: " + topic).isNull();
    }
    return created;
  }
}
