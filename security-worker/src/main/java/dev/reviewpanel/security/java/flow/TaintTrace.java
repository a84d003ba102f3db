package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A short source → sink trace for a finding message, e.g. {@code request parameter 'id' → query →
 * Statement.executeQuery}: follows the tainted variables of one method back to their source.
 */
public final class TaintTrace {

  private static final int MAX_HOPS = 6;
  private static final String ARROW = " → ";

  private TaintTrace() {}

  /** The trace of {@code value} reaching {@code sink} for {@code exposure}, as one line. */
  public static String of(MethodFlow method, Expression value, Exposure exposure, String sink) {
    List<String> steps = new ArrayList<>();
    String source = follow(method, value, exposure, steps, new HashSet<>());
    List<String> trace = new ArrayList<>();
    trace.add(source);
    for (int i = steps.size() - 1; i >= 0; i--) {
      trace.add(steps.get(i));
    }
    trace.add(sink);
    return String.join(ARROW, trace);
  }

  // Collects variable names from sink back to source; returns the source's description.
  private static String follow(
      MethodFlow method,
      Expression value,
      Exposure exposure,
      List<String> steps,
      Set<String> seen) {
    Optional<String> direct = directSource(method, value);
    if (direct.isPresent()) {
      return direct.get();
    }
    for (NameExpr name : names(value)) {
      String variable = name.getNameAsString();
      if (seen.size() >= MAX_HOPS
          || !method.flowOfName(variable).exposedTo(exposure)
          || !seen.add(variable)) {
        continue;
      }
      Optional<Parameter> parameter =
          method.callable().getParameters().stream()
              .filter(p -> p.getNameAsString().equals(variable))
              .findFirst();
      if (parameter.isPresent()) {
        return method.isRequestHandler() || !method.isTaintedByCallers(variable)
            ? parameterSource(parameter.get())
            : "request data passed by a caller as '" + variable + "'";
      }
      steps.add(variable);
      for (Expression assigned : method.valuesOf(variable)) {
        if (method.flowOf(assigned).exposedTo(exposure)) {
          return follow(method, assigned, exposure, steps, seen);
        }
      }
      return "untrusted data";
    }
    return "untrusted data";
  }

  private static List<NameExpr> names(Expression value) {
    if (value.isNameExpr()) {
      return List.of(value.asNameExpr());
    }
    return value.findAll(NameExpr.class);
  }

  private static Optional<String> directSource(MethodFlow method, Expression value) {
    List<MethodCallExpr> calls = new ArrayList<>();
    if (value.isMethodCallExpr()) {
      calls.add(value.asMethodCallExpr());
    }
    calls.addAll(value.findAll(MethodCallExpr.class));
    for (MethodCallExpr call : calls) {
      boolean request = call.getScope().map(method::isRequest).orElse(false);
      CallKind kind = CallKind.of(call, request);
      if (kind == CallKind.REQUEST_SOURCE) {
        return Optional.of(describeRequestCall(call));
      }
      if (kind == CallKind.ENVIRONMENT_SOURCE) {
        return Optional.of("environment " + firstLiteral(call).map(v -> "'" + v + "'").orElse(""));
      }
    }
    return Optional.empty();
  }

  private static String describeRequestCall(MethodCallExpr call) {
    String name = call.getNameAsString();
    String kind =
        name.startsWith("getParameter")
            ? "request parameter"
            : name.startsWith("getHeader")
                ? "request header"
                : name.equals("getCookies") ? "request cookie" : "request " + name + "()";
    return firstLiteral(call).map(v -> kind + " '" + v + "'").orElse(kind);
  }

  private static Optional<String> firstLiteral(MethodCallExpr call) {
    return call.getArguments().stream()
        .filter(Expression::isStringLiteralExpr)
        .map(a -> a.asStringLiteralExpr().getValue())
        .findFirst();
  }

  private static String parameterSource(Parameter parameter) {
    String annotation =
        parameter.getAnnotations().stream()
            .map(a -> " (@" + a.getName().getIdentifier() + ")")
            .findFirst()
            .orElse("");
    return "request parameter '" + parameter.getNameAsString() + "'" + annotation;
  }
}
