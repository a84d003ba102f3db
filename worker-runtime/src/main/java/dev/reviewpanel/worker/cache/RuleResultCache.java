package dev.reviewpanel.worker.cache;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.config.ContentDigest;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.events.ReviewTask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The rules' results per task, shared by every instance through {@code review-rules-cache}: a task
 * identical to one analyzed before (same agent, rules, configuration, baseline, options, files and
 * changed lines) reuses its analysis instead of running the analyzers again. Only complete analyses
 * are kept: one the time budget cut short would be short again on every reuse.
 */
public final class RuleResultCache {

  /** No cache: every task is analyzed. */
  public static final RuleResultCache NONE = new RuleResultCache(null, "", null, "");

  private final CompactedTopicCache topic;
  private final String rulesVersion;
  private final MeterRegistry registry;
  private final String agent;

  RuleResultCache(
      CompactedTopicCache topic, String rulesVersion, MeterRegistry registry, String agent) {
    this.topic = topic;
    this.rulesVersion = rulesVersion;
    this.registry = registry;
    this.agent = agent;
    if (registry != null) {
      List.of("hit", "miss", "stored").forEach(this::counter);
    }
  }

  /** The key of {@code task}'s rule results with the default engine settings. */
  public String key(ReviewTask task) {
    return key(task, "");
  }

  /**
   * The key of {@code task}'s rule results: everything that decides them, the task (files, changed
   * lines, configuration, baseline, options) as well as the worker (its rules' version and {@code
   * engineSettings}: analyzers and test-code policy, see {@code EngineSettings}).
   */
  public String key(ReviewTask task, String engineSettings) {
    List<String> parts = new ArrayList<>();
    parts.add(task.agent());
    parts.add(rulesVersion);
    parts.add(engineSettings);
    parts.add(String.valueOf(task.options()));
    parts.add(task.config());
    Baseline baseline = task.baseline();
    baseline.findings().stream().map(Baseline.Entry::fingerprint).sorted().forEach(parts::add);
    for (ReviewTask.File file : task.files()) {
      parts.add(file.path());
      parts.add(file.language());
      parts.add(file.content() == null ? null : ContentDigest.of(file.content()));
      parts.add(ranges(file.changedLines()));
    }
    return ContentDigest.of(parts);
  }

  public Optional<Analysis> find(String key) {
    if (topic == null) {
      return Optional.empty();
    }
    Optional<Analysis> found = topic.get(key).flatMap(RuleResultCache::read);
    counter(found.isPresent() ? "hit" : "miss").increment();
    return found;
  }

  /** Keeps {@code analysis} unless the time budget cut it short. */
  public void store(String key, Analysis analysis) {
    if (topic == null || analysis.budgetExhausted()) {
      return;
    }
    topic.put(key, EventJson.mapper().writeValueAsBytes(analysis));
    counter("stored").increment();
  }

  private Counter counter(String outcome) {
    return Counter.builder("review.rules.cache")
        .description("Rule results of identical tasks looked up (hit, miss) and stored")
        .tags("agent", agent, "outcome", outcome)
        .register(registry);
  }

  private static String ranges(List<LineRange> lines) {
    return lines == null
        ? "whole"
        : String.join(",", lines.stream().map(r -> r.start() + "-" + r.end()).toList());
  }

  private static Optional<Analysis> read(byte[] value) {
    try {
      return Optional.of(EventJson.mapper().readValue(value, Analysis.class));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
