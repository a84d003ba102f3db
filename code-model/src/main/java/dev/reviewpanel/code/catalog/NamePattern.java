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
 */
public final class NamePattern {

  private final String source;
  private final Pattern regex;
  private final Set<String> lastSegments;
  private final Set<String> firstSegments;

  private NamePattern(
      String source, Pattern regex, Set<String> lastSegments, Set<String> firstSegments) {
    this.source = source;
    this.regex = regex;
    this.lastSegments = lastSegments;
    this.firstSegments = firstSegments;
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
    }
    return new NamePattern(
        pattern,
        Pattern.compile(regex.toString()),
        indexable ? Set.copyOf(last) : null,
        firstIndexable ? Set.copyOf(first) : null);
  }

  /**
   * The names the first segment can have, for indexing patterns whose last segment is a wildcard
   * ({@code Math.*}); null when the first segment has one too.
   */
  public Set<String> firstSegments() {
    return firstSegments;
  }

  public boolean matches(String name) {
    return regex.matcher(name).matches();
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
