package dev.reviewpanel.coordinator.planning;

import static dev.reviewpanel.coordinator.Requests.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.coordinator.Requests;
import dev.reviewpanel.coordinator.TestConfig;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewOptions;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.report.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ReviewPlannerTests {

  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
  private static final String ID = "6f1c1c8e-5b0a-4d64-9d0b-6c3e0a3c9e11";

  @Test
  void shouldPlanEveryApplicableAgentWhenNoneAreRequested() {
    PlannedReview review =
        planner(TestConfig.registry(), 50, DataSize.ofKilobytes(512))
            .plan(
                withId(Requests.of(file("src/A.java", "class A {}"), file("README.md", "# x"))),
                NOW);

    assertThat(review.tasks())
        .extracting(t -> t.task().taskId(), PlannedReview.TopicTask::topic)
        .containsExactly(
            tuple(ID + ":security:0", "review-tasks-security"),
            tuple(ID + ":bug:0", "review-tasks-bug"),
            tuple(ID + ":performance:0", "review-tasks-performance"));
    ReviewTask task = review.tasks().get(0).task();
    assertThat(task.files()).extracting(ReviewTask.File::path).containsExactly("src/A.java");
    assertThat(task.files().get(0).language()).isEqualTo("java");
    assertThat(task.files().get(0).changedLines()).isNull();
    assertThat(task.deadline()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    assertThat(review.plan().tasks()).hasSize(3);
    assertThat(review.plan().submittedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldGiveEveryTaskTheConfigAndOptionsAndOnlyItsFilesBaselineEntries() {
    Baseline baseline =
        new Baseline(
            1,
            List.of(
                new Baseline.Entry("aa01", "java.weak-hash", "src/A.java"),
                new Baseline.Entry("bb02", "java.weak-hash", "src/B.java"),
                new Baseline.Entry("cc03", "python.weak-hash", "gone.py")));
    ReviewRequest request =
        withId(
            Requests.withRepositorySettings(
                "rules:\n  java.weak-hash: off\n",
                baseline,
                file("src/A.java", "class A {}"),
                file("src/B.java", "class B {}")));

    PlannedReview review =
        planner(TestConfig.registry(), 1, DataSize.ofKilobytes(512)).plan(request, NOW);

    List<ReviewTask> security =
        review.tasks().stream()
            .map(PlannedReview.TopicTask::task)
            .filter(t -> t.agent().equals("security"))
            .toList();
    assertThat(security).hasSize(2);
    assertThat(security)
        .allSatisfy(t -> assertThat(t.config()).isEqualTo("rules:\n  java.weak-hash: off\n"));
    assertThat(security.get(0).baseline().findings())
        .extracting(Baseline.Entry::fingerprint)
        .containsExactly("aa01");
    assertThat(security.get(1).baseline().findings())
        .extracting(Baseline.Entry::fingerprint)
        .containsExactly("bb02");
  }

  @Test
  void shouldCarryTheRepositorysFailOnToSynthesisInThePlan() {
    ReviewPlanner planner = planner(TestConfig.registry(), 50, DataSize.ofKilobytes(512));

    ReviewPlan high =
        planner
            .plan(
                withId(
                    Requests.withRepositorySettings(
                        "fail-on: high\n", Baseline.EMPTY, file("src/A.java", "class A {}"))),
                NOW)
            .plan();
    ReviewPlan none =
        planner
            .plan(
                withId(
                    Requests.withRepositorySettings(
                        "fail-on: none\n", Baseline.EMPTY, file("src/A.java", "class A {}"))),
                NOW)
            .plan();
    ReviewPlan unset =
        planner.plan(withId(Requests.of(file("src/A.java", "class A {}"))), NOW).plan();

    assertThat(high.failOn()).isEqualTo(ReviewPlan.FailOn.HIGH);
    assertThat(none.failOn()).isEqualTo(ReviewPlan.FailOn.NONE);
    assertThat(unset.failOn()).isNull();
  }

  @Test
  void shouldIntersectRequestedRegisteredAndApplicableAgents() {
    AgentRegistry registry =
        new AgentRegistry(
            new AgentRegistryProperties(
                List.of(
                    new AgentRegistryProperties.Agent("security", TestConfig.ALL_LANGUAGES, null),
                    new AgentRegistryProperties.Agent("bug", List.of("java"), null),
                    new AgentRegistryProperties.Agent("performance", List.of("python"), null))));
    ReviewRequest request =
        Requests.withAgents(
            List.of("bug", "performance"),
            file("web/app.ts", "let a = 1;"),
            file("A.java", "class A {}"));

    PlannedReview review =
        planner(registry, 50, DataSize.ofKilobytes(512)).plan(withId(request), NOW);

    assertThat(review.tasksByAgent()).containsExactly(Map.entry("bug", 1));
    assertThat(review.tasks().get(0).task().files())
        .extracting(ReviewTask.File::path)
        .containsExactly("A.java");
  }

  @Test
  void shouldPlanNoTasksWhenNoAgentApplies() {
    PlannedReview review =
        planner(TestConfig.registry(), 50, DataSize.ofKilobytes(512))
            .plan(
                withId(Requests.of(file("docs/guide.md", "# guide"), file("Makefile", "all:"))),
                NOW);

    assertThat(review.tasks()).isEmpty();
    assertThat(review.plan().tasks()).isEmpty();
  }

  @Test
  void shouldPlanAFourthAgentFromConfigurationAlone() {
    AgentRegistry registry =
        new AgentRegistry(
            new AgentRegistryProperties(
                List.of(
                    new AgentRegistryProperties.Agent("security", TestConfig.ALL_LANGUAGES, null),
                    new AgentRegistryProperties.Agent(
                        "accessibility", List.of("JavaScript"), null))));

    PlannedReview review =
        planner(registry, 50, DataSize.ofKilobytes(512))
            .plan(
                withId(Requests.of(file("ui/button.jsx", "<b/>"), file("A.java", "class A {}"))),
                NOW);

    assertThat(review.tasks())
        .filteredOn(t -> t.task().agent().equals("accessibility"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.topic()).isEqualTo("review-tasks-accessibility");
              assertThat(t.task().files())
                  .extracting(ReviewTask.File::path)
                  .containsExactly("ui/button.jsx");
            });
  }

  @Test
  void shouldShardByFileCount() {
    ReviewRequest.File[] files =
        IntStream.range(0, 7)
            .mapToObj(i -> file("m" + i + ".py", "x = " + i))
            .toArray(ReviewRequest.File[]::new);

    PlannedReview review =
        planner(onlySecurity(), 3, DataSize.ofKilobytes(512)).plan(withId(Requests.of(files)), NOW);

    assertThat(review.tasks()).extracting(t -> t.task().files().size()).containsExactly(3, 3, 1);
    assertThat(review.tasks())
        .extracting(t -> t.task().shard())
        .containsExactly(
            new ReviewTask.Shard(0, 3), new ReviewTask.Shard(1, 3), new ReviewTask.Shard(2, 3));
    assertThat(review.tasks()).extracting(t -> t.task().taskId()).doesNotHaveDuplicates();
  }

  @Test
  void shouldShardByBytesAndGiveAnOversizedFileAShardOfItsOwn() {
    String small = "a".repeat(300);
    String big = "b".repeat(1500);

    PlannedReview review =
        planner(onlySecurity(), 50, DataSize.ofBytes(1000))
            .plan(
                withId(
                    Requests.of(
                        file("a.py", small),
                        file("b.py", small),
                        file("c.py", big),
                        file("d.py", small))),
                NOW);

    assertThat(review.tasks())
        .extracting(t -> t.task().files().stream().map(ReviewTask.File::path).toList())
        .containsExactly(List.of("a.py", "b.py"), List.of("c.py"), List.of("d.py"));
  }

  @Test
  void shouldListAFileTooLargeForAKafkaRecordAndPlanTheRest() {
    ReviewPlanner planner =
        new ReviewPlanner(
            onlySecurity(),
            new ReviewScope(new LanguageDetector(TestConfig.planning(50, DataSize.ofKilobytes(1)))),
            TestConfig.planning(50, DataSize.ofKilobytes(512)),
            TestConfig.defaults(),
            TestConfig.topics(DataSize.ofKilobytes(80)));

    PlannedReview review =
        planner.plan(
            withId(Requests.of(file("huge.py", "z".repeat(20_000)), file("ok.py", "x = 1"))), NOW);

    assertThat(review.tasks())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.task().files())
                    .extracting(ReviewTask.File::path)
                    .containsExactly("ok.py"));
    assertThat(review.plan().notAnalyzed())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.path()).isEqualTo("huge.py");
              assertThat(n.reason()).isEqualTo(NotAnalyzed.Reason.TOO_LARGE);
              assertThat(n.detail()).contains("task record");
            });
  }

  @Test
  void shouldListFilesNoAgentReadsAndFilesRefusedAtIntakeInThePlan() {
    NotAnalyzed longLine =
        NotAnalyzed.atIntake("min.py", NotAnalyzed.Reason.LINE_TOO_LONG, "line 1 has ...", 1);
    ReviewRequest request =
        Requests.withAgents(
            List.of("security"),
            file("min.py", "x"),
            file("web/index.jsp", "<%= x %>"),
            file("app.py", "x = 1"));

    PlannedReview review =
        planner(onlySecurity(), 50, DataSize.ofKilobytes(512))
            .plan(withId(request), List.of(longLine), NOW);

    assertThat(review.tasks().get(0).task().files())
        .extracting(ReviewTask.File::path)
        .containsExactly("app.py");
    assertThat(review.plan().notAnalyzed())
        .extracting(NotAnalyzed::path, NotAnalyzed::reason, NotAnalyzed::detail)
        .containsExactly(
            tuple("min.py", NotAnalyzed.Reason.LINE_TOO_LONG, "line 1 has ..."),
            tuple(
                "web/index.jsp",
                NotAnalyzed.Reason.UNSUPPORTED_TYPE,
                "no requested agent reads jsp files"));
  }

  @Test
  void shouldCarryTheReviewsConfigurationAndOptionsToEveryTask() {
    ReviewRequest request =
        new ReviewRequest(
            1,
            null,
            "11111111-2222-3333-4444-555555555555",
            null,
            null,
            List.of(new ReviewRequest.File("a.py", "x = 1", null)),
            null,
            null,
            null,
            "rules: {}",
            new ReviewOptions(true, false));

    PlannedReview review =
        planner(TestConfig.registry(), 50, DataSize.ofKilobytes(512)).plan(request, NOW);

    assertThat(review.tasks())
        .hasSize(3)
        .allSatisfy(
            t -> {
              assertThat(t.task().options().includeVendored()).isTrue();
              assertThat(t.task().config()).isEqualTo("rules: {}");
            });
  }

  @Test
  void shouldLimitWorkToWhatTheDiffAddsOrModifies() {
    String diff = Fixtures.text("diffs/multi-file.diff");
    ReviewRequest request =
        Requests.withDiff(
            diff,
            file("src/main/java/shop/OrderService.java", "class OrderService {}\n"),
            file("app/views.py", "def index(request): pass\n"),
            file("legacy/Old.java", "class Old {}\n"),
            file("web/helpers/util.js", "export function greet() {}\n"),
            file("web/util.js", "old path of the rename\n"),
            file("untouched/Other.java", "class Other {}\n"));

    PlannedReview review =
        planner(onlySecurity(), 50, DataSize.ofKilobytes(512)).plan(withId(request), NOW);

    List<ReviewTask.File> files = review.tasks().get(0).task().files();
    assertThat(files)
        .extracting(ReviewTask.File::path)
        .containsExactly(
            "src/main/java/shop/OrderService.java", "app/views.py", "web/helpers/util.js");
    assertThat(files.get(0).changedLines())
        .containsExactly(new LineRange(6, 7), new LineRange(24, 24));
    assertThat(files.get(2).changedLines()).containsExactly(new LineRange(2, 2));
  }

  @Test
  void shouldUseTheRequestedTimeoutForTheDeadline() {
    PlannedReview review =
        planner(onlySecurity(), 50, DataSize.ofKilobytes(512))
            .plan(withId(Requests.withTimeout(Duration.ofSeconds(30), file("a.py", "x"))), NOW);

    assertThat(review.plan().deadline()).isEqualTo(NOW.plusSeconds(30));
    assertThat(review.tasks().get(0).task().deadline()).isEqualTo(NOW.plusSeconds(30));
  }

  private static ReviewPlanner planner(AgentRegistry registry, int maxFiles, DataSize maxBytes) {
    PlanningProperties planning = TestConfig.planning(maxFiles, maxBytes);
    return new ReviewPlanner(
        registry,
        new ReviewScope(new LanguageDetector(planning)),
        planning,
        TestConfig.defaults(),
        TestConfig.topics(DataSize.ofMegabytes(4)));
  }

  private static AgentRegistry onlySecurity() {
    return new AgentRegistry(
        new AgentRegistryProperties(
            List.of(
                new AgentRegistryProperties.Agent("security", TestConfig.ALL_LANGUAGES, null))));
  }

  private static ReviewRequest withId(ReviewRequest request) {
    return request.withReviewId(ID);
  }
}
