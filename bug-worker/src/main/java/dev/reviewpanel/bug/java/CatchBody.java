package dev.reviewpanel.bug.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.reviewpanel.bug.impact.FailureImpact;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a catch clause catches and what its body does with it. */
record CatchBody(ParsedFile file, CatchClause clause) {

  /** Simple names of the caught types; several for a multi-catch. */
  List<String> caughtTypes() {
    Type type = clause.getParameter().getType();
    List<Type> alternatives =
        type.isUnionType() ? List.copyOf(type.asUnionType().getElements()) : List.of(type);
    return alternatives.stream()
        .map(t -> t.asString().substring(t.asString().lastIndexOf('.') + 1))
        .toList();
  }

  String variable() {
    return clause.getParameter().getNameAsString();
  }

  boolean isEmpty() {
    return clause.getBody().getStatements().isEmpty();
  }

  /** True when every statement only prints: printStackTrace() or System.out/err. */
  boolean onlyPrints() {
    List<Statement> statements = clause.getBody().getStatements();
    return !statements.isEmpty() && statements.stream().allMatch(CatchBody::prints);
  }

  /** The first call of the try block whose failure this catch would hide with impact. */
  Optional<FailureImpact.Lost> lostByTry() {
    return clause
        .getParentNode()
        .filter(TryStmt.class::isInstance)
        .map(TryStmt.class::cast)
        .flatMap(
            tried ->
                FailureImpact.firstOf(
                    tried.getTryBlock().findAll(MethodCallExpr.class).stream()
                        .map(call -> call.getNameAsString())
                        .toList()));
  }

  /**
   * True when the catch is in {@code run()} of a class that extends {@code Thread} (or a class
   * named {@code *Thread}), or of a {@code Runnable} that hands itself to {@code new Thread(...)}:
   * the thread is the class's own, and so is its interruption policy (a finalizer daemon that keeps
   * going when interrupted).
   */
  boolean inOwnThreadRun() {
    Optional<MethodDeclaration> method = clause.findAncestor(MethodDeclaration.class);
    Optional<ClassOrInterfaceDeclaration> type =
        method.flatMap(m -> m.findAncestor(ClassOrInterfaceDeclaration.class));
    if (method.isEmpty()
        || !method.get().getNameAsString().equals("run")
        || !method.get().getParameters().isEmpty()
        || type.isEmpty()) {
      return false;
    }
    // extends Thread, or a thread class of the project's (Log4jThread, DaemonThread)
    return type.get().getExtendedTypes().stream()
            .anyMatch(t -> t.getNameAsString().endsWith("Thread"))
        || type.get().getImplementedTypes().stream()
                .anyMatch(t -> t.getNameAsString().equals("Runnable"))
            && !type.get()
                .findAll(
                    ObjectCreationExpr.class,
                    created ->
                        created.getType().getNameAsString().equals("Thread")
                            && created.getArguments().stream()
                                .anyMatch(a -> isThisClass(a, type.get())))
                .isEmpty();
  }

  // new Thread(this), new Thread(group, finalizer, name) with Finalizer finalizer = new ...
  private static boolean isThisClass(Expression argument, ClassOrInterfaceDeclaration type) {
    if (argument.isThisExpr()) {
      return true;
    }
    return argument.isNameExpr()
        && !type.findAll(
                VariableDeclarator.class,
                v ->
                    v.getNameAsString().equals(argument.asNameExpr().getNameAsString())
                        && v.getType().asString().equals(type.getNameAsString()))
            .isEmpty();
  }

  boolean restoresInterruptOrThrows() {
    BlockStmt body = clause.getBody();
    return !body.findAll(ThrowStmt.class).isEmpty()
        || !body.findAll(MethodCallExpr.class, CatchBody::isInterrupt).isEmpty()
        || restoresLater();
  }

  private static boolean isInterrupt(MethodCallExpr call) {
    return call.getNameAsString().equals("interrupt");
  }

  // catch (InterruptedException e) { interrupted = true; } ... if (interrupted) {
  // Thread.currentThread().interrupt(); }: the interrupt is restored once the waiting is over
  // (often in a finally block), which keeps a retry loop going without losing it.
  private boolean restoresLater() {
    Set<String> flags = new HashSet<>();
    clause
        .getBody()
        .findAll(
            AssignExpr.class,
            a ->
                a.getTarget().isNameExpr()
                    && a.getValue().isBooleanLiteralExpr()
                    && a.getValue().asBooleanLiteralExpr().getValue())
        .forEach(a -> flags.add(a.getTarget().asNameExpr().getNameAsString()));
    if (flags.isEmpty()) {
      return false;
    }
    Node scope =
        clause
            .findAncestor(
                Node.class, n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr)
            .orElse(null);
    return scope != null
        && !scope
            .findAll(
                IfStmt.class,
                branch ->
                    branch.getCondition().findAll(NameExpr.class).stream()
                            .anyMatch(n -> flags.contains(n.getNameAsString()))
                        && !branch
                            .getThenStmt()
                            .findAll(MethodCallExpr.class, CatchBody::isInterrupt)
                            .isEmpty())
            .isEmpty();
  }

  // JavaParser is configured not to keep comments, so look at the source: any comment between the
  // braces, or a sentence after the closing one on its line (catch (Exception e) { } // nothing
  // to do when the parser lacks the feature).
  boolean hasComment() {
    BlockStmt body = clause.getBody();
    Position begin = body.getBegin().orElse(null);
    Position end = body.getEnd().orElse(null);
    if (begin == null || end == null) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    for (int n = begin.line; n <= end.line; n++) {
      String line = file.line(n);
      int from = n == begin.line ? Math.min(begin.column, line.length()) : 0;
      int to = n == end.line ? Math.min(end.column - 1, line.length()) : line.length();
      text.append(line, from, Math.max(from, to)).append('\n');
    }
    if (text.indexOf("//") >= 0 || text.indexOf("/*") >= 0) {
      return true;
    }
    String after =
        file.line(end.line).substring(Math.min(end.column, file.line(end.line).length()));
    int comment = after.indexOf("//");
    return comment >= 0 && ExplainingComment.isSentence(after.substring(comment));
  }

  /**
   * True when the block only prints and at least one print is a bare stack trace: {@code
   * e.printStackTrace()}. A message written to the console is the logging of code without a logger.
   */
  boolean onlyPrintsStackTrace() {
    return onlyPrints()
        && clause.getBody().getStatements().stream()
            .anyMatch(
                s ->
                    s.asExpressionStmt().getExpression() instanceof MethodCallExpr call
                        && call.getNameAsString().equals("printStackTrace"));
  }

  private static boolean prints(Statement statement) {
    if (!statement.isExpressionStmt()
        || !(statement.asExpressionStmt().getExpression() instanceof MethodCallExpr call)) {
      return false;
    }
    String target = call.getScope().map(Object::toString).orElse("");
    return call.getNameAsString().equals("printStackTrace")
        || target.equals("System.err")
        || target.equals("System.out");
  }
}
