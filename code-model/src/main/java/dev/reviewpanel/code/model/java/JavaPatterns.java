package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Names declared by statements before a use, and pattern variables ({@code o instanceof Foo f})
 * where the condition that binds them is known to hold: the then-branch, the right of {@code &&},
 * the code after {@code if (!(o instanceof Foo f)) return;}.
 */
final class JavaPatterns {

  private JavaPatterns() {}

  /** The last declaration of {@code name} among the statements before {@code child}. */
  static Optional<JavaDeclaration> precedingLocals(
      NodeList<Statement> statements, Node child, String name) {
    Optional<JavaDeclaration> latest = Optional.empty();
    for (Statement statement : statements) {
      if (statement == child) {
        break;
      }
      Optional<JavaDeclaration> found =
          statement instanceof IfStmt guard && guardsTheRest(guard)
              ? bound(guard.getCondition(), false, name)
              : JavaNames.localIn(statement, name);
      latest = found.isPresent() ? found : latest;
    }
    return latest;
  }

  /** Locals of the earlier groups of an old-style switch: one block shared by every case. */
  static Optional<JavaDeclaration> earlierEntries(SwitchNode choice, Node child, String name) {
    Optional<JavaDeclaration> latest = Optional.empty();
    for (SwitchEntry entry : choice.getEntries()) {
      if (entry == child) {
        break;
      }
      if (entry.getType() == SwitchEntry.Type.STATEMENT_GROUP) {
        Optional<JavaDeclaration> found = precedingLocals(entry.getStatements(), null, name);
        latest = found.isPresent() ? found : latest;
      }
    }
    return latest;
  }

  /** A pattern of a {@code case Foo f ->} label, seen by its guard and its body. */
  static Optional<JavaDeclaration> inLabels(SwitchEntry entry, String name) {
    return entry.getLabels().stream()
        .flatMap(label -> label.findAll(TypePatternExpr.class).stream())
        .filter(pattern -> pattern.getNameAsString().equals(name))
        .findFirst()
        .map(JavaDeclaration::of);
  }

  /** Patterns of an {@code if} condition in its then-branch (or, negated, its else-branch). */
  static Optional<JavaDeclaration> inCondition(
      Expression condition, Node child, IfStmt branch, String name) {
    if (child == branch.getThenStmt()) {
      return bound(condition, true, name);
    }
    return child == branch.getElseStmt().orElse(null)
        ? bound(condition, false, name)
        : Optional.empty();
  }

  /** Patterns of a loop condition inside the loop body. */
  static Optional<JavaDeclaration> whenTrue(
      Optional<Expression> condition, Node child, Statement body, String name) {
    return child == body ? condition.flatMap(c -> bound(c, true, name)) : Optional.empty();
  }

  /**
   * Patterns of {@code a} in {@code b} for {@code a && b}, {@code a || b} and {@code a ? b : c}.
   */
  static Optional<JavaDeclaration> inOperands(Expression scope, Node child, String name) {
    if (scope instanceof ConditionalExpr choice) {
      if (child == choice.getThenExpr()) {
        return bound(choice.getCondition(), true, name);
      }
      return child == choice.getElseExpr()
          ? bound(choice.getCondition(), false, name)
          : Optional.empty();
    }
    BinaryExpr binary = (BinaryExpr) scope;
    if (child != binary.getRight()) {
      return Optional.empty();
    }
    return switch (binary.getOperator()) {
      case AND -> bound(binary.getLeft(), true, name);
      case OR -> bound(binary.getLeft(), false, name);
      default -> Optional.empty();
    };
  }

  private static Optional<JavaDeclaration> bound(Expression condition, boolean holds, String name) {
    return patterns(condition, holds)
        .filter(pattern -> pattern.getNameAsString().equals(name))
        .findFirst()
        .map(JavaDeclaration::of);
  }

  // The pattern variables definitely bound when condition evaluates to holds.
  private static Stream<TypePatternExpr> patterns(Expression condition, boolean holds) {
    if (condition instanceof EnclosedExpr enclosed) {
      return patterns(enclosed.getInner(), holds);
    }
    if (condition instanceof UnaryExpr not
        && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return patterns(not.getExpression(), !holds);
    }
    if (condition instanceof BinaryExpr binary
        && binary.getOperator() == (holds ? BinaryExpr.Operator.AND : BinaryExpr.Operator.OR)) {
      return Stream.concat(patterns(binary.getLeft(), holds), patterns(binary.getRight(), holds));
    }
    if (condition instanceof InstanceOfExpr test && holds && test.getPattern().isPresent()) {
      return test.getPattern().get().findAll(TypePatternExpr.class).stream();
    }
    return Stream.empty();
  }

  // if (!(o instanceof Foo f)) return;  -- f is in scope for the rest of the block
  private static boolean guardsTheRest(IfStmt guard) {
    return guard.getElseStmt().isEmpty() && exits(guard.getThenStmt());
  }

  private static boolean exits(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().isNonEmpty() && exits(block.getStatements().getLast().get());
    }
    return statement instanceof ReturnStmt
        || statement instanceof ThrowStmt
        || statement instanceof BreakStmt
        || statement instanceof ContinueStmt;
  }
}
