package dev.reviewpanel.security.java;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
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
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reflected cross-site scripting (CWE-79): request data written without HTML encoding to the
 * servlet response's writer or output stream, or returned inside markup from a
 * {@code @ResponseBody}/{@code @RestController} handler.
 */
@Component
public class XssAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.xss",
          "xss",
          "CWE-79",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Cross-site scripting",
          "HTML-encode request data before writing it (OWASP Encoder Encode.forHtml, Spring"
              + " HtmlUtils.htmlEscape), or render through an auto-escaping template engine.");

  private static final Set<String> WRITES =
      Set.of("print", "println", "write", "printf", "format", "append");
  private static final Set<String> RESPONSE_STREAMS = Set.of("getWriter", "getOutputStream");
  private static final Pattern RESPONSE_NAME =
      Pattern.compile("(?i)resp|res|response|\\w*Response");

  @Override
  public String name() {
    return "java-xss";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    List<MethodCallExpr> calls = method.own(MethodCallExpr.class);
    Set<String> writers = responseWriters(method);
    for (MethodCallExpr call : calls) {
      if (!WRITES.contains(call.getNameAsString())
          || call.getScope().isEmpty()
          || !isResponseStream(call.getScope().get(), method, writers)) {
        continue;
      }
      for (Expression argument : call.getArguments()) {
        if (method.flowOf(argument).exposedTo(Exposure.HTML)) {
          reportTaint(
              findings,
              RULE,
              call,
              method,
              argument,
              Exposure.HTML,
              "response " + call.getNameAsString() + " (not HTML-encoded)");
          break;
        }
      }
    }
    if (method.returnsResponseBody()) {
      inspectReturns(method, findings);
    }
  }

  // A @ResponseBody String that assembles markup around request data is rendered as HTML.
  private static void inspectReturns(MethodFlow method, Findings findings) {
    for (ReturnStmt statement : method.own(ReturnStmt.class)) {
      boolean inLambda = statement.findAncestor(LambdaExpr.class).isPresent();
      statement
          .getExpression()
          .filter(value -> !inLambda && method.flowOf(value).exposedTo(Exposure.HTML))
          .filter(value -> containsMarkup(value, method))
          .ifPresent(
              value ->
                  reportTaint(
                      findings,
                      RULE,
                      statement,
                      method,
                      value,
                      Exposure.HTML,
                      "@ResponseBody HTML (not HTML-encoded)"));
    }
  }

  private static boolean containsMarkup(Expression value, MethodFlow method) {
    if (!value.findAll(StringLiteralExpr.class, l -> l.getValue().contains("<")).isEmpty()) {
      return true;
    }
    return MethodFlow.rootName(value).stream()
        .flatMap(name -> method.valuesOf(name).stream())
        .anyMatch(
            v -> !v.findAll(StringLiteralExpr.class, l -> l.getValue().contains("<")).isEmpty());
  }

  // Locals holding the response's writer or stream: PrintWriter out = response.getWriter();
  private static Set<String> responseWriters(MethodFlow method) {
    Set<String> writers = new HashSet<>();
    for (VariableDeclarator variable : method.own(VariableDeclarator.class)) {
      if (variable
          .getInitializer()
          .filter(i -> isResponseStream(i, method, Set.of()))
          .isPresent()) {
        writers.add(variable.getNameAsString());
      }
    }
    return writers;
  }

  // Follows a call chain down to getWriter()/getOutputStream() on the response, or a writer local.
  private static boolean isResponseStream(
      Expression scope, MethodFlow method, Set<String> writers) {
    Expression current = scope;
    while (current.isMethodCallExpr()) {
      MethodCallExpr call = current.asMethodCallExpr();
      if (call.getScope().isEmpty()) {
        return false;
      }
      if (RESPONSE_STREAMS.contains(call.getNameAsString())) {
        return isResponse(call.getScope().get(), method);
      }
      current = call.getScope().get();
    }
    return current.isNameExpr() && writers.contains(current.asNameExpr().getNameAsString());
  }

  private static boolean isResponse(Expression expression, MethodFlow method) {
    return MethodFlow.rootName(expression)
        .map(
            name ->
                method.typeOf(name).map(t -> t.endsWith("Response")).orElse(false)
                    || RESPONSE_NAME.matcher(name).matches())
        .orElse(false);
  }
}
