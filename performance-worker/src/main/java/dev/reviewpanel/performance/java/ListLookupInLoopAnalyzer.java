package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodeAnalyzer;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A linear search ({@code contains}, {@code indexOf}, {@code remove(Object)}) on a variable
 * declared as a List, inside a loop: O(n·m) where a HashSet or HashMap gives O(n).
 */
@Component
public class ListLookupInLoopAnalyzer extends JavaNodeAnalyzer<MethodCallExpr> {

  // LOW: the rule cannot see how long the list gets. A scan per iteration is slow only at sizes
  // the code does not show, and most such lists hold a handful of items (names, columns,
  // headers); docs/findings.md keeps MEDIUM for clear slowness.
  static final Rule RULE =
      new Rule(
          "java.list-lookup-in-loop",
          "algorithmic",
          null,
          Severity.LOW,
          Confidence.LOW,
          "Linear List search inside a loop",
          "Copy the list into a HashSet (or index it in a HashMap) once before the loop and look"
              + " elements up there: O(1) per lookup instead of a scan of the whole list.");

  private static final Set<String> LOOKUPS = Set.of("contains", "indexOf", "lastIndexOf", "remove");
  private static final Set<String> LIST_TYPES =
      Set.of("List", "ArrayList", "LinkedList", "Vector", "CopyOnWriteArrayList");
  private static final Set<String> INDEX_TYPES = Set.of("int", "short", "byte", "char");
  private static final Set<String> FIXED_LIST_FACTORIES = Set.of("List.of", "Arrays.asList");
  private static final int SMALL_FIXED_LIST = 8;

  public ListLookupInLoopAnalyzer() {
    super("java-list-lookup-in-loop", MethodCallExpr.class);
  }

  @Override
  protected void check(MethodCallExpr call, Findings findings) {
    String name = call.getNameAsString();
    if (!LOOKUPS.contains(name) || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
      return;
    }
    if (name.equals("remove") && isIndex(call.getArgument(0))) {
      return;
    }
    Expression list = call.getScope().get();
    JavaNames.of(list)
        .filter(declaration -> LIST_TYPES.contains(declaration.typeName()))
        .filter(declaration -> !isSmallFixedList(declaration))
        .flatMap(declaration -> Loops.enclosing(call))
        .ifPresent(
            loop ->
                findings.report(
                    RULE,
                    Lines.of(call),
                    "%s.%s() scans the whole list on every iteration of the loop at line %d"
                        .formatted(Loops.normalize(list), name, loop.line())));
  }

  /** {@code remove(int)} removes by position, which is not a lookup. */
  private static boolean isIndex(Expression argument) {
    if (argument instanceof EnclosedExpr enclosed) {
      return isIndex(enclosed.getInner());
    }
    if (argument instanceof ConditionalExpr choice) {
      return isIndex(choice.getThenExpr()) || isIndex(choice.getElseExpr());
    }
    return argument instanceof IntegerLiteralExpr
        || argument instanceof UnaryExpr
        || (argument instanceof BinaryExpr binary && isArithmetic(binary.getOperator()))
        || (argument instanceof CastExpr cast && INDEX_TYPES.contains(cast.getType().asString()))
        || JavaNames.of(argument).map(d -> INDEX_TYPES.contains(d.typeName())).orElse(false);
  }

  private static boolean isArithmetic(BinaryExpr.Operator operator) {
    return switch (operator) {
      case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> true;
      default -> false;
    };
  }

  private static boolean isConstant(Expression element) {
    return element instanceof LiteralExpr
        || element instanceof NameExpr
        || element instanceof FieldAccessExpr;
  }

  /** A handful of constants ({@code List.of("a", "b")}) costs less to scan than to hash. */
  private static boolean isSmallFixedList(JavaDeclaration declaration) {
    return declaration
        .initializer()
        .filter(init -> init instanceof MethodCallExpr)
        .map(init -> (MethodCallExpr) init)
        .filter(
            factory ->
                factory.getScope().isPresent()
                    && FIXED_LIST_FACTORIES.contains(
                        factory.getScope().get() + "." + factory.getNameAsString()))
        .filter(factory -> factory.getArguments().size() <= SMALL_FIXED_LIST)
        .filter(
            factory ->
                factory.getArguments().stream().allMatch(ListLookupInLoopAnalyzer::isConstant))
        .isPresent();
  }
}
