package dev.reviewpanel.bug.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A variable dereferenced where a null check has just proven it null: in the branch of {@code if (x
 * == null)} (or the else of {@code x != null}) before any reassignment, and on the right of {@code
 * x == null && x.f()} or {@code x != null || x.f()}.
 */
@Component
class NullDereferenceAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.null-dereference",
          "correctness",
          "CWE-476",
          Severity.HIGH,
          Confidence.HIGH,
          "Dereference of a value known to be null",
          "Invert the null check or return early; the code in this branch runs only when the"
              + " value is null, so dereferencing it always throws NullPointerException.");

  NullDereferenceAnalyzer() {
    super("java-null-dereference", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    for (Node node : JavaNodes.all(file)) {
      if (node instanceof IfStmt ifStmt) {
        checkBranch(ifStmt.getCondition(), ifStmt.getThenStmt(), true, findings);
        ifStmt.getElseStmt().ifPresent(e -> checkBranch(ifStmt.getCondition(), e, false, findings));
      } else if (node instanceof ConditionalExpr ternary) {
        checkBranch(ternary.getCondition(), ternary.getThenExpr(), true, findings);
        checkBranch(ternary.getCondition(), ternary.getElseExpr(), false, findings);
      } else if (node instanceof BinaryExpr binary) {
        checkShortCircuit(binary, findings);
      }
    }
  }

  // The branch taken when the condition is true (or false) knows these names are null.
  private static void checkBranch(Expression condition, Node branch, boolean taken, Findings out) {
    NullFacts.knownNull(condition, taken).forEach(name -> reportDereferences(name, branch, out));
  }

  private static void checkShortCircuit(BinaryExpr binary, Findings out) {
    if (binary.getOperator() == BinaryExpr.Operator.AND) {
      NullFacts.knownNull(binary.getLeft(), true)
          .forEach(name -> reportDereferences(name, binary.getRight(), out));
    } else if (binary.getOperator() == BinaryExpr.Operator.OR) {
      NullFacts.knownNull(binary.getLeft(), false)
          .forEach(name -> reportDereferences(name, binary.getRight(), out));
    }
  }

  private static void reportDereferences(String name, Node region, Findings out) {
    Optional<Position> reassigned = firstPossibleReassignment(name, region);
    region.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).stream()
        .filter(NullFacts::isDereferenced)
        .filter(n -> reassigned.isEmpty() || n.getBegin().orElseThrow().isBefore(reassigned.get()))
        .findFirst()
        .ifPresent(
            use -> {
              int line = use.getBegin().map(p -> p.line).orElse(1);
              out.report(
                  RULE,
                  line,
                  "'"
                      + name
                      + "' is dereferenced in '"
                      + CodeExcerpt.of(use.getParentNode().map(Node::toString).orElse(name))
                      + "' where the preceding check has shown it is null.");
            });
  }

  // Where the name may stop being null: an assignment to it, or for a field any earlier call.
  private static Optional<Position> firstPossibleReassignment(String name, Node region) {
    Stream<Node> assignments =
        region
            .findAll(
                AssignExpr.class,
                a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name))
            .stream()
            .map(Node.class::cast);
    boolean local = JavaNames.resolve(name, region).map(d -> !d.isField()).orElse(false);
    Stream<Node> calls =
        local
            ? Stream.empty()
            : Stream.concat(
                region.findAll(MethodCallExpr.class).stream(),
                region.findAll(ObjectCreationExpr.class).stream());
    return Stream.concat(assignments, calls)
        .flatMap(n -> n.getEnd().stream())
        .min(Position::compareTo);
  }
}
