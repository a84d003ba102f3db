package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Stmt;
import java.util.List;
import java.util.Set;

/**
 * Local lists filled in straight-line code ({@code values.add("a"); values.add(input);
 * values.remove(0); values.get(1)}): each element becomes an indexed entry, so a read at a constant
 * index sees exactly the element there. Any other use of the list, or its use inside a branch or
 * loop, ends the tracking and the list is one value again.
 */
final class JavaLists {

  private static final Set<String> OWN_USES = Set.of("add", "remove", "get", "size", "isEmpty");

  private final JavaReader reader;
  private final JavaExpressions expressions;

  JavaLists(JavaReader reader, JavaExpressions expressions) {
    this.reader = reader;
    this.expressions = expressions;
  }

  /** {@code List<String> values = new ArrayList<>();} starts tracking {@code values}. */
  void declared(VariableDeclarator variable) {
    String name = variable.getNameAsString();
    boolean empty =
        variable.getInitializer().orElse(null) instanceof ObjectCreationExpr created
            && created.getArguments().isEmpty()
            && created.getAnonymousClassBody().isEmpty()
            && (created.getType().getNameAsString().endsWith("List"));
    reader.scope().listSize(name, empty ? 0 : null);
  }

  /** Stops tracking the lists a statement uses in any way but the modelled calls. */
  void forget(Statement node) {
    Set<String> tracked = reader.scope().trackedLists();
    if (tracked.isEmpty()) {
      return;
    }
    boolean simple =
        node instanceof ExpressionStmt || node instanceof com.github.javaparser.ast.stmt.ReturnStmt;
    for (NameExpr name : node.findAll(NameExpr.class)) {
      String id = name.getNameAsString();
      if (!tracked.contains(id)) {
        continue;
      }
      boolean own =
          name.getParentNode().orElse(null) instanceof MethodCallExpr call
              && call.getScope().orElse(null) == name
              && OWN_USES.contains(call.getNameAsString());
      if (!simple || !own) {
        reader.scope().listSize(id, null);
        return;
      }
    }
  }

  /** {@code values.add(x)} and {@code values.remove(0)} on a tracked list, as entry writes. */
  boolean statement(MethodCallExpr call, int line, List<Stmt> out) {
    if (!(call.getScope().orElse(null) instanceof NameExpr list)) {
      return false;
    }
    String name = list.getNameAsString();
    Integer size = reader.scope().listSize(name);
    if (size == null) {
      return false;
    }
    if (call.getNameAsString().equals("add") && call.getArguments().size() == 1) {
      out.add(assign(name, size, expressions.of(call.getArgument(0)), line));
      reader.scope().listSize(name, size + 1);
      return true;
    }
    if (call.getNameAsString().equals("remove")
        && call.getArguments().size() == 1
        && call.getArgument(0) instanceof IntegerLiteralExpr index
        && index.asNumber().intValue() < size) {
      for (int i = index.asNumber().intValue(); i < size - 1; i++) {
        out.add(assign(name, i, element(name, i + 1, line), line));
      }
      out.add(assign(name, size - 1, new Expr.Literal(null, line), line));
      reader.scope().listSize(name, size - 1);
      return true;
    }
    reader.scope().listSize(name, null);
    return false;
  }

  private static Expr element(String list, int index, int line) {
    return new Expr.Index(new Expr.Name(list, line), new Expr.Literal((long) index, line), line);
  }

  private static Stmt assign(String list, int index, Expr value, int line) {
    return new Stmt.Assign(element(list, index, line), value, "=", line);
  }
}
