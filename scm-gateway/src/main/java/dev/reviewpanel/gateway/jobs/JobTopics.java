package dev.reviewpanel.gateway.jobs;

import dev.reviewpanel.events.Topics;

/** The gateway's own topic and consumer groups. */
public final class JobTopics {

  /** Provider work, keyed by pull request; retried on {@code -retry-N}, then {@code -dlt}. */
  public static final String JOBS = "scm-gateway-jobs";

  public static final String JOBS_GROUP = "scm-gateway-jobs";

  /** The gateway's group on {@code review-reports}. */
  public static final String REPORTS_GROUP = "scm-gateway";

  public static final String RETRY_SUFFIX = "-retry";

  /** Why a job was dead-lettered, readable by {@code review-panel dlt list}. */
  public static final String REASON_HEADER = "reviewpanel-rejection-reason";

  public static final String DEAD_LETTERS = Topics.deadLetter(JOBS);

  private JobTopics() {}
}
