package dev.reviewpanel.events;

/** Names of the topics the services talk over. */
public final class Topics {

  public static final String REVIEW_REQUESTS = "review-requests";
  public static final String REVIEW_PLANS = "review-plans";
  public static final String REVIEW_RESULTS = "review-results";
  public static final String REVIEW_REPORTS = "review-reports";
  public static final String REVIEW_EVENTS = "review-events";
  public static final String TASKS_PREFIX = "review-tasks-";

  /** Compacted: the LLM's answers by model, prompt version and chunk content, for every worker. */
  public static final String LLM_CACHE = "review-llm-cache";

  /** Compacted: the rules' results of identical tasks, for every worker. */
  public static final String RULES_CACHE = "review-rules-cache";

  public static final String DLT_SUFFIX = "-dlt";

  /** Header on every task record: the review id, readable even when the body is not. */
  public static final String REVIEW_ID_HEADER = "reviewpanel-review-id";

  /** Header on every task record: the task id, readable even when the body is not. */
  public static final String TASK_ID_HEADER = "reviewpanel-task-id";

  private Topics() {}

  /** The task topic of an agent, e.g. {@code review-tasks-security}. */
  public static String tasks(String agent) {
    return TASKS_PREFIX + AgentId.of(agent).value();
  }

  /** The dead-letter topic of a topic, e.g. {@code review-requests-dlt}. */
  public static String deadLetter(String topic) {
    return topic + DLT_SUFFIX;
  }
}
