package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sensitive cookie without the Secure flag (CWE-614): a servlet {@code Cookie} added to the
 * response without {@code setSecure(true)} in the same method, or with {@code setSecure(false)}.
 * LOW when its value is a locale: a language preference, nothing secret.
 */
@Component
public class InsecureCookieAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.insecure-cookie",
          "insecure-cookie",
          "CWE-614",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Cookie without the Secure flag",
          "Call setSecure(true) and setHttpOnly(true) on every cookie you add (or configure"
              + " server.servlet.session.cookie.secure), so it never travels over plain HTTP.");

  static final Rule PREFERENCE = RULE.at(Severity.LOW, Confidence.HIGH);

  /** Calls that turn a locale into the text a cookie holds. */
  private static final Set<String> LOCALE_TEXT =
      Set.of("toString", "toLanguageTag", "getLanguage", "getCountry");

  @Override
  public String name() {
    return "java-insecure-cookie";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    Set<String> secured = new HashSet<>();
    Set<String> httpOnly = new HashSet<>();
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (call.getArguments().size() == 1 && isTrue(call, method)) {
        Set<String> target =
            switch (call.getNameAsString()) {
              case "setSecure" -> secured;
              case "setHttpOnly" -> httpOnly;
              default -> null;
            };
        if (target != null) {
          call.getScope().flatMap(MethodFlow::rootName).ifPresent(target::add);
        }
      }
    }
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (!call.getNameAsString().equals("addCookie") || call.getArguments().size() != 1) {
        continue;
      }
      String cookie = MethodFlow.rootName(call.getArgument(0)).orElse("");
      // Made here: a cookie received as a parameter or read from the request is someone else's
      // (a facade forwarding its caller's cookie, a saved request copying the client's cookies).
      boolean created =
          call.getArgument(0).isObjectCreationExpr()
              || MethodFlow.root(call.getArgument(0))
                      .flatMap(method::typeOf)
                      .map(InsecureCookieAnalyzer::isCookieType)
                      .orElse(false)
                  && creationOf(method, cookie).isPresent();
      if (created && !secured.contains(cookie)) {
        String missing = httpOnly.contains(cookie) ? "Secure" : "Secure and HttpOnly";
        Node where = creationOf(method, cookie).orElse(call);
        String message =
            "Cookie without the Secure flag (CWE-614): cookie "
                + (cookie.isEmpty() ? "" : "'" + cookie + "' ")
                + "is added to the response without the "
                + missing
                + " flag, so it may be sent over plain HTTP";
        if (holdsLocale(where, method)) {
          report(
              findings,
              PREFERENCE,
              where,
              message
                  + "; LOW, as its value is a locale (a language preference): nothing secret"
                  + " travels in it.");
        } else {
          report(findings, RULE, where, message + ".");
        }
      }
    }
  }

  // new Cookie(name, locale.toString()): the value is the user's language, which the pages
  // served in it show anyway
  private static boolean holdsLocale(Node creation, MethodFlow method) {
    if (!(creation instanceof ObjectCreationExpr created) || created.getArguments().size() != 2) {
      return false;
    }
    Expression value = created.getArgument(1);
    for (Expression current = value;
        current.isMethodCallExpr();
        current = current.asMethodCallExpr().getScope().orElse(current)) {
      if (!LOCALE_TEXT.contains(current.asMethodCallExpr().getNameAsString())
          || current.asMethodCallExpr().getScope().isEmpty()) {
        return false;
      }
    }
    return MethodFlow.root(value).flatMap(method::typeOf).filter("Locale"::equals).isPresent();
  }

  // Reported where the cookie is made: that is where the missing setSecure(true) belongs.
  private static Optional<Node> creationOf(MethodFlow method, String cookie) {
    return method.own(VariableDeclarator.class).stream()
        .filter(v -> v.getNameAsString().equals(cookie))
        .filter(v -> v.getInitializer().filter(Expression::isObjectCreationExpr).isPresent())
        .<Node>map(v -> v.getInitializer().get())
        .findFirst();
  }

  private static boolean isCookieType(String type) {
    return type.equals("Cookie") || type.endsWith(".Cookie") || type.equals("var");
  }

  // setSecure(true), or setSecure(flag) with a flag we cannot fold to false.
  private static boolean isTrue(MethodCallExpr call, MethodFlow method) {
    if (call.getArgument(0) instanceof BooleanLiteralExpr literal) {
      return literal.getValue();
    }
    return !method.constantOf(call.getArgument(0)).map(Boolean.FALSE::equals).orElse(false);
  }
}
