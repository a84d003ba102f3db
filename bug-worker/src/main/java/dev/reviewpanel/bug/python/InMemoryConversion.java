package dev.reviewpanel.bug.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A try block of one statement that only converts values the program holds: {@code return
 * int(val)}, {@code revision = str(revision).strip()}, {@code self.expires_at =
 * int(response.get('expires_at'))}. What it can fail with is the conversion's own error, the one a
 * fallback is written for; it reads no file, socket or connection whose failure the fallback would
 * hide ({@code return self.stat().st_size} does).
 */
final class InMemoryConversion {

  // builtins that make a value of another type from a value in hand
  private static final Set<String> CONVERTERS =
      Set.of(
          "int",
          "float",
          "str",
          "bytes",
          "bytearray",
          "bool",
          "complex",
          "repr",
          "ascii",
          "ord",
          "chr",
          "hex",
          "oct",
          "bin",
          "abs",
          "round",
          "len",
          "tuple",
          "list",
          "dict",
          "set",
          "frozenset",
          "unicode",
          "long",
          "Decimal",
          "decimal.Decimal",
          "Fraction");
  // methods of strings and bytes that make another string
  private static final Set<String> STRING_METHODS =
      Set.of(
          "strip", "lstrip", "rstrip", "lower", "upper", "title", "encode", "decode", "split",
          "rsplit", "join", "replace", "format", "zfill");

  private InMemoryConversion() {}

  static boolean only(SyntaxTree tree, TSNode tried) {
    TSNode statement = single(tried);
    if (statement == null) {
      return false;
    }
    TSNode value;
    if (statement.getType().equals("return_statement") && statement.getNamedChildCount() == 1) {
      value = statement.getNamedChild(0);
    } else if (statement.getType().equals("expression_statement")
        && statement.getNamedChild(0).getType().equals("assignment")) {
      value = statement.getNamedChild(0).getChildByFieldName("right");
    } else {
      return false;
    }
    if (value.isNull()) {
      return false;
    }
    boolean[] converts = {false};
    boolean[] other = {false};
    SyntaxTree.walk(
        value,
        n -> {
          if (n.getType().equals("call")) {
            if (converts(tree, n)) {
              converts[0] = true;
            } else {
              other[0] = true;
            }
          } else if (n.getType().equals("await") || n.getType().equals("yield")) {
            other[0] = true;
          }
        });
    return converts[0] && !other[0];
  }

  private static boolean converts(SyntaxTree tree, TSNode call) {
    TSNode function = call.getChildByFieldName("function");
    String callee = tree.text(function);
    if (CONVERTERS.contains(callee)) {
      return true;
    }
    if (!function.getType().equals("attribute")) {
      return false;
    }
    String method = tree.text(function.getChildByFieldName("attribute"));
    return STRING_METHODS.contains(method) || method.equals("get") && literalKey(tree, call);
  }

  // response.get('expires_at'): a lookup by a key written in the code, not a request to a URL
  private static boolean literalKey(SyntaxTree tree, TSNode call) {
    TSNode arguments = call.getChildByFieldName("arguments");
    if (arguments.isNull() || arguments.getNamedChildCount() == 0) {
      return false;
    }
    TSNode key = arguments.getNamedChild(0);
    return key.getType().equals("string") && tree.text(key).matches("[rbuRBU]?['\"]\\w+['\"]");
  }

  private static TSNode single(TSNode tried) {
    TSNode found = null;
    for (int i = 0; tried != null && !tried.isNull() && i < tried.getNamedChildCount(); i++) {
      TSNode statement = tried.getNamedChild(i);
      if (!statement.getType().equals("comment")) {
        if (found != null) {
          return null;
        }
        found = statement;
      }
    }
    return found;
  }
}
