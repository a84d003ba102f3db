package dev.reviewpanel.bug.model;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A statement that follows, in the same block or switch case, one that never completes normally:
 * return, throw/raise, break, continue, an if/else whose every branch leaves, or an endless loop
 * ({@code while (true)}, {@code for (;;)}, {@code while True:}) without a break out of it. javac
 * rejects most of these in Java, but code under review often has not been compiled yet; Python and
 * JavaScript never reject them. One finding per block: the first dead line is the one to fix. Not
 * reported, since they do nothing or run anyway: a declaration without a value ({@code var x;}),
 * {@code pass}, a {@code yield} after a bare {@code return} (the empty generator idiom), and in
 * JavaScript and TypeScript hoisted function declarations, type declarations and a dead {@code
 * break} (the defensive one after a return in a switch case). The body of a {@code with} block may
 * be left by an exception its context manager swallows, so code after it stays reachable.
 */
@Component
public class UnreachableCodeAnalyzer extends NamedAnalyzer {

  static final Rule JAVA = rule("java", "return/throw/break/continue");
  static final Rule PYTHON = rule("python", "return/raise/break/continue");
  static final Rule SCRIPT = rule("javascript", "return/throw/break/continue");

  private static final Map<Language, Rule> RULES =
      Map.of(
          Language.JAVA, JAVA,
          Language.PYTHON, PYTHON,
          Language.JAVASCRIPT, SCRIPT,
          Language.TYPESCRIPT, SCRIPT);

  public UnreachableCodeAnalyzer() {
    super("unreachable-code", RULES.keySet());
  }

  private static Rule rule(String language, String exits) {
    return new Rule(
        language + ".unreachable-code",
        "correctness",
        "CWE-561",
        Severity.MEDIUM,
        Confidence.HIGH,
        "Unreachable code",
        "Remove the dead statements or move them before the "
            + exits
            + " that makes them unreachable.");
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    DeadCode dead = new DeadCode(file, findings, RULES.get(file.language()));
    for (Function function : CodeModels.of(file).functions()) {
      dead.statements(function.body());
    }
  }
}
