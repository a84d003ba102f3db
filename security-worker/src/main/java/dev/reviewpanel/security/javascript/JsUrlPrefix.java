package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.ReachingDefinitions.Reaching;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Whether a URL starts with a constant part that pins where it goes: {@code
 * `https://api.example.com/users/${id}`} cannot leave api.example.com, {@code `/users/${id}`} stays
 * on the same site. Request data after such a prefix only chooses a path or a query.
 */
final class JsUrlPrefix {

  /** A scheme and host followed by a path, query or fragment. */
  static final Pattern FIXED_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#$]+[/?#].*");

  /** A path on the same site: one slash, not a protocol-relative {@code //host}. */
  static final Pattern RELATIVE = Pattern.compile("^/(?![/\\\\]).*");

  private static final int MAX_DEPTH = 8;

  private JsUrlPrefix() {}

  /** True when every value {@code url} can have starts with a constant matching {@code prefix}. */
  static boolean pinned(TSNode url, Pattern prefix, SyntaxTree tree, JsValues values) {
    return pinned(url, prefix, tree, values, 0);
  }

  private static boolean pinned(
      TSNode url, Pattern prefix, SyntaxTree tree, JsValues values, int depth) {
    if (url == null || url.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    switch (url.getType()) {
      case "string":
        return prefix.matcher(tree.text(url).replaceAll("^['\"]|['\"]$", "")).matches();
      case "template_string":
        return prefix.matcher(leadingText(url, tree)).matches();
      case "binary_expression":
        return tree.text(url.getChildByFieldName("operator")).equals("+")
            && pinned(url.getChildByFieldName("left"), prefix, tree, values, depth + 1);
      case "parenthesized_expression", "as_expression", "non_null_expression":
        return pinned(url.getNamedChild(0), prefix, tree, values, depth + 1);
      case "identifier":
        Reaching reaching = values.reaching(url);
        return !(reaching.initialReaches() && values.isParameter(url))
            && !reaching.values().isEmpty()
            && reaching.values().stream().allMatch(v -> pinned(v, prefix, tree, values, depth + 1));
      default:
        return false;
    }
  }

  // The literal text before the first substitution, without the backtick.
  private static String leadingText(TSNode template, SyntaxTree tree) {
    String text = tree.text(template);
    int end = text.length();
    for (int i = 0; i < template.getNamedChildCount(); i++) {
      TSNode child = template.getNamedChild(i);
      if (child.getType().equals("template_substitution")) {
        end = child.getStartByte() - template.getStartByte();
        break;
      }
    }
    return text.substring(1, Math.max(1, end));
  }
}
