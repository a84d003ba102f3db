package dev.reviewpanel.security.secrets;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scalar settings of a {@code .properties} or YAML file with their full keys ({@code
 * spring.datasource.password}) and lines. YAML is read by indentation, which covers the maps of
 * configuration files; block scalars, anchors and flow collections are left out.
 */
final class ConfigSettings {

  /** One {@code key = value}: the value unquoted, its comment removed. */
  record Setting(int line, String key, String value) {}

  private static final Pattern PROPERTY =
      Pattern.compile("^\\s*([^#!\\s=:][^\\s=:]*)\\s*[=:\\s]\\s*(.*?)\\s*$");
  private static final Pattern YAML_KEY =
      Pattern.compile("^(\\s*)(-\\s+)?([\\w.\\-/]+|\"[^\"]+\"|'[^']+')\\s*:(?:\\s+(.*?))?\\s*$");

  private ConfigSettings() {}

  static List<Setting> of(ParsedFile file) {
    return file.language() == Language.PROPERTIES ? properties(file) : yaml(file);
  }

  private static List<Setting> properties(ParsedFile file) {
    List<Setting> settings = new ArrayList<>();
    for (int n = 1; n <= file.lineCount(); n++) {
      Matcher matcher = PROPERTY.matcher(file.boundedLine(n));
      if (matcher.matches()) {
        settings.add(new Setting(n, matcher.group(1), matcher.group(2)));
      }
    }
    return settings;
  }

  /** A key of the path to the current line, and the indentation its children have. */
  private record Parent(int indent, String key) {}

  private static List<Setting> yaml(ParsedFile file) {
    List<Setting> settings = new ArrayList<>();
    Deque<Parent> parents = new ArrayDeque<>();
    for (int n = 1; n <= file.lineCount(); n++) {
      String line = file.boundedLine(n);
      if (line.isBlank() || line.strip().startsWith("#") || line.startsWith("---")) {
        continue;
      }
      Matcher matcher = YAML_KEY.matcher(line);
      if (!matcher.matches()) {
        continue;
      }
      // a "- key: value" item is indented as its key, past the dash
      int indent =
          matcher.group(1).length() + (matcher.group(2) == null ? 0 : matcher.group(2).length());
      while (!parents.isEmpty() && parents.peek().indent() >= indent) {
        parents.pop();
      }
      String key = unquote(matcher.group(3));
      String value = matcher.group(4);
      if (value == null || value.isEmpty() || value.startsWith("#")) {
        parents.push(new Parent(indent, key));
      } else if (!"|>&*![{".contains(value.substring(0, 1))) {
        settings.add(new Setting(n, path(parents, key), scalar(value)));
      }
    }
    return settings;
  }

  private static String path(Deque<Parent> parents, String key) {
    List<String> keys = new ArrayList<>();
    parents.descendingIterator().forEachRemaining(parent -> keys.add(parent.key()));
    keys.add(key);
    return String.join(".", keys);
  }

  // "quoted" or 'quoted' up to the closing quote; plain up to a " #" comment
  private static String scalar(String value) {
    char first = value.charAt(0);
    if ((first == '"' || first == '\'') && value.indexOf(first, 1) > 0) {
      return value.substring(1, value.indexOf(first, 1));
    }
    int comment = value.indexOf(" #");
    return (comment < 0 ? value : value.substring(0, comment)).strip();
  }

  private static String unquote(String key) {
    return key.startsWith("\"") || key.startsWith("'") ? key.substring(1, key.length() - 1) : key;
  }
}
