package dev.reviewpanel.security.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.Flow;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.security.java.flow.ScopeText;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * SQL injection (CWE-89): SQL text assembled from non-constant data reaching JDBC, Spring's
 * JdbcTemplate or JPA. Constant SQL with bound parameters is the safe form.
 */
@Component
public class SqlInjectionAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.sql-injection",
          "injection",
          "CWE-89",
          Severity.HIGH,
          Confidence.HIGH,
          "SQL injection",
          "Keep the SQL text constant and bind every value: PreparedStatement with ? placeholders,"
              + " JdbcTemplate arguments, or setParameter on JPA queries.");

  // Names that only SQL APIs use: the first argument is always SQL.
  private static final Set<String> SQL_METHODS =
      Set.of(
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "addBatch",
          "prepareStatement",
          "prepareCall",
          "nativeSQL",
          "createQuery",
          "createNativeQuery",
          "createSQLQuery",
          "queryForList",
          "queryForObject",
          "queryForMap",
          "queryForRowSet",
          "queryForStream",
          "queryForLong",
          "queryForInt",
          "batchUpdate");
  // Names other APIs use too (executors, caches): SQL only on a JDBC-looking receiver.
  private static final Set<String> AMBIGUOUS_METHODS = Set.of("execute", "query", "update", "sql");
  private static final Pattern SQL_RECEIVER_TYPE =
      Pattern.compile(
          "(Prepared|Callable)?Statement|\\w*JdbcTemplate|JdbcOperations|JdbcClient|EntityManager"
              + "|Session|Connection");
  private static final Pattern SQL_RECEIVER_NAME =
      Pattern.compile(
          "(?i)stmt|statement|st|ps|jdbc\\w*|\\w*template|db|conn|connection|em|\\w*session");

  @Override
  public String name() {
    return "java-sql-injection";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (call.getArguments().isEmpty() || !isSqlCall(call, method)) {
        continue;
      }
      Flow sql = method.flowOf(call.getArgument(0));
      String sink = "SQL of " + call.getNameAsString() + "()";
      if (sql.built() && !sql.exposures().isEmpty()) {
        Exposure any = sql.exposures().iterator().next();
        reportTaint(findings, RULE, call, method, call.getArgument(0), any, sink);
      } else if (sql.built()) {
        report(
            findings,
            RULE,
            call,
            "SQL injection (CWE-89): non-constant data → concatenated query → " + sink + ".");
      }
    }
  }

  private static boolean isSqlCall(MethodCallExpr call, MethodFlow method) {
    String name = call.getNameAsString();
    if (SQL_METHODS.contains(name)) {
      return true;
    }
    if (!AMBIGUOUS_METHODS.contains(name) || call.getScope().isEmpty()) {
      return false;
    }
    // DatabaseHelper.JDBCtemplate.execute(sql): the nearest receiver names the API.
    String receiver = ScopeText.simpleOf(call);
    if (SQL_RECEIVER_NAME.matcher(receiver).matches()) {
      return true;
    }
    Expression scope = call.getScope().get();
    return MethodFlow.rootName(scope)
        .map(
            root ->
                method.typeOf(root).map(t -> SQL_RECEIVER_TYPE.matcher(t).matches()).orElse(false)
                    || SQL_RECEIVER_NAME.matcher(root).matches())
        .orElse(false);
  }
}
