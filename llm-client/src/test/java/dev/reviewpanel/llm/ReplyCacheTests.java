package dev.reviewpanel.llm;

import static dev.reviewpanel.llm.LlmFixtures.later;
import static dev.reviewpanel.llm.LlmFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.llm.LlmProperties.Provider;
import dev.reviewpanel.llm.fake.FakeLlmServer;
import dev.reviewpanel.llm.fake.ModelRequest;
import dev.reviewpanel.llm.fake.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplyCacheTests {

  // The fake model reads the code it is shown: a finding on the line that builds SQL by hand.
  private static final Pattern CONCATENATED_SQL =
      Pattern.compile("(?m)^\\s*(\\d+) \\| .*executeQuery\\(\"SELECT \\* FROM entries.*\\+");

  private FakeLlmServer llm;
  private SimpleMeterRegistry registry;
  private MapCache cache;
  private LlmReviewer reviewer;

  @BeforeEach
  void setUp() {
    llm = FakeLlmServer.start();
    llm.respondWith(ReplyCacheTests::readTheCode);
    registry = new SimpleMeterRegistry();
    cache = new MapCache();
    LlmSettings chunked = chunkedSettings(llm.openAiBaseUrl());
    reviewer = LlmFixtures.reviewer(chunked, registry, cache);
  }

  @AfterEach
  void tearDown() {
    llm.close();
  }

  @Test
  void shouldSendNothingToTheModelWhenTheSameCodeIsReviewedAgain() {
    String ledger = LlmFixtures.fixture("Ledger.java");
    LlmReview first = reviewer.review(task(file(ledger)), List.of(), later(), false);
    int asked = llm.requests().size();

    LlmReview second = reviewer.review(task(file(ledger)), List.of(), later(), false);

    assertThat(asked).as("a file the size of several requests").isGreaterThan(1);
    assertThat(llm.requests()).hasSize(asked);
    assertThat(second.usage().requests()).isZero();
    assertThat(second.usage().inputTokens()).isZero();
    assertThat(lines(second.findings())).isEqualTo(lines(first.findings())).containsExactly(32);
    assertThat(second.usage().note()).contains(asked + " chunk(s) answered from the cache");
    assertThat(count("hit")).isEqualTo(asked);
    assertThat(count("stored")).isEqualTo(asked);
  }

  @Test
  void shouldAskOnlyForTheChunkThatChanged() {
    String ledger = LlmFixtures.fixture("Ledger.java");
    reviewer.review(task(file(ledger)), List.of(), later(), false);
    int asked = llm.requests().size();
    String edited = ledger.replace("\" holds \"", "\" keeps \"");

    LlmReview again = reviewer.review(task(file(edited)), List.of(), later(), false);

    assertThat(llm.requests()).hasSize(asked + 1);
    assertThat(llm.requests().get(asked).user()).contains(" keeps ");
    assertThat(again.usage().requests()).isEqualTo(1);
    assertThat(lines(again.findings())).containsExactly(32);
  }

  @Test
  void shouldReuseAnswersForCodeThatMovedAndShiftTheirLines() {
    String ledger = LlmFixtures.fixture("Ledger.java");
    reviewer.review(task(file(ledger)), List.of(), later(), false);
    int asked = llm.requests().size();
    // a rebase onto a licence header: everything below moved one line down
    String rebased = "// Copyright the ledger authors\n" + ledger;

    LlmReview again = reviewer.review(task(file(rebased)), List.of(), later(), false);

    List<ModelRequest> resent = llm.requests().subList(asked, llm.requests().size());
    assertThat(resent).isNotEmpty().hasSizeLessThan(asked);
    assertThat(resent).noneMatch(r -> r.user().contains("SELECT * FROM entries"));
    assertThat(lines(again.findings())).containsExactly(33);
  }

  @Test
  void shouldNotReuseAnAnswerForAnotherAgentOrInstructions() {
    String ledger = LlmFixtures.fixture("Ledger.java");
    reviewer.review(task(file(ledger)), List.of(), later(), false);
    int asked = llm.requests().size();

    LlmReviewer bug =
        LlmFixtures.reviewer(chunkedSettings(llm.openAiBaseUrl(), "bug"), registry, cache);
    bug.review(task(file(ledger)), List.of(), later(), false);

    assertThat(llm.requests()).hasSize(2 * asked);
  }

  private static Reply readTheCode(ModelRequest request) {
    Matcher line = CONCATENATED_SQL.matcher(request.user());
    return line.find()
        ? Reply.findings(
            Reply.finding("src/Ledger.java", Integer.parseInt(line.group(1)), "injection", "HIGH"))
        : Reply.findings();
  }

  private static ReviewTask.File file(String content) {
    return new ReviewTask.File("src/Ledger.java", "java", content, null);
  }

  private static List<Integer> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.location().startLine()).toList();
  }

  private double count(String outcome) {
    return registry.counter("review.llm.cache", "agent", "security", "outcome", outcome).count();
  }

  // small requests, so one file is several chunks
  private static LlmSettings chunkedSettings(String baseUrl) {
    return chunkedSettings(baseUrl, "security");
  }

  private static LlmSettings chunkedSettings(String baseUrl, String agent) {
    LlmSettings s = LlmFixtures.settings(Provider.OPENAI, baseUrl);
    return new LlmSettings(
        agent,
        s.provider(),
        s.baseUrl(),
        s.model(),
        s.apiKey(),
        s.apiKeyHeader(),
        s.timeout(),
        s.maxRetries(),
        s.maxOutputTokens(),
        200,
        s.maxParallelRequests(),
        s.taskTokenBudget(),
        s.maxRetryAfter(),
        s.pricePer1kInputTokens(),
        s.pricePer1kOutputTokens());
  }

  /** The cache as a plain map: what the worker's topic-backed cache keeps locally. */
  static final class MapCache implements ReplyCache {

    final Map<String, CachedReply> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<CachedReply> find(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void store(String key, CachedReply reply) {
      entries.put(key, reply);
    }
  }
}
