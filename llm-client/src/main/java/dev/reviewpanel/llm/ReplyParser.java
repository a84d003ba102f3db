package dev.reviewpanel.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model's answer tolerantly: plain JSON, JSON in a Markdown fence, JSON with prose before
 * or after it, as {@code {"findings": [...]}}, a bare array, or a single finding object. Empty
 * means the answer held no readable JSON at all.
 */
final class ReplyParser {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern FENCE =
      Pattern.compile("```(?:json|JSON)?\\s*\\n?(.*?)```", Pattern.DOTALL);

  private ReplyParser() {}

  static Optional<List<JsonNode>> findings(String reply) {
    if (reply == null || reply.isBlank()) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(reply.strip());
    Matcher fence = FENCE.matcher(reply);
    while (fence.find()) {
      candidates.add(fence.group(1).strip());
    }
    balanced(reply, '{', '}').ifPresent(candidates::add);
    balanced(reply, '[', ']').ifPresent(candidates::add);
    for (String candidate : candidates) {
      Optional<List<JsonNode>> found = read(candidate);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<JsonNode>> read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    if (root == null) {
      return Optional.empty();
    }
    JsonNode list = root.isObject() && root.has("findings") ? root.get("findings") : root;
    List<JsonNode> findings = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(findings::add);
      return Optional.of(findings);
    }
    if (list.isObject() && list.has("startLine")) {
      return Optional.of(List.of(list));
    }
    return Optional.empty();
  }

  /** From the first {@code open} to its matching {@code close}, skipping JSON strings. */
  private static Optional<String> balanced(String text, char open, char close) {
    int start = text.indexOf(open);
    if (start < 0) {
      return Optional.empty();
    }
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return Optional.of(text.substring(start, i + 1));
      }
    }
    return Optional.empty();
  }
}
