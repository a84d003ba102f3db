package dev.reviewpanel.llm;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Arrays;
import java.util.List;

/** The JSON schema of the reviewer's answer: {@code {"findings": [Finding-shaped objects]}}. */
final class FindingsSchema {

  static final JsonSchema SCHEMA =
      JsonSchema.builder()
          .name("review_findings")
          .rootElement(
              JsonObjectSchema.builder()
                  .addProperty(
                      "findings",
                      JsonArraySchema.builder()
                          .items(
                              JsonObjectSchema.builder()
                                  .addStringProperty("path", "the file path as given")
                                  .addIntegerProperty("startLine", "first line, as numbered")
                                  .addIntegerProperty("endLine", "last line, as numbered")
                                  .addStringProperty("category", "kebab-case, e.g. sql-injection")
                                  .addEnumProperty("severity", names(Severity.values()))
                                  .addEnumProperty("confidence", names(Confidence.values()))
                                  .addStringProperty("title", "one line")
                                  .addStringProperty("message", "what is wrong and why")
                                  .addStringProperty("recommendation", "how to fix it")
                                  .addStringProperty("cwe", "e.g. CWE-89, or empty")
                                  .required(
                                      "path",
                                      "startLine",
                                      "endLine",
                                      "category",
                                      "severity",
                                      "confidence",
                                      "title",
                                      "message",
                                      "recommendation")
                                  .build())
                          .build())
                  .required("findings")
                  .build())
          .build();

  private FindingsSchema() {}

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
