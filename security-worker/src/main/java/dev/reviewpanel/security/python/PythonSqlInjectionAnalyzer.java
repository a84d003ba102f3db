package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

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
      Set.of(
          "execute",
          "executemany",
          "executescript",
          "raw",
          "mogrify",
          "exec_driver_sql",
          "read_sql",
          "read_sql_query");
  // asyncpg's fetch*() share names with HTTP clients: the text must read like SQL.
  private static final Set<String> GENERIC_METHODS = Set.of("fetch", "fetchrow", "fetchval");
  private static final java.util.regex.Pattern SQL_WORDS =
      java.util.regex.Pattern.compile(
          "(?is).*\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from)\\b.*");
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
            || ORM_RAW.contains(call.name())
            || (GENERIC_METHODS.contains(call.name())
                && call.argument(0).filter(a -> readsLikeSql(a, tree, taint)).isPresent());
    if (sql && argument(call, 0, "sql", tree).filter(taint::isTainted).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "SQL injection (CWE-89): untrusted data → SQL text → " + call.name() + "().");
    }
  }

  private static boolean readsLikeSql(TSNode sql, SyntaxTree tree, PythonTaint taint) {
    return SQL_WORDS.matcher(tree.text(sql)).matches()
        || (sql.getType().equals("identifier")
            && taint.values().valuesOf(sql).stream()
                .anyMatch(v -> SQL_WORDS.matcher(tree.text(v)).matches()));
  }
}
