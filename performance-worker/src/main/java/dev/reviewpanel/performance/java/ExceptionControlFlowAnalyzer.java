package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Bounds checks done by catching the exception: an index, iterator or cast failure caught inside a
 * loop, or used to leave an endless loop. Each throw fills in a stack trace, far slower than the
 * check it replaces.
 */
@Component
public class ExceptionControlFlowAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.exception-control-flow",
          "control-flow",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Exception used as loop control flow",
          "Test the condition instead of catching its failure: check the index against size(),"
              + " call hasNext(), test instanceof or null before the access.");

  private static final Set<String> CONTROL_EXCEPTIONS =
      Set.of(
          "IndexOutOfBoundsException",
          "ArrayIndexOutOfBoundsException",
          "StringIndexOutOfBoundsException",
          "NoSuchElementException",
          "NullPointerException",
          "ClassCastException");

  private static final Set<String> MALFORMED_INPUT =
      Set.of(
          "NumberFormatException",
          "IllegalArgumentException",
          "DateTimeParseException",
          "ParseException",
          "MalformedURLException",
          "URISyntaxException");

  public ExceptionControlFlowAnalyzer() {
    super("java-exception-control-flow", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    JavaNodes.of(file, TryStmt.class).forEach(attempt -> check(attempt, findings));
  }

  private static void check(TryStmt attempt, Findings findings) {
    for (CatchClause clause : attempt.getCatchClauses()) {
      Optional<String> caught = controlException(clause.getParameter().getType());
      if (caught.isEmpty() || rethrows(clause) || handlesMalformedInput(clause)) {
        continue;
      }
      Optional<Loop> loop = Loops.enclosing(attempt);
      if (loop.isPresent()
          && caught.get().equals("NoSuchElementException")
          && checkedFirst(attempt, loop.get().node())) {
        continue;
      }
      if (loop.isPresent()) {
        findings.report(
            RULE,
            Lines.of(clause),
            "%s is caught on every iteration of the loop at line %d"
                .formatted(caught.get(), loop.get().line()));
      } else if (endsEndlessLoop(attempt)) {
        findings.report(
            RULE, Lines.of(clause), "%s is what ends the endless loop".formatted(caught.get()));
      }
    }
  }

  private static Optional<String> controlException(Type type) {
    List<? extends Type> alternatives =
        type instanceof UnionType union ? union.getElements() : List.of(type);
    return alternatives.stream()
        .filter(ClassOrInterfaceType.class::isInstance)
        .map(caught -> ((ClassOrInterfaceType) caught).getNameAsString())
        .filter(CONTROL_EXCEPTIONS::contains)
        .findFirst();
  }

  /**
   * catch (IndexOutOfBoundsException | NumberFormatException e): one handler for a truncated and a
   * malformed value is input validation (a bad %-escape in a URL), not a loop's exit.
   */
  private static boolean handlesMalformedInput(CatchClause clause) {
    Type type = clause.getParameter().getType();
    return type instanceof UnionType union
        && union.getElements().stream()
            .filter(ClassOrInterfaceType.class::isInstance)
            .map(caught -> ((ClassOrInterfaceType) caught).getNameAsString())
            .anyMatch(MALFORMED_INPUT::contains);
  }

  /**
   * Every {@code it.next()} of the try is on an iterator whose {@code it.hasNext()} the loop
   * already asks: the check is made, and the handler only guards a race with another thread (a
   * concurrent queue emptied in between), not the loop's exit.
   */
  private static boolean checkedFirst(TryStmt attempt, Node loop) {
    List<MethodCallExpr> nexts =
        attempt
            .getTryBlock()
            .findAll(
                MethodCallExpr.class,
                c -> c.getNameAsString().equals("next") && c.getArguments().isEmpty());
    return !nexts.isEmpty()
        && nexts.stream()
            .allMatch(
                next ->
                    next.getScope()
                        .map(Loops::normalize)
                        .filter(
                            iterator ->
                                loop.findFirst(
                                        MethodCallExpr.class,
                                        c ->
                                            c.getNameAsString().equals("hasNext")
                                                && c.getScope()
                                                    .map(Loops::normalize)
                                                    .filter(iterator::equals)
                                                    .isPresent())
                                    .isPresent())
                        .isPresent());
  }

  /** A handler that throws again treats the exception as a failure, not as a signal. */
  private static boolean rethrows(CatchClause clause) {
    return clause.getBody().getStatements().stream().anyMatch(ThrowStmt.class::isInstance);
  }

  /** A try wrapping {@code while (true)} or {@code for (;;)}: only the exception gets out. */
  private static boolean endsEndlessLoop(TryStmt attempt) {
    for (Statement statement : attempt.getTryBlock().getStatements()) {
      if (statement instanceof WhileStmt loop
          && loop.getCondition() instanceof BooleanLiteralExpr literal
          && literal.getValue()) {
        return true;
      }
      if (statement instanceof ForStmt loop && loop.getCompare().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
