package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A statement that follows, in the same block or switch case, a statement that never completes
 * normally: return, throw, break, continue, an if/else or block whose every path does so, or an
 * endless loop without a break. javac rejects most of these, but code under review often has not
 * been compiled yet, and the first unreachable statement is where the intended logic went missing.
 */
@Component
class UnreachableCodeAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.unreachable-code",
          "correctness",
          "CWE-561",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Unreachable code",
          "Remove the dead statements or move them before the return/throw/break/continue that"
              + " makes them unreachable.");

  UnreachableCodeAnalyzer() {
    super("java-unreachable-code", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu -> {
              JavaNodes.of(file, BlockStmt.class).forEach(b -> check(b.getStatements(), findings));
              JavaNodes.of(file, SwitchEntry.class)
                  .forEach(e -> check(e.getStatements(), findings));
            });
  }

  private static void check(NodeList<Statement> statements, Findings findings) {
    for (int i = 0; i + 1 < statements.size(); i++) {
      Statement exit = statements.get(i);
      if (!AbruptCompletion.always(exit)) {
        continue;
      }
      // One finding per block: the first dead statement, the rest follow from it.
      for (int j = i + 1; j < statements.size(); j++) {
        Statement dead = statements.get(j);
        if (dead instanceof EmptyStmt) {
          continue;
        }
        findings.report(
            RULE,
            dead.getBegin().map(p -> p.line).orElse(1),
            dead.getEnd().map(p -> p.line).orElse(1),
            "'"
                + CodeExcerpt.of(dead)
                + "' can never run: the statement before it ('"
                + CodeExcerpt.of(exit.toString().lines().findFirst().orElse(""))
                + "') always leaves the block.");
        return;
      }
      return;
    }
  }
}
