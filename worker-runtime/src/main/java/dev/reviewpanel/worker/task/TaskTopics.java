package dev.reviewpanel.worker.task;

import dev.reviewpanel.events.Topics;

/**
 * The topics and consumer groups of one agent's worker.
 *
 * @param tasks {@code review-tasks-<agent>}; its retry topics are {@code <tasks>-retry-0..n}
 * @param deadLetter {@code review-tasks-<agent>-dlt}
 * @param group the task consumer group, {@code <agent>-worker}
 * @param deadLetterGroup the group that turns dead letters into FAILED results
 */
public record TaskTopics(String tasks, String deadLetter, String group, String deadLetterGroup) {

  /** Suffix of the retry topics, followed by {@code -<index>}. */
  public static final String RETRY_SUFFIX = "-retry";

  public static TaskTopics of(String agent) {
    String tasks = Topics.tasks(agent);
    String group = agent + "-worker";
    return new TaskTopics(tasks, Topics.deadLetter(tasks), group, group + "-dlt-reporter");
  }
}
