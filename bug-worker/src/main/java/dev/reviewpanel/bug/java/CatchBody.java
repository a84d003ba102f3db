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
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;
import dev.reviewpanel.bug.impact.FailureImpact;
import dev.reviewpanel.code.analysis.ExplainingComment;
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

  /** The method, constructor or lambda the catch is in, for messages. */
  String enclosingName() {
    return clause
        .findAncestor(
            Node.class, n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr)
        .map(n -> n instanceof CallableDeclaration<?> c ? c.getNameAsString() + "()" : "the lambda")
        .orElse("this code");
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
                        .filter(call -> !handledInside(call, tried))
                        .map(call -> call.getNameAsString())
                        .toList()));
  }

  // try { try { provider.writeField(...); } catch (ObjectAccessException e) { ... } } catch
  // (ObjectAccessException e) {}: an inner try catches what this clause would, so the call's
  // failure never reaches it
  private boolean handledInside(MethodCallExpr call, TryStmt outer) {
    List<String> caught = caughtTypes();
    for (Optional<TryStmt> inner = call.findAncestor(TryStmt.class);
        inner.isPresent() && inner.get() != outer;
        inner = inner.get().findAncestor(TryStmt.class)) {
      TryStmt tried = inner.get();
      if (tried.getTryBlock().isAncestorOf(call)
          && caught.stream().allMatch(type -> catches(tried, type))) {
        return true;
      }
    }
    return false;
  }

  private static boolean catches(TryStmt tried, String type) {
    return tried.getCatchClauses().stream()
        .map(c -> new CatchBody(null, c).caughtTypes())
        .anyMatch(types -> types.contains(type));
  }

  /**
   * True when the catch is in code the class runs on a thread of its own, which owns that thread's
   * interruption policy (a finalizer daemon that keeps going when interrupted): the {@code run()}
   * of a class that extends {@code Thread} (or a class named {@code *Thread}, or an anonymous
   * {@code new Thread("name") { run() }}); the {@code run()} of a {@code Runnable} of the file that
   * the file hands to {@code new Thread(...)}; a lambda or anonymous {@code Runnable} given to
   * {@code new Thread(...)}. A task the file hands to an executor ({@code execute}, {@code submit})
   * counts only when the catch is in a loop of the task: a worker the class keeps running (an
   * acceptor, a cleaner), not a one-shot job whose interrupt is the pool's.
   */
  boolean inOwnThreadRun() {
    Optional<Node> task =
        clause.findAncestor(
            Node.class, n -> n instanceof LambdaExpr || n instanceof MethodDeclaration);
    if (task.isEmpty()) {
      return false;
    }
    // a lambda run where it stands (forEach) belongs to the method around it
    while (task.isPresent() && task.get() instanceof LambdaExpr lambda) {
      if (startedHere(lambda, inLoop(lambda))) {
        return true;
      }
      task =
          lambda.findAncestor(
              Node.class, n -> n instanceof LambdaExpr || n instanceof MethodDeclaration);
    }
    if (task.isEmpty()) {
      return false;
    }
    if (!(task.get() instanceof MethodDeclaration method)
        || !method.getNameAsString().equals("run")
        || !method.getParameters().isEmpty()) {
      return false;
    }
    Optional<Node> owner = method.getParentNode();
    if (owner.orElse(null) instanceof ObjectCreationExpr anonymous) {
      // new Thread("cleaner") { public void run() {...} }, new Runnable() {...} given to a thread
      return anonymous.getType().getNameAsString().endsWith("Thread")
          || startedHere(anonymous, inLoop(method));
    }
    if (!(owner.orElse(null) instanceof ClassOrInterfaceDeclaration type)) {
      return false;
    }
    // extends Thread, or a thread class of the project's (Log4jThread, DaemonThread)
    if (type.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().endsWith("Thread"))) {
      return true;
    }
    if (type.getImplementedTypes().stream()
        .noneMatch(t -> t.getNameAsString().equals("Runnable"))) {
      return false;
    }
    Node unit = type.findRootNode();
    boolean loop = inLoop(method);
    return !unit.findAll(
            Expression.class,
            e ->
                isStart(e, loop) && startArguments(e).stream().anyMatch(a -> isInstanceOf(a, type)))
        .isEmpty();
  }

  private boolean inLoop(Node task) {
    return clause
        .findAncestor(
            Node.class,
            n ->
                n == task
                    || n instanceof ForStmt
                    || n instanceof ForEachStmt
                    || n instanceof WhileStmt
                    || n instanceof DoStmt)
        .filter(n -> n != task)
        .isPresent();
  }

  // the code is an argument of new Thread(...), or of execute/submit when it loops
  private static boolean startedHere(Expression task, boolean loop) {
    return task.getParentNode()
        .filter(Expression.class::isInstance)
        .map(Expression.class::cast)
        .filter(parent -> isStart(parent, loop) && startArguments(parent).contains(task))
        .isPresent();
  }

  private static boolean isStart(Expression expression, boolean loop) {
    if (expression instanceof ObjectCreationExpr created) {
      return created.getType().getNameAsString().equals("Thread");
    }
    return loop
        && expression instanceof MethodCallExpr call
        && EXECUTOR_CALLS.contains(call.getNameAsString());
  }

  private static final Set<String> EXECUTOR_CALLS = Set.of("execute", "submit");

  private static List<Expression> startArguments(Expression start) {
    return start instanceof ObjectCreationExpr created
        ? created.getArguments()
        : ((MethodCallExpr) start).getArguments();
  }

  // new Thread(this), new Thread(group, finalizer, name) with Finalizer finalizer = new ...,
  // execute(new Acceptor(i)), execute(a) with Acceptor a = new Acceptor(i)
  private static boolean isInstanceOf(Expression argument, ClassOrInterfaceDeclaration type) {
    if (argument.isThisExpr()) {
      return argument.findAncestor(ClassOrInterfaceDeclaration.class).orElse(null) == type;
    }
    if (argument instanceof ObjectCreationExpr created) {
      return created.getType().getNameAsString().equals(type.getNameAsString());
    }
    return argument.isNameExpr()
        && !argument
            .findRootNode()
            .findAll(
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
        || !body.findAll(MethodCallExpr.class, this::throwsOn).isEmpty()
        || restoresLater()
        || thrownLater();
  }

  // catch (InterruptedException ex) { failure = ex; } ... throw new ServerErrorException(...,
  // failure): the interrupt reaches the caller as the cause of the exception thrown after the try.
  private boolean thrownLater() {
    Set<String> holders =
        assignedIn(v -> v.isNameExpr() && v.asNameExpr().getNameAsString().equals(variable()));
    int end = clause.getEnd().map(p -> p.line).orElse(Integer.MAX_VALUE);
    return !holders.isEmpty()
        && clause
            .findAncestor(CallableDeclaration.class)
            .map(
                callable ->
                    callable
                            .findAll(
                                ThrowStmt.class,
                                t ->
                                    t.getBegin().map(p -> p.line).orElse(0) > end
                                        && t.getExpression().findAll(NameExpr.class).stream()
                                            .anyMatch(n -> holders.contains(n.getNameAsString())))
                            .size()
                        > 0)
            .orElse(false);
  }

  // The locals the catch body assigns a value of the given kind to.
  private Set<String> assignedIn(java.util.function.Predicate<Expression> value) {
    Set<String> names = new HashSet<>();
    clause
        .getBody()
        .findAll(AssignExpr.class, a -> a.getTarget().isNameExpr() && value.test(a.getValue()))
        .forEach(a -> names.add(a.getTarget().asNameExpr().getNameAsString()));
    return names;
  }

  // SynchronousDispatcher.rethrow(e), Throwables.propagate(e), sneakyThrow(e): the caught exception
  // handed to a helper whose name says it throws it on
  private boolean throwsOn(MethodCallExpr call) {
    String name = call.getNameAsString().toLowerCase(java.util.Locale.ROOT);
    return (name.contains("throw") || name.startsWith("propagate"))
        && call.getArguments().stream()
            .anyMatch(a -> a.isNameExpr() && a.asNameExpr().getNameAsString().equals(variable()));
  }

  private static boolean isInterrupt(MethodCallExpr call) {
    return call.getNameAsString().equals("interrupt");
  }

  // catch (InterruptedException e) { interrupted = true; } ... if (interrupted) {
  // Thread.currentThread().interrupt(); }: the interrupt is restored once the waiting is over
  // (often in a finally block), which keeps a retry loop going without losing it.
  private boolean restoresLater() {
    Set<String> flags =
        assignedIn(v -> v.isBooleanLiteralExpr() && v.asBooleanLiteralExpr().getValue());
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
