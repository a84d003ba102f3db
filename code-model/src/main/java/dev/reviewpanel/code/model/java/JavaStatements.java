package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Jumps;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.model.Stmt.Try.Handler;
import java.util.ArrayList;
import java.util.List;

/** JavaParser statements to model statements. */
final class JavaStatements {

  private final JavaReader reader;
  private final JavaExpressions expressions;
  private final JavaLists lists;
  private final Jumps jumps = new Jumps();

  JavaStatements(JavaReader reader, JavaExpressions expressions) {
    this.reader = reader;
    this.expressions = expressions;
    this.lists = new JavaLists(reader, expressions);
  }

  List<Stmt> block(Statement statement) {
    List<Stmt> out = new ArrayList<>();
    statement(statement, out);
    return out;
  }

  /** The statements of a switch case, where a plain {@code break} ends the case. */
  List<Stmt> caseBlock(Statement statement) {
    return jumps.within(true, () -> block(statement));
  }

  private List<Stmt> loopBody(Statement statement) {
    return jumps.within(false, () -> block(statement));
  }

  private void statement(Statement node, List<Stmt> out) {
    reader.checkpoint();
    int line = JavaExpressions.line(node);
    lists.forget(node);
    if (node instanceof BlockStmt block) {
      block.getStatements().forEach(s -> statement(s, out));
    } else if (node instanceof ExpressionStmt e) {
      expression(e.getExpression(), out);
    } else if (node instanceof ReturnStmt r) {
      out.add(new Stmt.Return(r.getExpression().map(expressions::of).orElse(null), line));
    } else if (node instanceof IfStmt i) {
      hoist(i.getCondition(), out);
      out.add(
          new Stmt.Branch(
              expressions.of(i.getCondition()),
              block(i.getThenStmt()),
              i.getElseStmt().map(this::block).orElse(List.of()),
              line));
    } else if (node instanceof ForStmt f) {
      f.getInitialization().forEach(e -> expression(e, out));
      List<Stmt> body = loopBody(f.getBody());
      f.getUpdate().forEach(e -> expression(e, body));
      out.add(
          new Stmt.Loop(null, null, f.getCompare().map(expressions::of).orElse(null), body, line));
    } else if (node instanceof ForEachStmt f) {
      String name = f.getVariable().getVariables().get(0).getNameAsString();
      out.add(
          new Stmt.Loop(
              new Expr.Name(name, line),
              expressions.of(f.getIterable()),
              null,
              loopBody(f.getBody()),
              line));
    } else if (node instanceof WhileStmt w) {
      // while ((line = reader.readLine()) != null): the assignment runs before each test
      hoist(w.getCondition(), out);
      List<Stmt> body = loopBody(w.getBody());
      hoist(w.getCondition(), body);
      out.add(new Stmt.Loop(null, null, expressions.of(w.getCondition()), body, line));
    } else if (node instanceof DoStmt d) {
      List<Stmt> body = loopBody(d.getBody());
      out.addAll(body);
      out.add(new Stmt.Loop(null, null, expressions.of(d.getCondition()), body, line));
    } else if (node instanceof TryStmt t) {
      t.getResources().forEach(e -> expression(e, out));
      List<Handler> handlers = new ArrayList<>();
      for (CatchClause clause : t.getCatchClauses()) {
        handlers.add(
            new Handler(
                clause.getParameter().getNameAsString(),
                List.of(clause.getParameter().getTypeAsString().split("\\s*\\|\\s*")),
                block(clause.getBody()),
                JavaExpressions.line(clause)));
      }
      out.add(
          new Stmt.Try(
              block(t.getTryBlock()),
              handlers,
              List.of(),
              t.getFinallyBlock().map(this::block).orElse(List.of()),
              line));
    } else if (node instanceof ThrowStmt t) {
      out.add(new Stmt.Throw(expressions.of(t.getExpression()), line));
    } else if (node instanceof SwitchStmt s) {
      out.addAll(reader.switches().statement(s.getSelector(), s.getEntries(), line));
    } else if (node instanceof SynchronizedStmt s) {
      statement(s.getBody(), out);
    } else if (node instanceof LabeledStmt l) {
      labeled(l.getStatement(), out, line);
    } else if (node instanceof BreakStmt b) {
      out.add(jumps.breaks(b.getLabel().map(Object::toString).orElse(null), line));
    } else if (node instanceof ContinueStmt c) {
      out.add(Jumps.continues(c.getLabel().map(Object::toString).orElse(null), line));
    } else if (node instanceof LocalClassDeclarationStmt local) {
      reader.localType(local.getClassDeclaration());
    } else if (node instanceof ExplicitConstructorInvocationStmt call) {
      out.add(
          new Stmt.Evaluate(
              new Expr.Call(
                  new Expr.Name(call.isThis() ? "this" : "super", line),
                  expressions.arguments(call.getArguments()),
                  false,
                  line),
              line));
    }
  }

