package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code switch} as a chain of branches on {@code selector == label}, so a constant selector folds
 * to its one case and each case sees the selector as its label; cases without {@code break} fall
 * through into the next one's statements.
 */
final class JavaSwitches {

  private final JavaExpressions expressions;
  private final JavaStatements statements;

  JavaSwitches(JavaExpressions expressions, JavaStatements statements) {
    this.expressions = expressions;
    this.statements = statements;
  }

  List<Stmt> statement(Expression selectorNode, List<SwitchEntry> entries, int line) {
    Expr selector = expressions.of(selectorNode);
    List<Expr> conditions = new ArrayList<>();
    List<List<Stmt>> bodies = new ArrayList<>();
    List<Stmt> otherwise = List.of();
    for (int i = 0; i < entries.size(); i++) {
      List<Stmt> body = new ArrayList<>();
      for (int j = i; j < entries.size(); j++) {
        SwitchEntry entry = entries.get(j);
        entry.getStatements().forEach(s -> body.addAll(statements.caseBlock(s)));
        if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP || ends(entry)) {
          break;
        }
      }
      SwitchEntry entry = entries.get(i);
      if (entry.getLabels().isEmpty()) {
        otherwise = body;
      } else {
        conditions.add(condition(selector, entry, line));
        bodies.add(body);
      }
    }
    List<Stmt> chain = otherwise;
    for (int i = conditions.size() - 1; i >= 0; i--) {
      chain = List.of(new Stmt.Branch(conditions.get(i), bodies.get(i), chain, line));
    }
    if (chain.isEmpty()) {
      return List.of(new Stmt.Evaluate(selector, line));
    }
    return chain;
  }

  Expr expression(SwitchExpr choice, int line) {
    Expr selector = expressions.of(choice.getSelector());
    List<Expr> conditions = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    Expr otherwise = new Expr.Literal(null, line);
    for (SwitchEntry entry : choice.getEntries()) {
      Expr value = value(entry, line);
      if (entry.getLabels().isEmpty()) {
        otherwise = value;
      } else {
        conditions.add(condition(selector, entry, line));
        values.add(value);
      }
    }
    Expr chain = otherwise;
    for (int i = conditions.size() - 1; i >= 0; i--) {
      chain = new Expr.Conditional(conditions.get(i), values.get(i), chain, line);
    }
    return chain;
  }

  // case "a" -> value; case "b" -> { ...; yield value; }
  private Expr value(SwitchEntry entry, int line) {
    List<Expr> yielded = new ArrayList<>();
    for (Statement statement : entry.getStatements()) {
      if (statement instanceof ExpressionStmt e) {
        yielded.add(expressions.of(e.getExpression()));
      } else {
        statement
            .findAll(YieldStmt.class)
            .forEach(y -> yielded.add(expressions.of(y.getExpression())));
      }
    }
    if (yielded.size() == 1) {
      return yielded.get(0);
    }
    return yielded.isEmpty()
        ? new Expr.Literal(null, line)
        : new Expr.Opaque("yield", yielded, line);
  }

  private Expr condition(Expr selector, SwitchEntry entry, int line) {
    Expr condition = null;
    for (Expression label : entry.getLabels()) {
      Expr equal = new Expr.Operation("==", List.of(selector, expressions.of(label)), line);
      condition =
          condition == null ? equal : new Expr.Operation("||", List.of(condition, equal), line);
    }
    return condition;
  }

  // returns or throws: leaves the method, not only the switch
  private static boolean exits(Statement last) {
    if (last instanceof BlockStmt block) {
      return block.getStatements().getLast().map(JavaSwitches::exits).orElse(false);
    }
    return last instanceof ReturnStmt || last instanceof ThrowStmt;
  }

  private static boolean ends(SwitchEntry entry) {
    return entry.getStatements().getLast().map(JavaSwitches::leaves).orElse(false);
  }

  // The statement never completes normally, so the case does not fall through: a jump, a block
  // ending in one, an if whose branches both leave ({@code if (...) { return a; } else { throw e;
  // }}).
  private static boolean leaves(Statement last) {
    if (last instanceof BlockStmt block) {
      return block.getStatements().getLast().map(JavaSwitches::leaves).orElse(false);
    }
    if (last instanceof IfStmt choice) {
      return choice.getElseStmt().isPresent()
          && leaves(choice.getThenStmt())
          && leaves(choice.getElseStmt().get());
    }
    if (last instanceof SwitchStmt inner) {
      // a nested switch with a default whose every case returns or throws
      return inner.getEntries().stream().anyMatch(e -> e.getLabels().isEmpty())
          && inner.getEntries().stream()
              .filter(e -> !e.getStatements().isEmpty())
              .allMatch(e -> e.getStatements().getLast().map(JavaSwitches::exits).orElse(false))
          && inner.getEntries().getLast().map(e -> !e.getStatements().isEmpty()).orElse(false);
    }
    return last instanceof BreakStmt
        || last instanceof ReturnStmt
        || last instanceof ThrowStmt
        || last instanceof ContinueStmt
        || last instanceof YieldStmt;
  }
}
