package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * SQL injection (CWE-89) in JavaScript/TypeScript: {@code query}/{@code execute}/{@code raw} given
 * SQL text that carries untrusted data (request data, the environment, or a parameter of an entry
 * point) through templates, concatenation or helpers. Placeholders with a values array, knex
 * bindings and tagged templates such as {@code sql`...`} (which bind their substitutions) are safe.
 */
@Component
public class JsSqlInjectionAnalyzer extends JsTaintAnalyzer {

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
          "havingRaw",
          "literal",
          "all",
          "get",
          "run",
          "each",
          "exec",
          "prepare",
          "where",
          "andWhere",
          "orWhere");
  // query()/execute() are common names: the built text must read like SQL.
  private static final Pattern SQL_WORDS =
      Pattern.compile(
          "(?is).*\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from"
              + "|where\\s|order\\s+by|drop\\s+table|create\\s+table)\\b.*");

  // Methods whose first argument is always SQL text, so it need not read like SQL.
  private static final Set<String> RAW_METHODS =
      Set.of(
          "raw",
          "unsafe",
          "$queryRawUnsafe",
          "$executeRawUnsafe",
          "whereRaw",
          "orderByRaw",
          "joinRaw",
          "havingRaw",
          "literal");
  // TypeORM/query-builder conditions are SQL text when given a built string.
  private static final Set<String> CONDITIONS = Set.of("where", "andWhere", "orWhere");

  @Override
  public String name() {
    return "js-sql-injection";
  }

  @Override
  boolean untrustedEntryPoints() {
    return true;
  }

  @Override
  void inspect(JsCall call, SyntaxTree tree, JsTaint taint, Findings findings) {
    if (call.isNew() || !SQL_METHODS.contains(call.name()) || call.receiver().isEmpty()) {
      return;
    }
    call.argument(0)
        .filter(sql -> !sql.getType().equals("object"))
        .filter(taint::isTainted)
        .filter(sql -> !CONDITIONS.contains(call.name()) || taint.values().isBuilt(sql))
        .filter(
            sql ->
                RAW_METHODS.contains(call.name())
                    || CONDITIONS.contains(call.name())
                    || readsLikeSql(sql, tree, taint, 0))
        .ifPresent(
            sql ->
                report(
                    findings,
                    RULE,
                    call.node(),
                    "SQL injection (CWE-89): untrusted data → SQL text → " + call.name() + "()."));
  }

  private static boolean readsLikeSql(TSNode sql, SyntaxTree tree, JsTaint taint, int depth) {
    if (SQL_WORDS.matcher(tree.text(sql)).matches()) {
      return true;
    }
    if (depth >= 4) {
      return false;
    }
    if (sql.getType().equals("call_expression")) {
      // byStatus(status) where byStatus returns the SQL text it builds
      return JsCall.of(sql, tree)
          .filter(c -> c.receiver().isEmpty() || c.receiver().equals("this"))
          .map(c -> taint.returnsOf(c.name()))
          .orElse(java.util.List.of())
          .stream()
          .anyMatch(r -> readsLikeSql(r, tree, taint, depth + 1));
    }
    return sql.getType().equals("identifier")
        && taint.values().valuesOf(sql).stream()
            .anyMatch(v -> readsLikeSql(v, tree, taint, depth + 1));
  }
}
