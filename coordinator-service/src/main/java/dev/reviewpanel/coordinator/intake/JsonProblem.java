package dev.reviewpanel.coordinator.intake;

import tools.jackson.databind.DatabindException;

/**
 * What is wrong with a request's JSON, said the same way for REST and Kafka: the field Jackson's
 * reference chain points at ({@code files[0].path}) and the first line of its message, without
 * Jackson's hints about coercion settings, which mean nothing to a client.
 */
final class JsonProblem {

  private JsonProblem() {}

  /** {@code files[0].path}, or null when the whole document is at fault. */
  static String field(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  /** "field files[0].path: Cannot coerce Integer value (12) to `java.lang.String` value". */
  static String describe(DatabindException e) {
    String why =
        firstLine(e.getOriginalMessage()).replaceFirst("\\s*\\(but (could|might) if.*", "");
    String field = field(e);
    return field == null ? why : "field " + field + ": " + why;
  }

  /** The first {@link DatabindException} in {@code error}'s cause chain, or null. */
  static DatabindException find(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof DatabindException databind) {
        return databind;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "body is not a valid review request";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
