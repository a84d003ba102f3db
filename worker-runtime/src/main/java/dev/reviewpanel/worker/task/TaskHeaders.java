package dev.reviewpanel.worker.task;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Reads the text headers of a task record, e.g. the coordinator's {@code Topics.REVIEW_ID_HEADER}
 * and {@code Topics.TASK_ID_HEADER}, which name the review and task of a record whose body cannot
 * be read.
 */
final class TaskHeaders {

  private TaskHeaders() {}

  /** The last value of header {@code name} as UTF-8, or null. */
  static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
