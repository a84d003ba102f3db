package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Topics;
import dev.reviewpanel.worker.task.RetryTopicNames;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Topics, consumer groups, autoscalers and Kafka network access agree with the code. */
class KafkaScalingTests {

  static final List<String> OVERLAYS = Manifests.RENDERED;

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldDeclareExactlyTheTopicsTheCodeUses(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    int attempts = Integer.parseInt(String.valueOf(k8s.settings().get("worker.retry-attempts")));
    int gatewayAttempts =
        Integer.parseInt(String.valueOf(k8s.settings().get("gateway.retry-attempts")));
    Set<String> declared = new TreeSet<>();
    k8s.ofKind("KafkaTopic").forEach(t -> declared.add(Tree.textAt(t, "spec", "topicName")));

    assertThat(declared).isEqualTo(CodeTopics.all(attempts, gatewayAttempts));
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldGiveEveryTopicTheServicesPartitionsAndSafeReplication(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    String cluster = bootstrapHost(k8s).replaceFirst("-kafka-bootstrap$", "");
    for (Map<String, Object> topic : k8s.ofKind("KafkaTopic")) {
      String name = Tree.textAt(topic, "spec", "topicName");
      assertThat(Tree.mapAt(topic, "metadata", "labels"))
          .containsEntry("strimzi.io/cluster", cluster);
      // review.topics.partitions of the services; dead letters keep their source's partition
      assertThat(Tree.at(topic, "spec", "partitions")).as(name).isEqualTo(k8s.partitions());
      int replicas = (Integer) Tree.at(topic, "spec", "replicas");
      int minInSync = Integer.parseInt(Tree.textAt(topic, "spec", "config", "min.insync.replicas"));
      assertThat(minInSync)
          .as("%s min.insync.replicas", name)
          .isBetween(1, Math.max(1, replicas - 1));
      assertThat(replicas)
          .as("%s replicas = topics.replication-factor", name)
          .isEqualTo(
              Integer.parseInt(String.valueOf(k8s.settings().get("topics.replication-factor"))));
    }
    assertThat(
            Tree.textAt(
                k8s.get("KafkaTopic", Topics.REVIEW_REPORTS), "spec", "config", "cleanup.policy"))
        .isEqualTo("compact");
    for (String cache : CodeTopics.caches()) {
      Map<String, Object> config = Tree.mapAt(k8s.get("KafkaTopic", cache), "spec", "config");
      assertThat(config.get("cleanup.policy")).as(cache).isEqualTo("compact,delete");
      assertThat(config.get("retention.ms"))
          .as("%s retention = review.cache.retention", cache)
          .isEqualTo(String.valueOf(CodeTopics.cacheRetentionMs()));
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldScaleEachWorkerOnItsOwnGroupsLagUpToItsPartitions(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> scaled : k8s.ofKind("ScaledObject")) {
      String target = Tree.textAt(scaled, "spec", "scaleTargetRef", "name");
      assertThat(k8s.find("Deployment", target)).as("ScaledObject target %s", target).isPresent();
      String agent = ServiceConfig.of(target).agent();
      Map<String, Object> trigger = Tree.mapAt(scaled, "spec", "triggers", 0);
      Map<String, Object> metadata = Tree.mapAt(trigger, "metadata");
      assertThat(trigger.get("type")).isEqualTo("kafka");
      assertThat(metadata.get("topic")).isEqualTo(Topics.tasks(agent));
      assertThat(metadata.get("consumerGroup")).isEqualTo(RetryTopicNames.group(agent));
      assertThat(metadata.get("bootstrapServers"))
          .as("KEDA runs in its own namespace: the broker's full service name")
          .isEqualTo(bootstrapHost(k8s) + "." + k8s.namespace() + ".svc:" + bootstrapPort(k8s));
      assertThat(Integer.parseInt(String.valueOf(metadata.get("lagThreshold")))).isPositive();
      assertThat(Integer.parseInt(String.valueOf(metadata.get("activationLagThreshold"))))
          .isPositive();
      assertThat(Tree.at(scaled, "spec", "cooldownPeriod")).isNotNull();
      int max = (Integer) Tree.at(scaled, "spec", "maxReplicaCount");
      assertThat(max)
          .as("%s maxReplicaCount <= partitions", target)
          .isLessThanOrEqualTo(taskPartitions(k8s, agent));
      assertThat((Integer) Tree.at(scaled, "spec", "minReplicaCount")).isBetween(1, max);
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldGiveEveryWorkerExactlyOneAutoscalerWithinItsPartitions(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> hpa : k8s.ofKind("HorizontalPodAutoscaler")) {
      String target = Tree.textAt(hpa, "spec", "scaleTargetRef", "name");
      assertThat(k8s.find("Deployment", target)).as("HPA target %s", target).isPresent();
      int max = (Integer) Tree.at(hpa, "spec", "maxReplicas");
      assertThat(max)
          .as("%s maxReplicas <= partitions", target)
          .isLessThanOrEqualTo(taskPartitions(k8s, ServiceConfig.of(target).agent()));
    }
    for (String worker : List.of("security-worker", "bug-worker", "performance-worker")) {
      long autoscalers =
          k8s.objects().stream()
              .filter(
                  o -> List.of("ScaledObject", "HorizontalPodAutoscaler").contains(o.get("kind")))
              .filter(o -> worker.equals(Tree.textAt(o, "spec", "scaleTargetRef", "name")))
              .count();
      assertThat(autoscalers).as("autoscalers of %s", worker).isEqualTo(1);
      assertThat(Tree.at(k8s.get("Deployment", worker), "spec", "replicas"))
          .as("%s: replicas belong to its autoscaler", worker)
          .isNull();
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldLetEveryPodReachTheBrokersAndNothingElse(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    String cluster = bootstrapHost(k8s).replaceFirst("-kafka-bootstrap$", "");
    Map<String, Object> kafka = k8s.get("NetworkPolicy", "review-panel-kafka");
    assertThat(Tree.mapAt(kafka, "spec", "egress", 0, "to", 0, "podSelector", "matchLabels"))
        .containsEntry("strimzi.io/cluster", cluster);
    assertThat(Tree.at(kafka, "spec", "egress", 0, "ports", 0, "port"))
        .isEqualTo(bootstrapPort(k8s));
    Map<String, Object> deny = k8s.get("NetworkPolicy", "review-panel-default-deny");
    assertThat(Tree.listAt(deny, "spec", "policyTypes"))
        .containsExactlyInAnyOrder("Ingress", "Egress");
    for (Map<String, Object> policy : k8s.ofKind("NetworkPolicy")) {
      Map<String, Object> selector = Tree.mapAt(policy, "spec", "podSelector", "matchLabels");
      for (Object rule : Tree.listAt(policy, "spec", "ingress")) {
        for (Object port : Tree.listAt(rule, "ports")) {
          k8s.ofKind("Deployment").stream()
              .filter(d -> Tree.selects(selector, Manifests.podLabels(d)))
              .forEach(
                  d ->
                      assertThat(Tree.listAt(Manifests.container(d), "ports"))
                          .as(
                              "%s: port %s on %s",
                              Manifests.name(policy), Tree.at(port, "port"), Manifests.name(d))
                          .anyMatch(
                              p ->
                                  Tree.at(p, "name").equals(Tree.at(port, "port"))
                                      || Tree.at(p, "containerPort")
                                          .equals(Tree.at(port, "port"))));
        }
      }
    }
  }

  private static int taskPartitions(Manifests k8s, String agent) {
    return (Integer) Tree.at(k8s.get("KafkaTopic", Topics.tasks(agent)), "spec", "partitions");
  }

  private static String bootstrapHost(Manifests k8s) {
    return String.valueOf(k8s.settings().get("kafka.bootstrap-servers")).split(":")[0];
  }

  private static int bootstrapPort(Manifests k8s) {
    return Integer.parseInt(
        String.valueOf(k8s.settings().get("kafka.bootstrap-servers")).split(":")[1]);
  }
}
