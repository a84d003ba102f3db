package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.performance.model.JavaStreams;
import java.util.Optional;
import java.util.Set;

/** Calls that run their lambda once per element: {@code forEach}, and stages of a stream. */
final class IteratingCalls {

  private static final Set<String> ALWAYS_ITERATING = JavaStreams.ALWAYS_ITERATING;
  private static final Set<String> STREAM_STAGES = JavaStreams.STAGES;
  private static final Set<String> STREAM_SOURCES = JavaStreams.SOURCES;
  private static final Set<String> STREAM_TYPES = JavaStreams.TYPES;

  private IteratingCalls() {}

  static boolean isIterating(MethodCallExpr call) {
    String name = call.getNameAsString();
    return ALWAYS_ITERATING.contains(name)
        || (STREAM_STAGES.contains(name)
            && call.getScope().map(IteratingCalls::isStream).orElse(false));
  }

  private static boolean isStream(Expression expression) {
    Expression current = expression;
    while (current instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      if (STREAM_SOURCES.contains(name)
          || (name.equals("of")
              && call.getScope().map(s -> TypeNames.isOneOf(s, STREAM_TYPES)).orElse(false))) {
        return true;
      }
      current = call.getScope().orElse(null);
    }
    return false;
  }

  /**
   * The collection at the root of an iterating call chain: {@code users} in users.stream().map(..).
   */
  static Optional<Expression> source(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
      if (STREAM_SOURCES.contains(inner.getNameAsString())) {
        scope = inner.getScope();
        break;
      }
      if (!STREAM_STAGES.contains(inner.getNameAsString())) {
        // a collection computed by some other call: its identity is unknown
        return Optional.empty();
      }
      scope = inner.getScope();
    }
    return scope.filter(s -> s instanceof NameExpr || s instanceof FieldAccessExpr);
  }
}
