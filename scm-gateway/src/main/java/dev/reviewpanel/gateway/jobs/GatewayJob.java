package dev.reviewpanel.gateway.jobs;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import java.time.Instant;

/**
 * One piece of provider work, on the gateway's own topic keyed by pull request, so the work on one
 * pull request runs in order on one consumer.
 *
 * @param push for {@link Kind#PUSH}: the commit to fetch and send for review
 * @param provider for {@link Kind#REPORT}: whose pull request the report is about
 * @param report for {@link Kind#REPORT}: the report to post back
 * @param summaryRevision for {@link Kind#REPORT}: the report only revises an earlier one's summary
 */
public record GatewayJob(
    int schemaVersion,
    Instant occurredAt,
    Kind kind,
    Push push,
    Provider provider,
    ReviewReport report,
    boolean summaryRevision) {

  public static final int SCHEMA_VERSION = 1;

  public enum Kind {
    PUSH,
    REPORT
  }

  public static GatewayJob push(Push push) {
    return new GatewayJob(SCHEMA_VERSION, Instant.now(), Kind.PUSH, push, null, null, false);
  }

  public static GatewayJob report(Provider provider, ReviewReport report, boolean revision) {
    return new GatewayJob(
        SCHEMA_VERSION, Instant.now(), Kind.REPORT, null, provider, report, revision);
  }

  /** The pull request the job is about. */
  public PullRequest pullRequest() {
    return kind == Kind.PUSH
        ? push.pullRequest()
        : new PullRequest(provider, report.source().repository(), report.source().pullRequest());
  }
}
