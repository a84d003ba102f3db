package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Folds an expression into a {@link Flow}, given what the method knows about its variables. */
final class FlowEvaluator {

  private static final Set<String> STRING_TYPES =
      Set.of("String", "StringBuilder", "StringBuffer", "StringJoiner");
  private static final Pattern REQUEST_NAME =
      Pattern.compile("(?i)req|request|\\w*Request|\\w*request");
  private static final Set<String> ALLOW_CHECKS =
      Set.of("contains", "containsKey", "equals", "equalsIgnoreCase");
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z]\\w*");

  private final MethodFlow method;

  FlowEvaluator(MethodFlow method) {
    this.method = method;
  }

  Flow flowOf(Expression e) {
    if (e.isLiteralExpr() || e.isClassExpr() || e.isInstanceOfExpr() || e.isUnaryExpr()) {
      return Flow.CONSTANT;
    }
    if (e.isNameExpr()) {
      return method.flowOfName(e.asNameExpr().getNameAsString());
    }
    if (e.isEnclosedExpr()) {
      return flowOf(e.asEnclosedExpr().getInner());
    }
    if (e.isCastExpr()) {
      return e.asCastExpr().getType().isPrimitiveType()
          ? Flow.CONSTANT
          : flowOf(e.asCastExpr().getExpression());
    }
    if (e.isBinaryExpr()) {
      BinaryExpr binary = e.asBinaryExpr();
      return binary.getOperator() == BinaryExpr.Operator.PLUS
          ? flowOf(binary.getLeft()).concat(flowOf(binary.getRight()))
          : Flow.CONSTANT;
    }
    if (e.isConditionalExpr()) {
      Optional<Boolean> taken = method.folder().condition(e.asConditionalExpr().getCondition());
      if (taken.isPresent()) {
        return flowOf(
            taken.get()
                ? e.asConditionalExpr().getThenExpr()
                : e.asConditionalExpr().getElseExpr());
      }
      return branch(e.asConditionalExpr(), true).or(branch(e.asConditionalExpr(), false));
    }
    if (e.isAssignExpr()) {
      return flowOf(e.asAssignExpr().getValue());
    }
    if (e.isFieldAccessExpr()) {
      return fieldAccess(e);
    }
    if (e.isArrayAccessExpr()) {
      return flowOf(e.asArrayAccessExpr().getName()).derived();
    }
    if (e.isArrayCreationExpr()) {
      return e.asArrayCreationExpr().getInitializer().map(this::flowOf).orElse(Flow.CONSTANT);
    }
    if (e.isArrayInitializerExpr()) {
      return any(e.asArrayInitializerExpr().getValues(), Flow.CONSTANT);
    }
    if (e.isObjectCreationExpr()) {
      return creation(e.asObjectCreationExpr());
    }
    if (e.isMethodCallExpr()) {
      return call(e.asMethodCallExpr());
    }
    return Flow.OPAQUE;
  }

  // COLUMNS.contains(x) ? x : "default": the branch taken only for allowed values is clean.
  private Flow branch(com.github.javaparser.ast.expr.ConditionalExpr conditional, boolean then) {
    Expression value = then ? conditional.getThenExpr() : conditional.getElseExpr();
    Expression test = conditional.getCondition();
    boolean negated =
        test.isUnaryExpr()
            && test.asUnaryExpr().getOperator()
                == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT;
    Expression check = negated ? test.asUnaryExpr().getExpression() : test;
    Flow flow = flowOf(value);
    if (then != negated
        && value.isNameExpr()
        && check.isMethodCallExpr()
        && ALLOW_CHECKS.contains(check.asMethodCallExpr().getNameAsString())
        && check.asMethodCallExpr().getArguments().contains(value)) {
      return Flow.CONSTANT; // one of the allowed values, all of them constants
    }
    return flow;
  }

  /** True when {@code e} is an HTTP request object (by declared type or by name). */
  boolean isRequest(Expression e) {
    if (e.isNameExpr()) {
      String name = e.asNameExpr().getNameAsString();
      Optional<String> type = method.typeOf(e);
      return type.map(t -> t.endsWith("Request") || t.endsWith("RequestWrapper"))
          .orElseGet(() -> REQUEST_NAME.matcher(name).matches());
    }
    return e.isMethodCallExpr() && e.asMethodCallExpr().getNameAsString().equals("getRequest");
  }

  private Flow fieldAccess(Expression e) {
    String name = e.asFieldAccessExpr().getNameAsString();
    Expression scope = e.asFieldAccessExpr().getScope();
    if (scope.isThisExpr()) {
      return method.flowOfField(name);
    }
    if (name.equals("length")) {
      return Flow.CONSTANT;
    }
    return isTypeName(scope) ? method.flowOfField(name) : flowOf(scope).derived();
  }

  private Flow creation(ObjectCreationExpr creation) {
    Flow args = any(creation.getArguments(), Flow.CONSTANT);
    return STRING_TYPES.contains(creation.getType().getNameAsString()) ? args : args.derived();
  }

  private Flow call(MethodCallExpr call) {
    Optional<Flow> summarized = method.summarized(call);
    if (summarized.isPresent()) {
      return summarized.get();
    }
    if (call.getNameAsString().startsWith("get") && !call.getArguments().isEmpty()) {
      Optional<java.util.List<Expression>> elements = method.containerElements(call);
      if (elements.isPresent()) {
        return any(elements.get(), Flow.CONSTANT);
      }
    }
    Optional<Expression> scope = call.getScope().filter(s -> !isTypeName(s));
    CallKind kind = CallKind.of(call, call.getScope().map(this::isRequest).orElse(false));
    Flow receiver = scope.map(this::flowOf).orElse(Flow.CONSTANT);
    Flow args = any(call.getArguments(), Flow.CONSTANT);
    return switch (kind) {
      case REQUEST_SOURCE -> Flow.REQUEST;
      case ENVIRONMENT_SOURCE -> Flow.ENVIRONMENT;
      case HTML_ENCODER -> args.or(receiver).without(Exposure.HTML).derived();
      case VALIDATOR -> Flow.OPAQUE;
      case BASE_NAME -> args.or(receiver).without(Exposure.PATH).derived();
      case QUERY_ENCODER -> args.or(receiver).without(Exposure.QUERY).derived();
      case INERT -> Flow.CONSTANT;
      case BUILDER -> concatAll(receiver, call);
      case IDENTITY -> scope.isPresent() ? receiver : args;
      case DERIVED -> receiver.or(args).derived();
      case LOOKUP -> receiver.exposures().isEmpty() ? Flow.OPAQUE : receiver.derived();
      case OTHER -> other(scope.isEmpty(), receiver, args, call.getArguments().isEmpty());
    };
  }

  // An unknown method is assumed to pass on what it is given (thing.doSomething(param) may return
  // param), so only known sanitizers clean. A helper over constants (nCopies(n, "?")) is constant;
  // an object's method over clean inputs, or one without arguments, is merely unknown.
  private static Flow other(boolean unscoped, Flow receiver, Flow args, boolean noArguments) {
    if (unscoped) {
      return noArguments ? Flow.OPAQUE : args.derived();
    }
    Flow both = receiver.or(args);
    return both.exposures().isEmpty() ? Flow.OPAQUE : both.derived();
  }

  private Flow concatAll(Flow receiver, MethodCallExpr call) {
    Flow result = receiver;
    for (Expression argument : call.getArguments()) {
      result = result.concat(flowOf(argument));
    }
    return result;
  }

  private Flow any(Iterable<Expression> expressions, Flow start) {
    Flow result = start;
    for (Expression expression : expressions) {
      result = result.or(flowOf(expression));
    }
    return result;
  }

  private boolean isTypeName(Expression e) {
    if (e.isNameExpr()) {
      String name = e.asNameExpr().getNameAsString();
      return TYPE_NAME.matcher(name).matches() && !method.isVariable(e);
    }
    return e.isFieldAccessExpr()
        && TYPE_NAME.matcher(e.asFieldAccessExpr().getNameAsString()).matches()
        && !e.asFieldAccessExpr().getScope().isThisExpr();
  }
}
