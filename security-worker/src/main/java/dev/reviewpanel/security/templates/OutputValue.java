package dev.reviewpanel.security.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value written into a template is: harmless (a constant, a number, escaped, not data),
 * request data the template reads itself, or of unknown origin.
 */
record OutputValue(OutputValue.Origin origin, String expression) {

  enum Origin {
    HARMLESS,
    REQUEST,
    UNKNOWN
  }

  private static final String LITERAL =
      "(?:\"[^\"]*\"|'[^']*'|`[^`$]*`|-?\\d+(?:\\.\\d+)?|true|false|null|None|True|False|)";
  private static final Pattern CONSTANT = Pattern.compile("^" + LITERAL + "$");
  private static final Pattern CHOICE_OF_CONSTANTS =
      Pattern.compile(
          "^[^?]+\\?\\s*"
              + LITERAL
              + "\\s*:\\s*"
              + LITERAL
              + "$|^"
              + LITERAL
              + "\\s+if\\s+.+\\s+else\\s+"
              + LITERAL
              + "$");
  private static final Pattern COMPARISON =
      Pattern.compile(
          "===?|!==?|<=|>=|\\s(?:eq|ne|lt|gt|le|ge)\\s|^(?:not\\s|empty\\s|!(?!=))|\\s(?:<|>)\\s");
  private static final Pattern VARIABLE = Pattern.compile("^([A-Za-z_$][\\w$]*)(.*)$");
  private static final int MAX_DEPTH = 4;

  static OutputValue of(TemplateEngine engine, TemplateText text, String written) {
    return classify(engine, text, unwrap(engine, written.strip()), 0);
  }

  private static String unwrap(TemplateEngine engine, String expression) {
    if (engine.unwrap() != null) {
      Matcher m = engine.unwrap().matcher(expression);
      if (m.matches()) {
        return m.group("expr").strip();
      }
    }
    return expression;
  }

  private static OutputValue classify(
      TemplateEngine engine, TemplateText text, String expression, int depth) {
    List<String> parts = filters(engine, expression);
    String base = parts.get(0).strip();
    for (String filter : parts.subList(1, parts.size())) {
      if (engine.safeFilters().contains(filterName(filter))) {
        return new OutputValue(Origin.HARMLESS, base);
      }
    }
    if (base.isEmpty()
        || CONSTANT.matcher(base).matches()
        || CHOICE_OF_CONSTANTS.matcher(base).matches()
        || (COMPARISON.matcher(base).find() && !base.contains("?"))
        || matches(engine.ignore(), base)
        || matches(engine.escapes(), base)) {
      return new OutputValue(Origin.HARMLESS, base);
    }
    if (matches(engine.request(), base)) {
      return new OutputValue(Origin.REQUEST, base);
    }
    Matcher variable = VARIABLE.matcher(base);
    if (depth < MAX_DEPTH && variable.matches()) {
      String value = text.assigned(variable.group(1));
      if (value != null) {
        OutputValue of = classify(engine, text, value, depth + 1);
        boolean whole = variable.group(2).isBlank();
        if (of.origin == Origin.REQUEST || whole) {
          return new OutputValue(of.origin, base);
        }
      }
    }
    return new OutputValue(Origin.UNKNOWN, base);
  }

  private static boolean matches(List<Pattern> patterns, String expression) {
    return patterns.stream().anyMatch(p -> p.matcher(expression).find());
  }

  // "x|default('')|safe" as [x, default(''), safe]: split at the engine's filter separator
  // outside parentheses and quotes
  private static List<String> filters(TemplateEngine engine, String expression) {
    List<String> parts = new ArrayList<>();
    if (engine.filters() == null) {
      parts.add(expression);
      return parts;
    }
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (depth == 0
          && engine.filters().matcher(String.valueOf(c)).matches()
          && !(i + 1 < expression.length() && expression.charAt(i + 1) == c)
          && !(i > 0 && expression.charAt(i - 1) == c)) {
        parts.add(expression.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(expression.substring(start));
    return parts;
  }

  private static String filterName(String filter) {
    Matcher name = Pattern.compile("^\\s*(\\w+)").matcher(filter);
    return name.find() ? name.group(1) : "";
  }
}
