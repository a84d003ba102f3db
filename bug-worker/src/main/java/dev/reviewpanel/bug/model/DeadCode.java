package dev.reviewpanel.bug.model;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.model.Stmt.Jump.Kind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement lists of a file's functions, for {@link UnreachableCodeAnalyzer}: in each, the
 * first statement after one that never completes normally.
 */
final class DeadCode {

  private final ParsedFile file;
  private final Findings findings;
  private final Rule rule;
  private final boolean script;
  private final Map<Stmt, Boolean> leaves = new IdentityHashMap<>();

  DeadCode(ParsedFile file, Findings findings, Rule rule) {
    this.file = file;
    this.findings = findings;
    this.rule = rule;
    this.script = file.language() == Language.JAVASCRIPT || file.language() == Language.TYPESCRIPT;
  }

  void statements(List<Stmt> body) {
    check(body);
    body.forEach(stmt -> stmt.blocks().forEach(this::statements));
  }

  private void check(List<Stmt> body) {
    for (int i = 0; i + 1 < body.size(); i++) {
      Stmt exit = body.get(i);
      if (!ends(exit)) {
        continue;
      }
      for (int j = i + 1; j < body.size(); j++) {
        Stmt dead = body.get(j);
        // written before the exit: a loop's update or a do loop the model places after its body,
        // both reached again through the loop
        if (dead.line() <= exit.line()) {
          return;
        }
        if (!inert(dead, exit)) {
          findings.report(
              rule,
              dead.line(),
              "'"
                  + CodeExcerpt.of(file.line(dead.line()))
                  + "' can never run: the statement before it ('"
                  + CodeExcerpt.of(file.line(exit.line()))
                  + "') always leaves the block.");
          return;
        }
      }
      return;
    }
  }

  // Nothing runs for these even when reached, or they run anyway (hoisted); a JavaScript switch
  // case's defensive break after a return is an idiom there; a yield after a bare return or a
  // raise only makes the function a generator (an empty one, or one that always fails).
  private boolean inert(Stmt dead, Stmt exit) {
    return marksUnreachable(dead)
        || (script && dead instanceof Stmt.Jump jump && jump.kind() != Kind.CONTINUE)
        || dead instanceof Stmt.Declare
        // a literal standing alone does nothing: code kept in a string ("""...""") after a return
        || (dead instanceof Stmt.Evaluate literal && literal.expr() instanceof Expr.Literal)
        || (dead instanceof Stmt.Evaluate evaluate
            && evaluate.expr() instanceof Expr.Opaque opaque
            && opaque.kind().startsWith("yield")
            && (exit instanceof Stmt.Return ret && ret.value() == null
                || exit instanceof Stmt.Throw));
  }

  // assert False, "Not reached"; throw new AssertionError(); raise RuntimeError("unreachable"):
  // the author's own mark that control never gets here, which is what it says. Read from the
  // statement's code, not from a comment after it.
  private static final java.util.regex.Pattern ASSERT_FALSE =
      java.util.regex.Pattern.compile("^\\s*assert\\s*\\(?\\s*(False|false|0)\\b");
  private static final java.util.regex.Pattern UNREACHABLE_WORDS =
      java.util.regex.Pattern.compile(
          "(?i)AssertionError|unreachable|not reached|never (be )?reached|never happen"
              + "|cannot happen|can't happen");

  private boolean marksUnreachable(Stmt dead) {
    String code = withoutComment(file.line(dead.line()));
    return dead instanceof Stmt.Evaluate && ASSERT_FALSE.matcher(code).find()
        || dead instanceof Stmt.Throw && UNREACHABLE_WORDS.matcher(code).find();
  }

  private String withoutComment(String line) {
    int comment = line.indexOf(file.language() == Language.PYTHON ? "#" : "//");
    return comment < 0 ? line : line.substring(0, comment);
  }

  /** True when the statements after {@code stmt} in its list can never run. */
  private boolean ends(Stmt stmt) {
    return stmt instanceof Stmt.Jump || leaves(stmt);
  }

  /** True when {@code stmt} never completes normally: control never reaches what follows. */
  private boolean leaves(Stmt stmt) {
    if (stmt instanceof Stmt.Return || stmt instanceof Stmt.Throw) {
      return true;
    }
    if (stmt instanceof Stmt.Jump jump) {
      return jump.kind() != Kind.CASE_END;
    }
    if (stmt instanceof Stmt.Loop loop) {
      return endless(loop) && !breaksOut(loop.body(), false);
    }
    if (!(stmt instanceof Stmt.Branch)) {
      return false;
    }
    Boolean known = leaves.get(stmt);
    if (known != null) {
      return known;
    }
    // an else-if chain is walked in a loop, not by recursion: chains can be thousands long
    boolean all = true;
    Stmt branch = stmt;
    while (all && branch instanceof Stmt.Branch choice) {
      all = !choice.otherwise().isEmpty() && lastLeaves(choice.then());
      branch = choice.otherwise().size() == 1 ? choice.otherwise().get(0) : null;
      if (all && branch == null) {
        all = lastLeaves(choice.otherwise());
      }
    }
    if (all && branch != null) {
      all = leaves(branch);
    }
    leaves.put(stmt, all);
    return all;
  }

  // a switch case's break anywhere in the arm lets the switch complete, whatever comes last
  private boolean lastLeaves(List<Stmt> body) {
    return !body.isEmpty() && leaves(body.get(body.size() - 1)) && !endsCase(body);
  }

  private static boolean endsCase(List<Stmt> body) {
    return body.stream()
        .anyMatch(
            stmt ->
                (stmt instanceof Stmt.Jump jump && jump.kind() == Kind.CASE_END)
                    || stmt.blocks().stream().anyMatch(DeadCode::endsCase));
  }

  // A break that leaves the loop: a plain one outside nested loops, or a labeled one anywhere
  // (counted whatever label it names).
  private static boolean breaksOut(List<Stmt> body, boolean nested) {
    for (Stmt stmt : body) {
      if (stmt instanceof Stmt.Jump jump) {
        if (jump.kind() == Kind.BREAK && (jump.label() != null || !nested)) {
          return true;
        }
      } else if (stmt.blocks().stream()
          .anyMatch(block -> breaksOut(block, nested || stmt instanceof Stmt.Loop))) {
        return true;
      }
    }
    return false;
  }

  // while (true), for (;;), while True:
  private static boolean endless(Stmt.Loop loop) {
    if (loop.condition() == null) {
      return loop.iterable() == null && loop.variable() == null;
    }
    return loop.condition() instanceof Expr.Literal literal && Boolean.TRUE.equals(literal.value());
  }
}
