package dev.reviewpanel.security.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Reusable blocks of a template (Pug mixins) that write a parameter unescaped: the raw write is
 * reported where the block is called, with the argument as the value.
 */
final class Mixins {

  /** A call passing {@code argument} to a parameter its mixin writes unescaped. */
  record Call(int offset, String argument) {}

  private final List<int[]> bodies = new ArrayList<>();
  private final Map<String, Set<Integer>> rawParameters = new HashMap<>();
  private final List<Call> rawCalls = new ArrayList<>();

  private Mixins() {}

  static Mixins of(TemplateEngine engine, TemplateText text) {
    Mixins mixins = new Mixins();
    TemplateEngine.Macros macros = engine.macros();
    if (macros == null) {
      return mixins;
    }
    Matcher define = macros.define().matcher(text.scanned());
    while (define.find()) {
      int indent = define.group("indent").length();
      int bodyStart = define.end();
      int bodyEnd = bodyEnd(text, text.line(define.start()) + 1, indent);
      mixins.bodies.add(new int[] {define.start(), bodyEnd});
      List<String> parameters = split(define.group("params"), true);
      String body = text.scanned().substring(bodyStart, bodyEnd);
      for (TemplateEngine.Output output : engine.outputs()) {
        Matcher raw = output.pattern().matcher(body);
        while (raw.find()) {
          int index = parameters.indexOf(raw.group("expr").strip());
          if (index >= 0) {
            mixins
                .rawParameters
                .computeIfAbsent(define.group("name"), k -> new TreeSet<>())
                .add(index);
          }
        }
      }
    }
    Matcher call = macros.call().matcher(text.scanned());
    while (call.find()) {
      Set<Integer> raw = mixins.rawParameters.get(call.group("name"));
      if (raw != null && !mixins.insideDefinition(call.start())) {
        List<String> arguments = split(call.group("args"), false);
        for (int index : raw) {
          if (index < arguments.size()) {
            mixins.rawCalls.add(new Call(call.start(), arguments.get(index)));
          }
        }
      }
    }
    return mixins;
  }

  boolean insideDefinition(int offset) {
    return bodies.stream().anyMatch(b -> offset >= b[0] && offset < b[1]);
  }

  List<Call> rawCalls() {
    return List.copyOf(rawCalls);
  }

  // the body: the following lines indented deeper than the definition, blank lines included
  private static int bodyEnd(TemplateText text, int firstLine, int indent) {
    int end = text.lineStart(firstLine);
    for (int line = firstLine; line <= text.lines(); line++) {
      int start = text.lineStart(line);
      int stop = line < text.lines() ? text.lineStart(line + 1) : text.scanned().length();
      String content = text.scanned().substring(start, stop);
      if (!content.isBlank()) {
        int own = content.length() - content.stripLeading().length();
        if (own <= indent) {
          break;
        }
      }
      end = stop;
    }
    return end;
  }

  // "a, b = 1, c" as [a, b, c]: top-level commas, parameter defaults dropped
  private static List<String> split(String list, boolean parameters) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i <= list.length(); i++) {
      char c = i < list.length() ? list.charAt(i) : ',';
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'' || c == '`') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String part = list.substring(start, i).strip();
        int equals = part.indexOf('=');
        parts.add(parameters && equals > 0 ? part.substring(0, equals).strip() : part);
        start = i + 1;
      }
    }
    return parts;
  }
}