  private void labeled(Statement body, List<Stmt> out, int line) {
    if (body.isForStmt() || body.isForEachStmt() || body.isWhileStmt() || body.isDoStmt()) {
      statement(body, out);
    } else {
      out.add(Jumps.labeledBlock(block(body), line));
    }
  }

  private void hoist(Expression condition, List<Stmt> out) {
    for (AssignExpr assign : condition.findAll(AssignExpr.class)) {
      out.add(
          new Stmt.Assign(
              expressions.of(assign.getTarget()),
              expressions.of(assign.getValue()),
              assign.getOperator().asString(),
              JavaExpressions.line(assign)));
    }
  }

  private void expression(Expression expression, List<Stmt> out) {
    int line = JavaExpressions.line(expression);
    if (expression instanceof VariableDeclarationExpr declaration) {
      declaration
          .getVariables()
          .forEach(
              v -> {
                out.add(new Stmt.Declare(v.getNameAsString(), v.getTypeAsString(), line));
                lists.declared(v);
                v.getInitializer()
                    .ifPresent(
                        init ->
                            out.add(
                                new Stmt.Assign(
                                    new Expr.Name(v.getNameAsString(), line),
                                    expressions.of(init),
                                    "=",
                                    line)));
              });
    } else if (expression instanceof AssignExpr assign) {
      out.add(
          new Stmt.Assign(
              expressions.of(assign.getTarget()),
              expressions.of(assign.getValue()),
              assign.getOperator().asString(),
              line));
    } else if (expression instanceof com.github.javaparser.ast.expr.MethodCallExpr call
        && modelledCall(call, line, out)) {
      return;
    } else {
      out.add(new Stmt.Evaluate(expressions.of(expression), line));
    }
  }

  // sb.append(a).append(b) on a local builder: sb += a + b; map.put("k", v): map["k"] = v
  private boolean modelledCall(
      com.github.javaparser.ast.expr.MethodCallExpr call, int line, List<Stmt> out) {
    if (lists.statement(call, line, out)) {
      return true;
    }
    String[] target = new String[1];
    List<Expr> appended = JavaBuilders.appendsTo(expressions, call, target);
    if (appended != null) {
      out.add(
          new Stmt.Assign(
              new Expr.Name(target[0], line),
              new Expr.StringBuild(Expr.StringBuild.Kind.CONCAT, appended, line),
              "+=",
              line));
      return true;
    }
    if (call.getNameAsString().equals("put")
        && call.getArguments().size() == 2
        && call.getScope().orElse(null) instanceof com.github.javaparser.ast.expr.NameExpr map
        && reader.scope().isMap(map)
        && JavaBuilders.isConstant(call.getArgument(0))) {
      out.add(
          new Stmt.Assign(
              new Expr.Index(
                  new Expr.Name(map.getNameAsString(), line),
                  expressions.of(call.getArgument(0)),
                  line),
              expressions.of(call.getArgument(1)),
              "=",
              line));
      return true;
    }
    return false;
  }
}
