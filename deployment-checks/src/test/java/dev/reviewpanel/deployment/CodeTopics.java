package dev.reviewpanel.deployment;

import dev.reviewpanel.events.Topics;
import dev.reviewpanel.worker.cache.CacheProperties;
import dev.reviewpanel.worker.task.RetryTopicNames;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The topic names the services' code uses, for a given set of agents and retry attempts. */
final class CodeTopics {

  private CodeTopics() {}

  /** The agents the coordinator plans for, from its own configuration file. */
  static Set<String> agents() {
    ServiceConfig coordinator = ServiceConfig.of("coordinator");
    Set<String> agents = new TreeSet<>();
    IntStream.range(0, 100)
        .mapToObj(i -> coordinator.properties().get("review.agents.registry[" + i + "].id"))
        .takeWhile(id -> id != null)
        .forEach(id -> agents.add(id.toString()));
    return agents;
  }

  /** The topics with the workers' retry attempts and the gateway's configured ones. */
  /** The cache topics, a pair per agent. */
  static List<String> caches() {
    List<String> caches = new java.util.ArrayList<>();
    for (String agent : agents()) {
      caches.add(Topics.llmCache(agent));
      caches.add(Topics.rulesCache(agent));
    }
    return caches;
  }

  static Set<String> all(int retryAttempts) {
    return all(retryAttempts, ServiceConfig.gatewayRetryAttempts());
  }

  static Set<String> all(int retryAttempts, int gatewayRetryAttempts) {
    Set<String> topics = new TreeSet<>();
    for (String topic :
        new String[] {Topics.REVIEW_REQUESTS, Topics.REVIEW_PLANS, Topics.REVIEW_RESULTS}) {
      topics.add(topic);
      topics.add(Topics.deadLetter(topic));
    }
    topics.add(Topics.REVIEW_EVENTS);
    topics.add(Topics.REVIEW_REPORTS);
    for (String agent : agents()) {
      topics.add(Topics.llmCache(agent));
      topics.add(Topics.rulesCache(agent));
      topics.addAll(
          RetryTopicNames.of(agent, Map.of("retry.attempts", String.valueOf(retryAttempts))));
    }
    topics.addAll(GatewayTopics.of(gatewayRetryAttempts));
    return topics;
  }

  /** How long the services keep cache entries by default ({@code review.cache.retention}). */
  static long cacheRetentionMs() {
    return new Binder(new MapConfigurationPropertySource(Map.of()))
        .bindOrCreate("review.cache", CacheProperties.class)
        .retention()
        .toMillis();
  }

  /** The topic a dead-letter or retry topic copies its records from (itself for a source). */
  static String sourceOf(String topic) {
    return topic.replaceFirst("(-retry-\\d+|" + Topics.DLT_SUFFIX + ")$", "");
  }
}
