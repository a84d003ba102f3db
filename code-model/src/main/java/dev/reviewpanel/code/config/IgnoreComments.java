package dev.reviewpanel.code.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline suppressions of one file: {@code review-panel-ignore[rule-id, ...]: reason} in a
 * comment of any syntax ({@code //}, {@code #}, {@code /* *}{@code /}, {@code <!-- -->}, {@code {#
 * #}}). One applies to a finding on its own line or on the line below it; stacked comment lines
 * above a finding all apply to it.
 */
public final class IgnoreComments {

  static final String MARKER = "review-panel-ignore[";

  // The marker after a comment opener on the same line; the reason runs to the comment's end.
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?://|#|/\\*|<!--|\\{#|<%#|\\{\\{!|^\\s*\\*).*?review-panel-ignore\\[([^\\]]*)\\]"
              + "(?:\\s*:\\s*(.*?))?\\s*(?:\\*/|-->|#\\}|%>|\\}\\})?\\s*$");

  private static final Pattern OWN_LINE =
      Pattern.compile("^\\s*(?://|#|/\\*|<!--|\\{#|<%#|\\{\\{!|\\*)");

  private static final IgnoreComments NONE = new IgnoreComments(List.of());

  private final List<Directive> directives;

  private IgnoreComments(List<Directive> directives) {
    this.directives = directives;
  }

  /** The directives of a file of {@code lineCount} lines read through {@code line} (1-based). */
  public static IgnoreComments scan(IntFunction<String> line, int lineCount) {
    List<Directive> found = new ArrayList<>();
    for (int n = 1; n <= lineCount; n++) {
      String text = line.apply(n);
      if (text.contains(MARKER)) {
        Matcher m = DIRECTIVE.matcher(text);
        if (m.find()) {
          List<String> rules =
              Arrays.stream(m.group(1).split(","))
                  .map(String::strip)
                  .filter(r -> !r.isEmpty())
                  .toList();
          String reason = m.group(2) == null ? "" : m.group(2).strip();
          found.add(new Directive(n, rules, reason, OWN_LINE.matcher(text).find()));
        }
      }
    }
    return found.isEmpty() ? NONE : new IgnoreComments(found);
  }

  /** The directive naming {@code ruleId} that covers a finding starting on {@code line}. */
  public Optional<Directive> covering(String ruleId, int line) {
    if (directives.isEmpty()) {
      return Optional.empty();
    }
    Optional<Directive> here = naming(ruleId, at(line));
    if (here.isPresent() || line <= 1) {
      return here;
    }
    // the line above, and above it a stack of comment lines, the nearest first
    for (int n = line - 1; n >= 1; n--) {
      List<Directive> above = at(n);
      Optional<Directive> named = naming(ruleId, above);
      if (named.isPresent()) {
        return named;
      }
      if (above.isEmpty() || !above.get(0).ownLine()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Directive> naming(String ruleId, List<Directive> directives) {
    return directives.stream().filter(d -> d.rules().contains(ruleId)).findFirst();
  }

  private List<Directive> at(int line) {
    return directives.stream().filter(d -> d.line() == line).toList();
  }

  /**
   * One {@code review-panel-ignore} comment.
   *
   * @param line where it is written
   * @param rules the rule ids it names
   * @param reason the justification; empty when none was given (then it suppresses nothing)
   * @param ownLine true when the comment is alone on its line, so it speaks about the line below
   */
  public record Directive(int line, List<String> rules, String reason, boolean ownLine) {

    public boolean hasReason() {
      return !reason.isEmpty();
    }
  }
}
