package dev.reviewpanel.gateway.flow;

import static dev.reviewpanel.gateway.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.fakes.FakePullRequest;
import dev.reviewpanel.fakes.FakeRepository;
import dev.reviewpanel.fakes.FakeStatus;
import dev.reviewpanel.fakes.PullRequestScenario;
import dev.reviewpanel.fakes.Webhooks;
import dev.reviewpanel.gateway.GatewayIntegrationSupport;
import dev.reviewpanel.gateway.Reports;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@code .review-panel.yml} on pull requests: read from the target branch on GitLab as on GitHub,
 * whatever the merge request's own copy says; and a configuration the coordinator refuses fails the
 * review on the pull request with its key and line, never a review pending for ever.
 */
class RepositoryConfigFlowTests extends GatewayIntegrationSupport {

  private static final String BASE_CONFIG = "fail-on: high\nrules:\n  python.sql-injection: on\n";

  @Test
  void shouldSendTheTargetBranchsConfigurationForAMergeRequestThatChangesItsOwn() {
    String project = "group/config-shop";
    FakeRepository repo = GITLAB.project(project);
    Map<String, String> base =
        new LinkedHashMap<>(PullRequestScenario.snapshot(PullRequestScenario.BASE));
    base.put(".review-panel.yml", BASE_CONFIG);
    String baseSha = repo.commit(base);
    Map<String, String> head =
        new LinkedHashMap<>(PullRequestScenario.snapshot(PullRequestScenario.PUSH_1));
    head.put(".review-panel.yml", "fail-on: none\nrules:\n  python.sql-injection: off\n");
    String headSha = repo.commit(head);
    FakePullRequest mr = GITLAB.mergeRequest(project, 4, baseSha, headSha);

    assertThat(deliverGitLab(Webhooks.gitlabMergeRequest("open", project, mr, false)).statusCode())
        .isEqualTo(202);

    Push push = new Push(new PullRequest(Provider.GITLAB, project, "4"), headSha, null, "f", null);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(requests(push.idempotencyKey())).hasSize(1));
    ReviewRequest request = requests(push.idempotencyKey()).get(0);
    assertThat(request.config()).isEqualTo(BASE_CONFIG);
    assertThat(request.files())
        .extracting(ReviewRequest.File::path)
        .as("the merge request's own copy is reviewed as a changed file, not obeyed")
        .contains(".review-panel.yml");
  }

  @Test
  void shouldFailTheReviewWithTheReasonWhenTheCoordinatorRefusesTheConfiguration()
      throws Exception {
    String repoName = "acme/refused";
    PullRequest key = new PullRequest(Provider.GITHUB, repoName, "3");
    FakeRepository repo = GITHUB.repository(repoName);
    Map<String, String> base =
        new LinkedHashMap<>(PullRequestScenario.snapshot(PullRequestScenario.BASE));
    base.put(".review-panel.yml", "fail-on: hgh\n");
    String baseSha = repo.commit(base);
    String head1 = repo.commit(PullRequestScenario.snapshot(PullRequestScenario.PUSH_1));
    FakePullRequest pr = GITHUB.pullRequest(repoName, 3, baseSha, head1);
    deliverGitHub("pull_request", Webhooks.githubPullRequest("opened", repoName, pr));
    Push push1 = new Push(key, head1, baseSha, "f", null);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(requests(push1.idempotencyKey())).hasSize(1));
    // a review of the first push had found something, still open when the next one is refused
    awaitHandled(
        publishReport(
            Reports.report(
                push1,
                ReviewReport.Decision.REQUEST_CHANGES,
                List.of(finding("sql", Severity.HIGH, "app/users.py", 13, "SQL injection"))),
            false),
        key.key());
    String head2 = repo.commit(PullRequestScenario.snapshot(PullRequestScenario.PUSH_2));
    pr.push(head2);
    deliverGitHub("pull_request", Webhooks.githubPullRequest("synchronize", repoName, pr));
    Push push2 = new Push(key, head2, baseSha, "f", null);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(requests(push2.idempotencyKey())).hasSize(1));
    byte[] request =
        records("review-requests").stream()
            .filter(r -> push2.idempotencyKey().equals(r.key()))
            .findFirst()
            .orElseThrow()
            .value();

    awaitHandled(
        deadLetter(
            push2.idempotencyKey(),
            request,
            // as the coordinator words it
            "invalid_config: .review-panel.yml is invalid: line 1: fail-on must be one of"
                + " [critical, high, medium, low, info, none], not \"hgh\" (config)"),
        key.key());

    List<FakeStatus> statuses =
        GITHUB.statuses().stream().filter(s -> s.sha().equals(head2)).toList();
    assertThat(statuses).last().extracting(FakeStatus::state).isEqualTo("error");
    assertThat(statuses.get(statuses.size() - 1).description())
        .startsWith(
            "Review refused: invalid_config: .review-panel.yml is invalid: line 1: fail-on");
    assertThat(pr.comments())
        .singleElement()
        .satisfies(
            summary ->
                assertThat(summary.body())
                    .contains("status FAILED", "line 1: fail-on must be one of")
                    .doesNotContain("Resolved", "⏳"));
  }

  private RecordMetadata deadLetter(String key, byte[] request, String reason)
      throws ExecutionException, InterruptedException {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
            new StringSerializer(),
            new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>("review-requests-dlt", key, request);
      record.headers().add("reviewpanel-rejection-reason", reason.getBytes(StandardCharsets.UTF_8));
      return producer.send(record).get();
    }
  }
}
