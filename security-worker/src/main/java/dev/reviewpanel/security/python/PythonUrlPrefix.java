package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.ReachingDefinitions.Reaching;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Whether a URL starts with a constant part that pins where it goes: {@code
 * f"https://api.github.com/users/{name}"} cannot leave api.github.com, {@code f"/users/{id}"} stays
 * on the same site. Request data after such a prefix only chooses a path or a query.
 */
final class PythonUrlPrefix {

  /** A scheme and host followed by a path, query or fragment. */
  static final Pattern FIXED_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#{}]+[/?#].*");

  /** A path on the same site: one slash, not a protocol-relative {@code //host}. */
  static final Pattern RELATIVE = Pattern.compile("^/(?![/\\\\]).*");

  private static final int MAX_DEPTH = 8;

  private PythonUrlPrefix() {}

  /** True when every value {@code url} can have starts with a constant matching {@code prefix}. */
  static boolean pinned(TSNode url, Pattern prefix, SyntaxTree tree, PythonValues values) {
    return pinned(url, prefix, tree, values, 0);
  }

  private static boolean pinned(
      TSNode url, Pattern prefix, SyntaxTree tree, PythonValues values, int depth) {
    if (url == null || url.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    switch (url.getType()) {
      case "string":
        return prefix.matcher(leadingText(url, tree)).matches();
      case "binary_operator":
        return pinned(url.getChildByFieldName("left"), prefix, tree, values, depth + 1);
      case "parenthesized_expression":
        return pinned(url.getNamedChild(0), prefix, tree, values, depth + 1);
      case "call":
        TSNode function = url.getChildByFieldName("function");
        return function.getType().equals("attribute")
            && tree.text(function.getChildByFieldName("attribute")).equals("format")
            && pinned(function.getChildByFieldName("object"), prefix, tree, values, depth + 1);
      case "identifier":
        Reaching reaching = values.reaching(url);
        return !(reaching.initialReaches() && values.isParameter(url))
            && !reaching.values().isEmpty()
            && reaching.values().stream().allMatch(v -> pinned(v, prefix, tree, values, depth + 1));
      default:
        return false;
    }
  }

  // The literal text before the first interpolation, without prefix letters and quotes.
  private static String leadingText(TSNode string, SyntaxTree tree) {
    String text = tree.text(string);
    int end = text.length();
    for (int i = 0; i < string.getNamedChildCount(); i++) {
      TSNode child = string.getNamedChild(i);
      if (child.getType().equals("interpolation")) {
        end = child.getStartByte() - string.getStartByte();
        break;
      }
    }
    return text.substring(0, end).replaceFirst("^[rbufRBUF]*(\"\"\"|'''|\"|')", "");
  }
}
