package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodeAnalyzer;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code Files.readString} / {@code new String(Files.readAllBytes(..))} whose text is then cut into
 * lines ({@code split("\n")}, {@code split("\\R")}, {@code lines()}) that are only walked: the file
 * and all its lines sit in memory at once where {@code Files.lines} would stream them.
 */
@Component
public class WholeFileSplitAnalyzer extends JavaNodeAnalyzer<MethodCallExpr> {

  private static final Set<String> FILES = Set.of("Files");
  private static final Set<String> LINE_SEPARATORS =
      Set.of("\\n", "\\r\\n", "\\r?\\n", "\\\\n", "\\\\r?\\\\n", "\\\\R", "\\\\r\\\\n");

  public WholeFileSplitAnalyzer() {
    super("java-whole-file-split", MethodCallExpr.class);
  }

  @Override
  protected void check(MethodCallExpr call, Findings findings) {
    boolean lines = call.getNameAsString().equals("lines") && call.getArguments().isEmpty();
    boolean split = call.getNameAsString().equals("split") && splitsLines(call);
    if (!(lines || split) || call.getScope().isEmpty()) {
      return;
    }
    wholeFileRead(call.getScope().get())
        .filter(read -> lines || onlyIterated(call))
        .ifPresent(
            read ->
                findings.report(
                    WholeFileIterationAnalyzer.RULE,
                    Lines.of(read),
                    "Files.%s() loads the whole file only to cut it into lines at line %d"
                        .formatted(read.getNameAsString(), Lines.of(call))));
  }

  private static boolean splitsLines(MethodCallExpr split) {
    if (split.getArguments().isEmpty()) {
      return false;
    }
    Expression separator = split.getArgument(0);
    return separator instanceof StringLiteralExpr literal
            && LINE_SEPARATORS.contains(literal.getValue())
        || separator instanceof MethodCallExpr call
            && call.getNameAsString().equals("lineSeparator");
  }

  /**
   * The {@code Files.readString/readAllBytes} call behind {@code text}, directly or via a local.
   */
  private static Optional<MethodCallExpr> wholeFileRead(Expression text) {
    if (text instanceof MethodCallExpr call
        && call.getNameAsString().equals("readString")
        && call.getScope().map(s -> TypeNames.isOneOf(s, FILES)).orElse(false)) {
      return Optional.of(call);
    }
    if (text instanceof ObjectCreationExpr string
        && string.getType().getNameAsString().equals("String")
        && !string.getArguments().isEmpty()
        && string.getArgument(0) instanceof MethodCallExpr bytes
        && bytes.getNameAsString().equals("readAllBytes")
        && bytes.getScope().map(s -> TypeNames.isOneOf(s, FILES)).orElse(false)) {
      return Optional.of(bytes);
    }
    if (text instanceof NameExpr) {
      return JavaNames.of(text)
          .filter(d -> !d.isField())
          .flatMap(JavaDeclaration::initializer)
          .flatMap(WholeFileSplitAnalyzer::wholeFileRead);
    }
    return Optional.empty();
  }

  /** The array of lines is walked (for-each, Arrays.stream) and never indexed or kept. */
  private static boolean onlyIterated(MethodCallExpr split) {
    Node parent = split.getParentNode().orElse(null);
    if (isIteration(split, parent)) {
      return true;
    }
    if (!(parent instanceof VariableDeclarator variable)) {
      return false;
    }
    Optional<CallableDeclaration> method = variable.findAncestor(CallableDeclaration.class);
    if (method.isEmpty()) {
      return false;
    }
    var uses =
        method
            .get()
            .findAll(NameExpr.class, n -> n.getNameAsString().equals(variable.getNameAsString()));
    return !uses.isEmpty()
        && uses.stream().allMatch(use -> isIteration(use, use.getParentNode().orElse(null)));
  }

  private static boolean isIteration(Node value, Node parent) {
    return parent instanceof ForEachStmt loop && loop.getIterable() == value
        || parent instanceof MethodCallExpr stream
            && stream.getNameAsString().equals("stream")
            && stream.getScope().map(s -> TypeNames.isOneOf(s, Set.of("Arrays"))).orElse(false)
            && stream.getArguments().size() == 1
            && stream.getArgument(0) == value;
  }
}
