package dev.reviewpanel.llm;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SourceFile;
import dev.reviewpanel.code.analysis.TransientAnalysisException;
import dev.reviewpanel.code.config.RepositoryConfig;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The optional LLM pass after the rules: reviews a task chunk by chunk, with the rule findings as
 * hints, within the task's token budget, the review's budget on this instance and the task's
 * deadline. A transient provider failure fails the task into the retry topics, except on its last
 * attempt or with the circuit open, where the result degrades to the rule findings. Thread-safe:
 * everything about one task lives in that call.
 */
public final class LlmReviewer {

  private final LlmSettings settings;
  private final ReviewModel model;
  private final CircuitBreaker breaker;
  private final ReviewBudgets budgets;
  private final LlmMetrics metrics;
  private final Clock clock;
  private final ModelCall call;
  private final ParallelRequests parallel;
  private final ReplyCache cache;

  LlmReviewer(
      LlmSettings settings,
      ReviewModel model,
      CircuitBreaker breaker,
      ReviewBudgets budgets,
      LlmMetrics metrics,
      Clock clock,
      ReplyCache cache) {
    this.settings = settings;
    this.cache = cache;
    this.model = model;
    this.breaker = breaker;
    this.budgets = budgets;
    this.metrics = metrics;
    this.clock = clock;
    this.call = new ModelCall(model, metrics, settings.maxRetryAfter(), clock);
    this.parallel = new ParallelRequests(settings.maxParallelRequests(), clock);
  }

  /** A reviewer for {@code agent} with its own model client, circuit breaker and budgets. */
  public static LlmReviewer create(
      LlmProperties llm, String agent, MeterRegistry registry, Clock clock) {
    return create(llm, agent, registry, clock, ReplyCache.NONE);
  }

  /** A reviewer whose answers are kept in {@code cache} and taken from it when they match. */
  public static LlmReviewer create(
      LlmProperties llm, String agent, MeterRegistry registry, Clock clock, ReplyCache cache) {
    LlmSettings settings = llm.forAgent(agent);
    ReviewModel model = ChatReviewModel.of(settings, FindingsSchema.SCHEMA);
    return new LlmReviewer(
        settings,
        model,
        new CircuitBreaker(
            llm.circuitBreaker().failureThreshold(), llm.circuitBreaker().openDuration(), clock),
        new ReviewBudgets(
            llm.reviewTokenBudget(), llm.reviewBudgetEntries(), llm.reviewBudgetTtl(), clock),
        new LlmMetrics(registry, agent, model.name()),
        clock,
        cache);
  }

  /** Reviews {@code task} with no repository configuration. */
  public LlmReview review(
      ReviewTask task, List<Finding> ruleFindings, Instant stopAt, boolean lastAttempt) {
    return review(task, ruleFindings, stopAt, lastAttempt, ReviewPolicy.DEFAULT);
  }

  /**
   * Reviews {@code task} after the rules found {@code ruleFindings}. A chunk whose answer is in the
   * cache is not sent; the others are, within the budgets, and their answers are cached.
   *
   * @param stopAt no request starts at or after this instant
   * @param lastAttempt degrade instead of throwing on a transient failure
   * @param policy the repository's policy: its LLM instructions for each file, and how the model's
   *     findings are judged (rules off, suppressions, baseline) like the rules' ones
   * @throws TransientAnalysisException when the provider failed transiently and retrying may help
   */
  public LlmReview review(
      ReviewTask task,
      List<Finding> ruleFindings,
      Instant stopAt,
      boolean lastAttempt,
      ReviewPolicy policy) {
    TaskTally tally = new TaskTally(settings, model.name());
    ModelFindings proposed = new ModelFindings(policy);
    List<Ask> planned = plan(task, ruleFindings, policy.config(), tally, stopAt, proposed);
    String system = ReviewPrompts.system(settings.agent());
    List<Supplier<ModelCall.Outcome>> requests = new ArrayList<>();
    for (Ask ask : planned) {
      requests.add(() -> call.ask(system, ask.user()));
    }
    List<ModelCall.Outcome> outcomes = parallel.runAll(requests, stopAt);
    ProviderFailure retriable = null;
    for (int i = 0; i < planned.size(); i++) {
      ProviderFailure failure = record(task, planned.get(i), outcomes.get(i), tally, proposed);
      retriable = retriable == null && failure != null && failure.retriable() ? failure : retriable;
    }
    meter(tally, proposed);
    if (retriable != null) {
      if (!lastAttempt && !breaker.isOpen()) {
        throw new TransientAnalysisException(
            "LLM " + retriable.kind() + " for task " + task.taskId() + ": " + retriable.detail());
      }
      tally.degrade(
          (lastAttempt ? "last attempt, " : "circuit open, ")
              + "model failed ("
              + retriable.detail()
              + "): rule findings only");
    }
    RulesFirst.Merge merge = RulesFirst.merge(ruleFindings, proposed.accepted());
    return new LlmReview(merge.findings(), tally.usage());
  }

  /** A chunk to send: its prompt and the key its answer is cached under. */
  private record Ask(Chunk chunk, String user, String key) {}

