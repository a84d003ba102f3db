package dev.reviewpanel.security.javascript;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Rule;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * SQL injection (CWE-89) in JavaScript/TypeScript: {@code query}/{@code execute}/{@code raw} given
 * SQL built with an untagged template or concatenation. Placeholders with a values array and tagged
 * templates such as {@code sql`...`} (which bind their substitutions) are safe.
 */
@Component
public class JsSqlInjectionAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.sql-injection",
          "injection",
          "CWE-89",
          Severity.HIGH,
          Confidence.HIGH,
          "SQL injection",
          "Keep the SQL constant and pass values separately: db.query('... WHERE id = $1', [id]),"
              + " or use a tagged template (sql`...`) that binds substitutions.");

  private static final Set<String> SQL_METHODS =
      Set.of(
          "query",
          "execute",
          "raw",
          "unsafe",
          "$queryRawUnsafe",
          "$executeRawUnsafe",
          "whereRaw",
          "orderByRaw",
          "joinRaw",
          "havingRaw");
  // query()/execute() are common names: the built text must read like SQL.
  private static final Pattern SQL_WORDS =
      Pattern.compile(
          "(?is).*\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from"
              + "|where\\s|order\\s+by|drop\\s+table|create\\s+table)\\b.*");

  @Override
  public String name() {
    return "js-sql-injection";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    maybeCall
        .filter(
            call ->
                !call.isNew() && SQL_METHODS.contains(call.name()) && !call.receiver().isEmpty())
        .ifPresent(
            call ->
                call.argument(0)
                    .filter(values::isBuilt)
                    .filter(sql -> readsLikeSql(sql, tree, values))
                    .ifPresent(
                        sql ->
                            report(
                                findings,
                                RULE,
                                node,
                                "SQL passed to "
                                    + call.name()
                                    + "() is built from non-constant data.")));
  }

  private static boolean readsLikeSql(TSNode sql, SyntaxTree tree, JsValues values) {
    if (SQL_WORDS.matcher(tree.text(sql)).matches()) {
      return true;
    }
    return sql.getType().equals("identifier")
        && values.valuesOf(sql).stream().anyMatch(v -> SQL_WORDS.matcher(tree.text(v)).matches());
  }
}
