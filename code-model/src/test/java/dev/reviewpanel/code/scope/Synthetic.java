package dev.reviewpanel.code.scope;

/** Source text shaped like real minified and hand-written files, written here (never copied). */
final class Synthetic {

  private Synthetic() {}

  /** About {@code chars} characters of minifier-style JavaScript on {@code lines} lines. */
  static String minified(int chars, int lines) {
    StringBuilder text = new StringBuilder("!function(e,t){\"use strict\";");
    int perLine = chars / lines;
    int lineStart = 0;
    for (int i = 0; text.length() < chars; i++) {
      text.append("var a")
          .append(i)
          .append("=function(n,r){return n&&r?e.call(t,n[")
          .append(i % 7)
          .append("],r):void 0},b")
          .append(i)
          .append("=a")
          .append(i)
          .append("(e.x,t.y);");
      if (text.length() - lineStart >= perLine) {
        text.append('\n');
        lineStart = text.length();
      }
    }
    return text.append("}(window,document);").toString();
  }

  /** A hand-written module of {@code lines} ordinary lines plus one literal line this long. */
  static String handWritten(int lines, int longLiteral) {
    StringBuilder text = new StringBuilder("'use strict';\n\nconst ICON = 'data:image/png;base64,");
    text.append("iVBORw0KGgo".repeat(longLiteral / 11)).append("';\n\n");
    for (int i = 0; i < lines; i++) {
      text.append("function handler")
          .append(i)
          .append("(request, response) {\n  const id = Number(request.params.id);\n")
          .append("  return response.json({ id, icon: ICON });\n}\n\n");
    }
    return text.toString();
  }

  /**
   * {@code functions} functions packed ShrinkSafe-style: parameters renamed, the layout stripped, a
   * line break kept after a block here and there, so no line is long.
   */
  static String packed(int functions) {
    StringBuilder text = new StringBuilder("//Version: 1.0\n");
    for (int i = 0; i < functions; i++) {
      text.append("function lib_move")
          .append(i)
          .append("(_1,_2){if(!lib_isActive||!_2){return;}\nvar _3=lib_tips.get(_1.id);")
          .append(
              "if(_3==null||_3.get(\"status\")==\"\"){_3=lib_create(_2,_1.getAttribute(\"title\"));}")
          .append(
              "_3.set(\"status\",\"active\");lib_setTimeout(lib_run,_3.get(\"delay\"),[_1,_3]);}\n");
    }
    return text.toString();
  }

  /**
   * A hand-written module of {@code functions} ordinary functions, each with one line this long (a
   * message or a pattern written out).
   */
  static String withLongLines(int functions, int longLine) {
    StringBuilder text = new StringBuilder("'use strict';\n\n");
    for (int i = 0; i < functions; i++) {
      text.append("function check")
          .append(i)
          .append("(value) {\n  if (value == null) {\n    throw new Error('")
          .append("the value must be set ".repeat(longLine / 22))
          .append("');\n  }\n  return value.trim();\n}\n\n");
    }
    return text.toString();
  }
}
