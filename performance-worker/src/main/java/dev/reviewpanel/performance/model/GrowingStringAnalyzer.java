package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A string assigned before a loop and grown with {@code +=} (or {@code s = s + ...}) inside it.
 * Strings are immutable, so in Python each step may copy everything built so far; JavaScript
 * engines use ropes, so the cost shows up later as repeated flattening and garbage. In JavaScript a
 * variable grown with text is a string whatever it started as, so any earlier declaration or
 * assignment will do.
 */
@Component
public class GrowingStringAnalyzer extends NamedAnalyzer {

  static final Rule PYTHON =
      rule(
          "python",
          "Collect the parts in a list and join them once after the loop (''.join(parts)), or"
              + " write to an io.StringIO.");

  static final Rule JAVASCRIPT =
      rule(
          "javascript",
          "Push the parts into an array and join('') once after the loop, or build the result"
              + " with items.map(...).join('').");

  public GrowingStringAnalyzer() {
    super(
        "string-concat-in-loop", Set.of(Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  private static Rule rule(String language, String recommendation) {
    return new Rule(
        language + ".string-concat-in-loop",
        "allocation",
        null,
        Severity.LOW,
        Confidence.MEDIUM,
        "String built by concatenation inside a loop",
        recommendation);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    Language language = file.language();
    boolean python = language == Language.PYTHON;
    for (Function function : CodeModels.of(file).functions()) {
      LoopNest.walk(
          function,
          language,
          new Assignments() {
            @Override
            void grown(Stmt.Assign growth, String name, LoopNest.Repeat loop, Known before) {
              boolean text = before.strings().contains(name);
              boolean grownWithText = !python && Expr.isText(growth.value());
              if (text || (grownWithText && before.assigned().contains(name))) {
                findings.report(
                    python ? PYTHON : JAVASCRIPT,
                    growth.line(),
                    "string '%s' is re-built on every iteration of the loop at line %d"
                        .formatted(name, loop.line()));
              }
            }

            @Override
            boolean isText(Expr value) {
              return isStringStart(value, python);
            }
          });
    }
  }

  /**
   * A string literal, an f-string or template, implicit concatenation, or Python's {@code str()}.
   */
  private static boolean isStringStart(Expr value, boolean python) {
    if (value instanceof Expr.Literal literal) {
      return literal.isString();
    }
    if (value instanceof Expr.StringBuild build) {
      return build.kind() == Expr.StringBuild.Kind.INTERPOLATION
          || (build.kind() == Expr.StringBuild.Kind.CONCAT
              && build.parts().stream().allMatch(part -> isStringStart(part, python)));
    }
    return python
        && value instanceof Expr.Call call
        && call.receiver().isEmpty()
        && call.name().equals("str");
  }

  /** Whether {@code value} is a {@code +} chain whose leftmost operand is {@code name}. */
  static boolean extendsItself(Expr value, String name) {
    Expr operand = value;
    boolean chained = false;
    while (true) {
      if (operand instanceof Expr.StringBuild build
          && build.kind() == Expr.StringBuild.Kind.CONCAT
          && !build.parts().isEmpty()) {
        operand = build.parts().get(0);
      } else if (operand instanceof Expr.Operation operation
          && operation.operator().equals("+")
          && operation.operands().size() == 2) {
        operand = operation.operands().get(0);
      } else {
        return chained && operand instanceof Expr.Name start && start.name().equals(name);
      }
      chained = true;
    }
  }

  /** The names known in one scope when a loop starts. */
  record Known(Set<String> strings, Set<String> assigned) {}

  /** Tracks assignments per scope in source order and hands each growth inside a loop over. */
  private abstract static class Assignments implements LoopNest.Visitor {

    private final Deque<Scope> scopes = new ArrayDeque<>(List.of(new Scope()));

    abstract void grown(Stmt.Assign growth, String name, LoopNest.Repeat loop, Known before);

    abstract boolean isText(Expr value);

    @Override
    public void scope(boolean enter) {
      if (enter) {
        scopes.push(new Scope());
      } else {
        scopes.pop();
      }
    }

    @Override
    public void loop(LoopNest.Repeat loop, List<LoopNest.Repeat> outer) {
      Scope scope = scopes.peek();
      scope.before.put(
          loop.index(), new Known(Set.copyOf(scope.strings), Set.copyOf(scope.assigned)));
    }

    @Override
    public void statement(Stmt stmt, List<LoopNest.Repeat> loops) {
      Scope scope = scopes.peek();
      if (stmt instanceof Stmt.Declare declare) {
        scope.assigned.add(declare.name());
      }
      if (!(stmt instanceof Stmt.Assign assign) || !(assign.target() instanceof Expr.Name name)) {
        return;
      }
      boolean growth =
          assign.operator().equals("+=")
              || (assign.operator().equals("=") && extendsItself(assign.value(), name.name()));
      if (growth && !loops.isEmpty()) {
        LoopNest.Repeat loop = loops.get(loops.size() - 1);
        // the innermost loop, judged by what its own scope knew when it started
        for (Scope owner : scopes) {
          Known before = owner.before.get(loop.index());
          if (before != null) {
            grown(assign, name.name(), loop, before);
            break;
          }
        }
      }
      if (assign.operator().equals("=")) {
        scope.assigned.add(name.name());
        if (isText(assign.value())) {
          scope.strings.add(name.name());
        }
      }
    }
  }

  private static final class Scope {
    final Set<String> strings = new HashSet<>();
    final Set<String> assigned = new HashSet<>();
    final Map<Integer, Known> before = new HashMap<>();
  }
}