  /**
   * The chunks to send within the budgets; the others are listed as unreviewed. Chunks answered
   * from the cache cost nothing and are taken into {@code proposed} at once.
   */
  private List<Ask> plan(
      ReviewTask task,
      List<Finding> ruleFindings,
      RepositoryConfig config,
      TaskTally tally,
      Instant stopAt,
      ModelFindings proposed) {
    Chunker chunker = new Chunker(settings.maxInputTokensPerRequest());
    List<Ask> planned = new ArrayList<>();
    long reserved = 0;
    int reused = 0;
    String stopped = null;
    for (ReviewTask.File file : task.files()) {
      Optional<Language> language =
          file.path() == null ? Optional.empty() : Language.of(file.language(), file.path());
      if (language.isEmpty() || file.content() == null) {
        continue; // the rules skipped it too, and the result already says so
      }
      ParsedFile parsed =
          new ParsedFile(
              new SourceFile(file.path(), language.get(), file.content(), file.changedLines()));
      List<String> instructions = config.instructionsFor(file.path());
      for (Chunk chunk : chunker.chunks(parsed)) {
        List<Finding> hints = hints(ruleFindings, chunk);
        String key = ChunkKey.of(settings.agent(), model.name(), chunk, hints, instructions);
        if (reuse(key, chunk, proposed)) {
          reused++;
          continue;
        }
        long estimate = TokenEstimate.of(chunk.text()) + 600 + settings.maxOutputTokens() / 4;
        if (stopped == null) {
          stopped = reasonToStop(task, tally, stopAt, reserved, estimate, planned.isEmpty());
        }
        if (stopped != null) {
          tally.unreviewed.add(chunk.label());
        } else {
          planned.add(new Ask(chunk, ReviewPrompts.user(chunk, hints, instructions), key));
          reserved += estimate;
        }
      }
    }
    if (reused > 0) {
      tally.note(reused + " chunk(s) answered from the cache of unchanged code");
    }
    return planned;
  }

  /** Takes a cached answer for {@code chunk} into {@code proposed}; false on a miss. */
  private boolean reuse(String key, Chunk chunk, ModelFindings proposed) {
    Optional<ReplyCache.CachedReply> cached = cache.find(key);
    Optional<List<JsonNode>> parsed = cached.flatMap(c -> ReplyParser.findings(c.text()));
    if (parsed.isEmpty()) {
      metrics.cache(LlmMetrics.CACHE_MISS);
      return false;
    }
    metrics.cache(LlmMetrics.CACHE_HIT);
    proposed.add(
        settings.agent(), chunk, parsed.get(), chunk.contextStart() - cached.get().firstLine());
    return true;
  }

  /** Why no more chunks are sent, or null to go on. */
  private String reasonToStop(
      ReviewTask task,
      TaskTally tally,
      Instant stopAt,
      long reserved,
      long estimate,
      boolean first) {
    if (reserved + estimate > settings.taskTokenBudget()) {
      tally.budgetExhausted("task token budget of " + settings.taskTokenBudget() + " reached");
      return "task budget";
    }
    if (budgets.remaining(task.reviewId()) - reserved < estimate) {
      metrics.error(ProviderFailure.BUDGET_EXHAUSTED);
      tally.budgetExhausted("review token budget on this worker reached");
      return "review budget";
    }
    if (!clock.instant().isBefore(stopAt)) {
      tally.note("time budget exhausted");
      return "time";
    }
    if (first && !breaker.allowRequest()) {
      metrics.error(ProviderFailure.CIRCUIT_OPEN);
      tally.degrade("circuit open for " + settings.endpoint() + ": rule findings only");
      return "circuit";
    }
    return null;
  }

  /** Accounts for one chunk's outcome; returns its failure, if any. */
  private ProviderFailure record(
      ReviewTask task,
      Ask ask,
      ModelCall.Outcome outcome,
      TaskTally tally,
      ModelFindings proposed) {
    Chunk chunk = ask.chunk();
    if (outcome == null) {
      tally.unreviewed.add(chunk.label());
      tally.note("time budget exhausted");
      return null;
    }
    tally.requests += outcome.requests();
    if (outcome.reply() == null) {
      ProviderFailure failure = outcome.failure();
      tally.unreviewed.add(chunk.label());
      if (failure.retriable()) {
        breaker.onFailure();
      } else {
        tally.degrade("model unavailable (" + failure.detail() + "): rule findings only");
      }
      return failure;
    }
    breaker.onSuccess();
    ModelReply reply = outcome.reply();
    tally.inputTokens += reply.inputTokens();
    tally.outputTokens += reply.outputTokens();
    budgets.spend(task.reviewId(), reply.inputTokens() + reply.outputTokens());
    Optional<List<JsonNode>> parsed = ReplyParser.findings(reply.text());
    if (parsed.isEmpty()) {
      metrics.error(ProviderFailure.INVALID_RESPONSE);
      tally.unreviewed.add(chunk.label());
      tally.note("unreadable model reply for " + chunk.label());
    } else {
      proposed.add(settings.agent(), chunk, parsed.get(), 0);
      cache.store(
          ask.key(),
          new ReplyCache.CachedReply(
              model.name(),
              reply.text(),
              chunk.contextStart(),
              reply.inputTokens(),
              reply.outputTokens()));
      metrics.cache(LlmMetrics.CACHE_STORED);
    }
    return null;
  }

  private void meter(TaskTally tally, ModelFindings proposed) {
    proposed.dropped().forEach(metrics::dropped);
    tally.dropped = proposed.dropped().values().stream().mapToInt(Integer::intValue).sum();
    metrics.tokens("input", tally.inputTokens);
    metrics.tokens("output", tally.outputTokens);
    metrics.cost(settings.cost(tally.inputTokens, tally.outputTokens));
  }

  private static List<Finding> hints(List<Finding> ruleFindings, Chunk chunk) {
    List<Finding> hints = new ArrayList<>();
    for (Finding f : ruleFindings) {
      if (f.location() != null
          && chunk.file().path().equals(f.location().path())
          && f.location().startLine() >= chunk.start()
          && f.location().startLine() <= chunk.end()) {
        hints.add(f);
      }
    }
    return hints;
  }
}
