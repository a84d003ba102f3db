package dev.reviewpanel.security.python;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Rule;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * SQL injection (CWE-89) in Python: DB-API {@code execute}, Django {@code raw} and SQLAlchemy
 * {@code text} given SQL built with an f-string, {@code %}, {@code +} or {@code .format} from
 * non-constant data. Passing parameters separately is the safe form.
 */
@Component
public class PythonSqlInjectionAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.sql-injection",
          "injection",
          "CWE-89",
          Severity.HIGH,
          Confidence.HIGH,
          "SQL injection",
          "Keep the SQL constant and pass values as parameters: cursor.execute(\"... WHERE id = %s\","
              + " (user_id,)), or bound parameters with SQLAlchemy text().");

  private static final Set<String> SQL_METHODS =
      Set.of("execute", "executemany", "executescript", "raw");
  // text() is SQLAlchemy only when called bare or on its module; widgets have text() too.
  private static final Set<String> TEXT_RECEIVERS = Set.of("", "sqlalchemy", "sa", "sql");

  @Override
  public String name() {
    return "python-sql-injection";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    boolean sql =
        SQL_METHODS.contains(call.name())
            || (call.name().equals("text") && TEXT_RECEIVERS.contains(call.receiver()));
    if (sql && call.argument(0).filter(values::isBuilt).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "SQL passed to " + call.name() + "() is built from non-constant data.");
    }
  }
}
