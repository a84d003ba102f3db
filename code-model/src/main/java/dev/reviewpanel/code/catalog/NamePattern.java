package dev.reviewpanel.code.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dotted-name pattern of the catalog, matched against the whole name of a call, an access or a
 * decorator: {@code subprocess.run}, {@code *.execute} (any receiver), {@code request.{args,form}}
 * (alternatives), {@code $queryRaw*} ({@code *} inside a segment: any characters but a dot), and
 * several patterns separated by {@code |}.
 *
 * <p>Most patterns are literal names ({@code subprocess.{run,call}}) or a literal name on any
 * receiver ({@code *.execute}): those are matched by set lookup and suffix, the rest by a regular
 * expression. Both give the same answer on every name; the expression is always compiled, so a
 * malformed pattern is refused either way.
 */
public final class NamePattern {

  private final String source;
  private final Pattern regex;
  private final Set<String> lastSegments;
  private final Set<String> firstSegments;
  // when every alternative is literal or "*." and a literal: the names, and the ".suffix"es
  private final Set<String> literals;
  private final List<String> anyReceiver;

  private NamePattern(
      String source,
      Pattern regex,
      Set<String> lastSegments,
      Set<String> firstSegments,
      Set<String> literals,
      List<String> anyReceiver) {
    this.source = source;
    this.regex = regex;
    this.lastSegments = lastSegments;
    this.firstSegments = firstSegments;
    this.literals = literals;
    this.anyReceiver = anyReceiver;
  }

  /** Parses a pattern; throws {@link IllegalArgumentException} with the reason when malformed. */
  public static NamePattern of(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("empty name pattern");
    }
    StringBuilder regex = new StringBuilder();
    Set<String> last = new LinkedHashSet<>();
    Set<String> first = new LinkedHashSet<>();
    boolean indexable = true;
    boolean firstIndexable = true;
    Set<String> literals = new LinkedHashSet<>();
    Set<String> anyReceiver = new LinkedHashSet<>();
    boolean literal = true;
    for (String alternative : splitTop(pattern, '|')) {
      if (!regex.isEmpty()) {
        regex.append('|');
      }
      regex.append("(?:").append(alternative(alternative.strip())).append(')');
      String[] segments = alternative.strip().split("\\.(?![^{]*})");
      String start = segments[0];
      if (start.contains("*") || segments.length < 2) {
        firstIndexable = false;
      } else {
        // {numpy,np}.random.*: each expansion's first segment
        expand(start).forEach(e -> first.add(e.contains(".") ? e.substring(0, e.indexOf('.')) : e));
      }
      String end = segments[segments.length - 1];
      if (end.contains("*")) {
        indexable = false;
      } else {
        // {location,window.location}: the index wants the last segment of each expansion
        expand(end).forEach(e -> last.add(e.substring(e.lastIndexOf('.') + 1)));
      }
      literal &= literalForm(alternative.strip(), literals, anyReceiver);
    }
    return new NamePattern(
        pattern,
        Pattern.compile(regex.toString()),
        indexable ? Set.copyOf(last) : null,
        firstIndexable ? Set.copyOf(first) : null,
        literal ? Set.copyOf(literals) : null,
        literal ? List.copyOf(anyReceiver) : null);
  }

  /**
   * Adds the names {@code alternative} stands for to {@code literals} (no wildcard) or, for {@code
   * *.rest} with a literal rest, ".rest" to {@code anyReceiver}; false when it has another form.
   */
  private static boolean literalForm(
      String alternative, Set<String> literals, Set<String> anyReceiver) {
    boolean receiver = alternative.startsWith("*.");
    String rest = receiver ? alternative.substring(2) : alternative;
    if (rest.isEmpty() || rest.indexOf('*') >= 0 || !simpleBraces(rest)) {
      return false;
    }
    for (String name : expand(rest)) {
      if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
        return false;
      }
      if (receiver) {
        anyReceiver.add("." + name);
      } else {
        literals.add(name);
      }
    }
    return true;
  }

  // Braces that open and close in turn, none nested or left open: expand() reads them as the
  // expression does.
  private static boolean simpleBraces(String text) {
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        if (open) {
          return false;
        }
        open = true;
      } else if (c == '}') {
        if (!open) {
          return false;
        }
        open = false;
      }
    }
    return !open;
  }

  /**
   * The names the first segment can have, for indexing patterns whose last segment is a wildcard
   * ({@code Math.*}); null when the first segment has one too.
   */
  public Set<String> firstSegments() {
    return firstSegments;
  }

  public boolean matches(String name) {
    if (literals == null) {
      return regex.matcher(name).matches();
    }
    if (literals.contains(name)) {
      return true;
    }
    for (String suffix : anyReceiver) {
      if (name.length() > suffix.length()
          && name.endsWith(suffix)
          && anyReceiverPart(name, name.length() - suffix.length())) {
        return true;
      }
    }
    return false;
  }

  /** The regular expression's answer, which {@link #matches} gives faster. */
  boolean matchesByExpression(String name) {
    return regex.matcher(name).matches();
  }

  // "*" stands for ".+", and "." matches any character but a line terminator
  private static boolean anyReceiverPart(String name, int end) {
    for (int i = 0; i < end; i++) {
      char c = name.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** The names the last segment can have, for indexing; null when it has a wildcard. */
  public Set<String> lastSegments() {
    return lastSegments;
  }

  @Override
  public String toString() {
    return source;
  }

  private static String alternative(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty alternative in name pattern");
    }
    StringBuilder out = new StringBuilder();
    List<String> segments = splitTop(text, '.');
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("empty segment in name pattern '" + text + "'");
      }
      if (i > 0) {
        out.append("\\.");
      }
      if (segment.equals("*")) {
        // a whole-segment wildcard stands for one or more segments: any receiver
        out.append(".+");
      } else {
        out.append(segment(segment));
      }
    }
    return out.toString();
  }

  private static String segment(String segment) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      if (c == '*') {
        out.append("[^.]*");
      } else if (c == '{') {
        int close = segment.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException(
              "unclosed '{' in name pattern segment '" + segment + "'");
        }
        List<String> options = new ArrayList<>();
        for (String option : segment.substring(i + 1, close).split(",")) {
          options.add(option(option.strip()));
        }
        out.append("(?:").append(String.join("|", options)).append(')');
        i = close;
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return out.toString();
  }

  // {*Request,request}: a wildcard inside one segment's option; dotted options stay literal
  private static String option(String option) {
    if (!option.contains("*") || option.contains(".")) {
      return Pattern.quote(option);
    }
    StringBuilder out = new StringBuilder();
    String[] parts = option.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append("[^.]*");
      }
      if (!parts[i].isEmpty()) {
        out.append(Pattern.quote(parts[i]));
      }
    }
    return out.toString();
  }

  private static Set<String> expand(String segment) {
    int open = segment.indexOf('{');
    if (open < 0) {
      return Set.of(segment);
    }
    int close = segment.indexOf('}', open);
    Set<String> out = new LinkedHashSet<>();
    for (String option : segment.substring(open + 1, close).split(",")) {
      out.addAll(
          expand(segment.substring(0, open) + option.strip() + segment.substring(close + 1)));
    }
    return out;
  }

  // Splits on a separator outside braces.
  private static List<String> splitTop(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == separator && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
