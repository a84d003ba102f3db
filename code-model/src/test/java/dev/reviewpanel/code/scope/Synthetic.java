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
}
