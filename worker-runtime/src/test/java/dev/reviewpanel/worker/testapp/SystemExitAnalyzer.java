package dev.reviewpanel.worker.testapp;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Flags {@code System.exit(...)}: a real, tiny AST rule for the runtime's tests. */
@Component
class SystemExitAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "test.system-exit",
          "reliability",
          "CWE-382",
          Severity.MEDIUM,
          Confidence.HIGH,
          "System.exit() in application code",
          "Throw an exception or return an exit code to the caller instead.");

  @Override
  public String name() {
    return "system-exit";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            unit ->
                unit.findAll(MethodCallExpr.class).stream()
                    .filter(call -> call.getNameAsString().equals("exit"))
                    .filter(
                        call ->
                            call.getScope().map(s -> s.toString().equals("System")).orElse(false))
                    .forEach(
                        call ->
                            findings.report(
                                RULE,
                                call.getBegin().orElseThrow().line,
                                "System.exit() stops the whole JVM")));
  }
}
