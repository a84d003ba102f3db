package dev.reviewpanel.worker.task;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Headers the coordinator puts on every task record, so a worker can name the review and task of a
 * record whose body it cannot read.
 */
public final class TaskHeaders {

  public static final String REVIEW_ID = "reviewpanel-review-id";
  public static final String TASK_ID = "reviewpanel-task-id";

  private TaskHeaders() {}

  /** The last value of header {@code name} as UTF-8, or null. */
  static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
