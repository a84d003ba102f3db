package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Open redirect (CWE-601): request data used as a redirect target ({@code sendRedirect}, {@code
 * "redirect:" + url}, {@code RedirectView}, a {@code Location} header) without being checked. A
 * variable compared against allowed values ({@code startsWith}, {@code equals}, {@code contains},
 * an {@code isAllowed...} call) counts as checked.
 */
@Component
public class OpenRedirectAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.open-redirect",
          "redirect",
          "CWE-601",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Open redirect",
          "Redirect only to relative paths or to targets on an allow-list; map user input to a"
              + " known destination instead of redirecting to it.");

  private static final Set<String> CHECKS =
      Set.of("startsWith", "equals", "equalsIgnoreCase", "contains", "matches", "containsKey");
  private static final Set<String> CHECKER_WORDS =
      Set.of("allow", "valid", "safe", "trust", "permit");

  @Override
  public String name() {
    return "java-open-redirect";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    Set<String> checked = checkedNames(method);
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      boolean locationHeader =
          (name.equals("setHeader") || name.equals("addHeader") || name.equals("header"))
              && call.getArguments().size() == 2
              && call.getArgument(0).isStringLiteralExpr()
              && call.getArgument(0).asStringLiteralExpr().getValue().equalsIgnoreCase("Location");
      if (name.equals("sendRedirect") && call.getArguments().size() == 1) {
        check(method, checked, call, call.getArgument(0), findings);
      } else if (locationHeader) {
        check(method, checked, call, call.getArgument(1), findings);
      }
    }
    for (ObjectCreationExpr creation : method.own(ObjectCreationExpr.class)) {
      if (creation.getType().getNameAsString().equals("RedirectView")
          && !creation.getArguments().isEmpty()) {
        check(method, checked, creation, creation.getArgument(0), findings);
      }
    }
    if (method.isRequestHandler()) {
      for (ReturnStmt statement : method.own(ReturnStmt.class)) {
        statement
            .getExpression()
            .filter(OpenRedirectAnalyzer::isRedirectView)
            .ifPresent(value -> check(method, checked, statement, value, findings));
      }
    }
  }

  private static void check(
      MethodFlow method, Set<String> checked, Node sink, Expression target, Findings findings) {
    boolean validated =
        target.findAll(NameExpr.class).stream()
            .anyMatch(n -> checked.contains(n.getNameAsString()));
    if (!validated
        && !staysOnThisHost(method, target)
        && method.flowOf(target).exposedTo(Exposure.REDIRECT)) {
      reportTaint(findings, RULE, sink, method, target, Exposure.REDIRECT, "redirect target");
    }
  }

  // "/orders/" + id: a constant local path in front keeps the target on this host, whatever
  // follows; "//" and "/\\" would start a network path, so they do not count.
  private static boolean staysOnThisHost(MethodFlow method, Expression target) {
    Expression leftmost = target;
    while (leftmost.isBinaryExpr()) {
      leftmost = leftmost.asBinaryExpr().getLeft();
    }
    if (leftmost == target) {
      return false;
    }
    String prefix =
        method
            .constantOf(leftmost)
            .filter(String.class::isInstance)
            .map(String.class::cast)
            .orElse("");
    if (prefix.startsWith("redirect:")) {
      prefix = prefix.substring("redirect:".length());
    }
    return prefix.length() >= 2
        && prefix.charAt(0) == '/'
        && prefix.charAt(1) != '/'
        && prefix.charAt(1) != '\\';
  }

  // "redirect:" + url, Spring MVC's view-name form of a redirect.
  private static boolean isRedirectView(Expression value) {
    return value.isBinaryExpr()
        && value.findAll(StringLiteralExpr.class).stream()
            .anyMatch(l -> l.getValue().startsWith("redirect:"));
  }

  private static Set<String> checkedNames(MethodFlow method) {
    Set<String> checked = new HashSet<>();
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (CHECKS.contains(name)) {
        call.getScope().flatMap(MethodFlow::rootName).ifPresent(checked::add);
        call.getArguments().forEach(a -> MethodFlow.rootName(a).ifPresent(checked::add));
      } else if (CHECKER_WORDS.stream().anyMatch(lower::contains)) {
        List<Expression> arguments = call.getArguments();
        arguments.forEach(a -> MethodFlow.rootName(a).ifPresent(checked::add));
      }
    }
    return checked;
  }
}
