package dev.reviewpanel.security.python;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Rule;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * SQL injection (CWE-89) in Python: DB-API {@code execute}, Django {@code raw}/{@code RawSQL} and
 * SQLAlchemy {@code text} given SQL that carries untrusted data (request data, the environment, or
 * a parameter of an entry point), through f-strings, {@code %}, {@code +}, {@code .format} or
 * helpers. Passing values as parameters is the safe form; dead branches and values overwritten by
 * constants are not reported.
 */
@Component
public class PythonSqlInjectionAnalyzer extends PythonTaintAnalyzer {

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
      Set.of("execute", "executemany", "executescript", "raw", "mogrify", "exec_driver_sql");
  // Django QuerySet.extra(where=...) and RawSQL(...) take SQL text too.
  private static final Set<String> ORM_RAW = Set.of("RawSQL", "extra");
  // text() is SQLAlchemy only when called bare or on its module; widgets have text() too.
  private static final Set<String> TEXT_RECEIVERS = Set.of("", "sqlalchemy", "sa", "sql");

  @Override
  public String name() {
    return "python-sql-injection";
  }

  @Override
  boolean untrustedEntryPoints() {
    return true;
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings) {
    boolean sql =
        SQL_METHODS.contains(call.name())
            || (call.name().equals("text") && TEXT_RECEIVERS.contains(call.receiver()))
            || ORM_RAW.contains(call.name());
    if (sql && argument(call, 0, "sql", tree).filter(taint::isTainted).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "SQL injection (CWE-89): untrusted data → SQL text → " + call.name() + "().");
    }
  }
}
