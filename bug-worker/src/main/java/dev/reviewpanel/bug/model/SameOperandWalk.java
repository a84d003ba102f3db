package dev.reviewpanel.bug.model;

import static dev.reviewpanel.bug.model.SameOperandAnalyzer.PYTHON_ASSIGNMENT;
import static dev.reviewpanel.bug.model.SameOperandAnalyzer.PYTHON_COMPARISON;
import static dev.reviewpanel.bug.model.SameOperandAnalyzer.SCRIPT_ASSIGNMENT;
import static dev.reviewpanel.bug.model.SameOperandAnalyzer.SCRIPT_COMPARISON;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One function's statements in source order, for {@link SameOperandAnalyzer}: assignments and
 * comparisons whose two sides are the same name or attribute chain.
 */
final class SameOperandWalk {

  private static final Set<String> PYTHON_COMPARISONS =
      Set.of("==", "<", ">", "<=", ">=", "is", "is not");
  private static final Set<String> SCRIPT_COMPARISONS = Set.of("===", "==", "<", ">", "<=", ">=");
  private static final Set<String> RELOADING_PROPERTIES = Set.of("href", "src");

  private final Findings findings;
  private final boolean python;
  private final boolean assignments;
  private final Set<String> bound = new HashSet<>();
  private final Set<String> classAttributes;

  SameOperandWalk(
      Findings findings, boolean python, boolean assignments, Set<String> classAttributes) {
    this.findings = findings;
    this.python = python;
    this.assignments = assignments;
    this.classAttributes = classAttributes;
  }

  void statements(List<Stmt> body) {
    body.forEach(this::statement);
  }

  private void statement(Stmt stmt) {
    if (stmt instanceof Stmt.Assign assign) {
      expression(assign.target(), false);
      expression(assign.value(), false);
      if (assign.operator().equals("=")) {
        assignment(assign);
        if (assign.target() instanceof Expr.Name name) {
          bound.add(name.name());
        }
      }
    } else if (stmt instanceof Stmt.Evaluate evaluate) {
      expression(evaluate.expr(), false);
    } else if (stmt instanceof Stmt.Return ret) {
      expression(ret.value(), false);
    } else if (stmt instanceof Stmt.Throw thrown) {
      expression(thrown.value(), false);
    } else if (stmt instanceof Stmt.Branch branch) {
      expression(branch.condition(), false);
      statements(branch.then());
      statements(branch.otherwise());
    } else if (stmt instanceof Stmt.Loop loop) {
      expression(loop.iterable(), false);
      expression(loop.condition(), false);
      statements(loop.body());
    } else if (stmt instanceof Stmt.Try attempt) {
      statements(attempt.body());
      attempt.handlers().forEach(handler -> statements(handler.body()));
      statements(attempt.orElse());
      statements(attempt.finallyBody());
    }
  }

  private void assignment(Stmt.Assign assign) {
    String target = reference(assign.target());
    if (!assignments || target == null || !target.equals(reference(assign.value()))) {
      return;
    }
    String code = CodeExcerpt.of(target + " = " + target);
    if (python) {
      // runner = runner after runner = make_runner(): a no-op on a local, where name = name on
      // an unbound name raises and self.x = self.x hides a meant parameter
      if (assign.target() instanceof Expr.Name && bound.contains(target)) {
        findings.report(
            PYTHON_ASSIGNMENT.at(Severity.LOW, Confidence.MEDIUM),
            assign.line(),
            "'"
                + code
                + "' assigns the variable to itself; LOW: the local already holds that value, so"
                + " the line does nothing (a leftover, or a hint for a type checker).");
        return;
      }
      // self.in_ = self.in_ under a class attribute in_ = ...: the instance gets its own copy
      if (assign.target() instanceof Expr.Attribute attribute
          && attribute.object() instanceof Expr.Name self
          && self.name().equals("self")
          && classAttributes.contains(attribute.name())) {
        return;
      }
    } else if (assign.target() instanceof Expr.Attribute attribute
        && RELOADING_PROPERTIES.contains(attribute.name())) {
      return;
    }
    findings.report(
        python ? PYTHON_ASSIGNMENT : SCRIPT_ASSIGNMENT,
        assign.line(),
        "'" + code + "' assigns the variable to itself.");
  }

