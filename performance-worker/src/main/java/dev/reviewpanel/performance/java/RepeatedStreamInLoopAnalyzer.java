package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodeAnalyzer;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code items.stream()} (or {@code map.values().stream()}, {@code Arrays.stream(array)}) inside a
 * loop over a collection declared before the loop and not changed in it: every iteration walks the
 * whole collection again, O(n·m) where grouping or indexing it once before the loop gives O(n+m).
 */
@Component
public class RepeatedStreamInLoopAnalyzer extends JavaNodeAnalyzer<MethodCallExpr> {

  static final Rule RULE =
      new Rule(
          "java.repeated-stream-in-loop",
          "algorithmic",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Stream over the same collection on every loop iteration",
          "Build a lookup once before the loop (Collectors.groupingBy / toMap, or a HashSet) and"
              + " query it inside the loop, instead of streaming the whole collection each time.");

  private static final Set<String> STREAMS = Set.of("stream", "parallelStream");
  private static final Set<String> MAP_VIEWS = Set.of("values", "keySet", "entrySet");
  private static final Set<String> MUTATORS =
      Set.of(
          "add",
          "addAll",
          "remove",
          "removeAll",
          "removeIf",
          "retainAll",
          "clear",
          "put",
          "putAll",
          "set",
          "sort",
          "compute",
          "merge",
          "putIfAbsent");
  private static final Set<String> FIXED_FACTORIES = Set.of("of", "asList");
  private static final int SMALL_FIXED = 8;

  public RepeatedStreamInLoopAnalyzer() {
    super("java-repeated-stream-in-loop", MethodCallExpr.class);
  }

  @Override
  protected void check(MethodCallExpr call, Findings findings) {
    collection(call)
        .ifPresent(
            collection -> {
              Optional<JavaDeclaration> declared = JavaNames.of(collection);
              if (declared.isEmpty() || isSmallFixed(declared.get())) {
                return;
              }
              Loops.enclosing(call)
                  .filter(RepeatedStreamInLoopAnalyzer::walksElements)
                  .filter(loop -> !loop.contains(declared.get().node()))
                  .filter(loop -> !changedIn(loop.node(), collection))
                  .filter(loop -> !onFailurePath(call, loop.node()))
                  .ifPresent(
                      loop ->
                          findings.report(
                              RULE,
                              Lines.of(call),
                              "%s is streamed again on every iteration of the loop at line %d"
                                  .formatted(Loops.normalize(collection), loop.line())));
            });
  }

  // Cleanup in a catch of the loop (stop the connectors already started when one fails) runs once
  // per failure, not once per element on the ordinary path.
  private static boolean onFailurePath(MethodCallExpr call, Node loop) {
    return call.findAncestor(CatchClause.class)
        .filter(handler -> handler.findAncestor(Node.class, n -> n == loop).isPresent())
        .isPresent();
  }

  // while/do loops are mostly retries and polling, a handful of passes rather than one per element.
  private static boolean walksElements(Loop loop) {
    return !(loop.node() instanceof WhileStmt || loop.node() instanceof DoStmt);
  }

  /** The variable a stream is opened over, if {@code call} opens one. */
  private static Optional<Expression> collection(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (STREAMS.contains(name) && call.getArguments().isEmpty()) {
      Optional<Expression> scope = call.getScope();
      if (scope.isPresent()
          && scope.get() instanceof MethodCallExpr view
          && MAP_VIEWS.contains(view.getNameAsString())
          && view.getArguments().isEmpty()) {
        scope = view.getScope();
      }
      return scope;
    }
    if (name.equals("stream")
        && call.getArguments().size() == 1
        && call.getScope().map(s -> TypeNames.isOneOf(s, Set.of("Arrays"))).orElse(false)) {
      return Optional.of(call.getArgument(0));
    }
    return Optional.empty();
  }

  // A collection rebuilt or edited per iteration cannot simply be indexed once up front.
  private static boolean changedIn(Node loop, Expression collection) {
    String name = Loops.normalize(collection);
    return loop.findFirst(
                AssignExpr.class, assign -> Loops.normalize(assign.getTarget()).equals(name))
            .isPresent()
        || loop.findFirst(
                MethodCallExpr.class,
                c ->
                    MUTATORS.contains(c.getNameAsString())
                        && c.getScope().map(s -> Loops.normalize(s).equals(name)).orElse(false))
            .isPresent();
  }

  private static boolean isSmallFixed(JavaDeclaration declaration) {
    return declaration
        .initializer()
        .filter(
            init ->
                init instanceof MethodCallExpr factory
                    && FIXED_FACTORIES.contains(factory.getNameAsString())
                    && factory.getArguments().size() <= SMALL_FIXED
                    && factory.getArguments().stream().noneMatch(a -> a instanceof MethodCallExpr))
        .isPresent();
  }
}
