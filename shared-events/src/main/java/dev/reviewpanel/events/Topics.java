package dev.reviewpanel.events;

/** Names of the topics the services talk over. */
public final class Topics {

  public static final String REVIEW_REQUESTS = "review-requests";
  public static final String REVIEW_PLANS = "review-plans";
  public static final String REVIEW_RESULTS = "review-results";
  public static final String REVIEW_REPORTS = "review-reports";
  public static final String REVIEW_EVENTS = "review-events";
  public static final String TASKS_PREFIX = "review-tasks-";

  /**
   * Compacted, one per agent ({@link #llmCache}): the LLM's answers by model, prompt version and
   * chunk content.
   */
  public static final String LLM_CACHE = "review-llm-cache";

  /** Compacted, one per agent ({@link #rulesCache}): the rules' results of identical tasks. */
  public static final String RULES_CACHE = "review-rules-cache";

  public static final String DLT_SUFFIX = "-dlt";

  /** Header on every task record: the review id, readable even when the body is not. */
  public static final String REVIEW_ID_HEADER = "reviewpanel-review-id";

  /** Header on every task record: the task id, readable even when the body is not. */
  public static final String TASK_ID_HEADER = "reviewpanel-task-id";

  /**
   * Header on a {@code review-reports} record that revises a report already published for the same
   * review (e.g. its summary); readers that count reports count the first one only.
   */
  public static final String REPORT_REVISION_HEADER = "reviewpanel-report-revision";

  private Topics() {}

  /** The task topic of an agent, e.g. {@code review-tasks-security}. */
  public static String tasks(String agent) {
    return TASKS_PREFIX + AgentId.of(agent).value();
  }

  /**
   * The LLM cache of an agent, e.g. {@code review-llm-cache-security}: its workers are the topic's
   * only writer and reader, as with its task topic.
   */
  public static String llmCache(String agent) {
    return LLM_CACHE + "-" + AgentId.of(agent).value();
  }

  /** The rules cache of an agent, e.g. {@code review-rules-cache-security}. */
  public static String rulesCache(String agent) {
    return RULES_CACHE + "-" + AgentId.of(agent).value();
  }

  /** The dead-letter topic of a topic, e.g. {@code review-requests-dlt}. */
  public static String deadLetter(String topic) {
    return topic + DLT_SUFFIX;
  }
}