  private void expression(Expr expr, boolean asserted) {
    if (expr instanceof Expr.Operation operation) {
      if (!asserted) {
        comparison(operation);
      }
      operation.operands().forEach(operand -> expression(operand, asserted));
    } else if (expr instanceof Expr.Call call) {
      boolean assertion = asserted || isAssertion(call);
      expression(call.callee(), assertion);
      call.arguments().forEach(argument -> expression(argument.value(), assertion));
    } else if (expr instanceof Expr.Attribute attribute) {
      expression(attribute.object(), asserted);
    } else if (expr instanceof Expr.Index index) {
      expression(index.object(), asserted);
      expression(index.key(), asserted);
    } else if (expr instanceof Expr.StringBuild build) {
      build.parts().forEach(part -> expression(part, asserted));
    } else if (expr instanceof Expr.Conditional conditional) {
      expression(conditional.condition(), asserted);
      expression(conditional.whenTrue(), asserted);
      expression(conditional.whenFalse(), asserted);
    } else if (expr instanceof Expr.Collection collection) {
      for (Expr.Collection.Entry entry : collection.entries()) {
        expression(entry.key(), asserted);
        expression(entry.value(), asserted);
      }
    } else if (expr instanceof Expr.Opaque opaque) {
      boolean assertion = asserted || opaque.kind().equals("assert_statement");
      opaque.parts().forEach(part -> expression(part, assertion));
    }
  }

  // a < b <= c: each operator between its neighbours
  private void comparison(Expr.Operation operation) {
    List<String> operators = operators(operation);
    List<Expr> operands = operation.operands();
    if (operators.size() != operands.size() - 1) {
      return;
    }
    for (int i = 0; i < operators.size(); i++) {
      String operator = operators.get(i);
      String left = reference(operands.get(i));
      if (left == null
          || !left.equals(reference(operands.get(i + 1)))
          || !(python ? PYTHON_COMPARISONS : SCRIPT_COMPARISONS).contains(operator)
          || isNotNanTest(operator, operands.get(i))) {
        continue;
      }
      findings.report(
          python ? PYTHON_COMPARISON : SCRIPT_COMPARISON,
          operation.line(),
          "'"
              + CodeExcerpt.of(left + " " + operator + " " + left)
              + "' compares a value with itself, so its result never changes.");
      return;
    }
  }

  // Python writes a chain's operators in one: "< <=", "is not", "not in"
  private List<String> operators(Expr.Operation operation) {
    if (!python) {
      return List.of(operation.operator());
    }
    List<String> operators = new ArrayList<>();
    String[] words = operation.operator().split(" ");
    for (int i = 0; i < words.length; i++) {
      boolean pair =
          i + 1 < words.length
              && ((words[i].equals("is") && words[i + 1].equals("not"))
                  || (words[i].equals("not") && words[i + 1].equals("in")));
      operators.add(pair ? words[i] + " " + words[++i] : words[i]);
    }
    return operators;
  }

  // value === value is false only for NaN: the pre-Number.isNaN idiom, written on a local name
  private boolean isNotNanTest(String operator, Expr left) {
    return !python
        && (operator.equals("===") || operator.equals("=="))
        && left instanceof Expr.Name name
        && !name.name().equals("this");
  }

  private boolean isAssertion(Expr.Call call) {
    String name = call.name();
    if (python) {
      return name.startsWith("assert");
    }
    return name.startsWith("assert")
        || name.equals("ok")
        || Expr.dotted(call.callee()).equals("expect");
  }

  /** A name or attribute chain as written, or null: a call or subscript may differ each time. */
  private static String reference(Expr expr) {
    if (expr instanceof Expr.Name name) {
      return name.name();
    }
    if (expr instanceof Expr.Attribute attribute) {
      String object = reference(attribute.object());
      return object == null ? null : object + "." + attribute.name();
    }
    return null;
  }
}
