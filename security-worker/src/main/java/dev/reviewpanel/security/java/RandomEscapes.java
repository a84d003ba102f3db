package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.security.java.flow.ScopeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a non-cryptographic random value leaves the program as a credential, whatever its variable
 * is called: a cookie value, a session attribute or a response header.
 */
final class RandomEscapes {

  private static final Set<String> CREDENTIAL_TYPES = Set.of("Cookie", "HttpCookie");
  // Method name -> a word its receiver must mention (session.setAttribute, not request's).
  private static final Map<String, String> STORES =
      Map.of(
          "setAttribute", "session",
          "putValue", "session",
          "setValue", "cookie",
          "setHeader", "",
          "addHeader", "");

  private RandomEscapes() {}

  /** Each node that hands a random value to a cookie, session or header, with what it is. */
  static List<Escape> of(ParsedFile file, RandomValues randoms) {
    List<Escape> escapes = new ArrayList<>();
    for (ObjectCreationExpr creation : JavaNodes.of(file, ObjectCreationExpr.class)) {
      String type = creation.getType().getNameAsString();
      if (CREDENTIAL_TYPES.contains(type) && carries(creation.getArguments(), randoms)) {
        escapes.add(new Escape(creation, "a " + type + " value"));
      }
    }
    for (MethodCallExpr call : JavaNodes.of(file, MethodCallExpr.class)) {
      String receiver = ScopeText.of(call).toLowerCase(Locale.ROOT);
      String needed = STORES.get(call.getNameAsString());
      if (needed != null && receiver.contains(needed) && carries(call.getArguments(), randoms)) {
        escapes.add(new Escape(call, call.getNameAsString() + "()"));
      }
    }
    return escapes;
  }

  private static boolean carries(List<Expression> arguments, RandomValues randoms) {
    return arguments.size() >= 2 && randoms.carriesRandom(arguments.get(arguments.size() - 1))
        || arguments.size() == 1 && randoms.carriesRandom(arguments.get(0));
  }

  record Escape(Node node, String where) {}
}
