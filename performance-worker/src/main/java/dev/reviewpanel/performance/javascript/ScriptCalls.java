package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * What a JavaScript call does, judged from its callee as written: {@code fetch}, {@code
 * db.query}...
 */
final class ScriptCalls {

  private static final Pattern HTTP =
      Pattern.compile(
          "fetch|axios|got|(axios|got|superagent|ky|this\\.http|http|https)\\."
              + "(get|post|put|patch|delete|head|request)");
  private static final Pattern DATABASE =
      Pattern.compile(
          "(?i)(.*\\.)?(db|pool|client|conn|connection|knex|sql|database|sequelize|collection)"
              + "\\.(query|execute|raw|findOne|find|insertOne|updateOne|deleteOne|get|all|run)");
  private static final Pattern PRISMA =
      Pattern.compile(
          "(.*\\.)?prisma\\.\\w+\\.(find\\w*|create|update|upsert|delete|count|aggregate)");
  private static final Pattern MODEL =
      Pattern.compile(
          "[A-Z]\\w*\\.(find|findOne|findById|findByPk|findAll|findOneAndUpdate|create|update\\w*"
              + "|delete\\w*|count\\w*|exists|aggregate)");
  // The language's own globals: Object.create(null) makes an object, Array.from copies a list.
  private static final Pattern BUILT_IN =
      Pattern.compile(
          "(Object|Array|Promise|Reflect|Math|JSON|Symbol|Date|Number|String|Map|Set|WeakMap"
              + "|Buffer|Intl|Error)\\..*");
  private static final Pattern REPOSITORY =
      Pattern.compile("(?i)(.*\\.)?\\w*(repository|repo)\\.\\w+");
  private static final Pattern SYNC_IO =
      Pattern.compile(
          "(.*\\.)?(fs|fsSync|child_process|cp)\\.\\w+Sync"
              + "|(readFile|writeFile|appendFile|readdir|stat|lstat|exists|mkdir|unlink|copyFile|exec|execFile|spawn)Sync");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MAX_CALLEE_BYTES = 200;

  private ScriptCalls() {}

  /** The callee of a {@code call_expression} with whitespace removed, e.g. {@code db.query}. */
  static String callee(SyntaxTree tree, TSNode call) {
    TSNode function = call.getChildByFieldName("function");
    if (function.isNull() || function.getEndByte() - function.getStartByte() > MAX_CALLEE_BYTES) {
      return ""; // a callee spanning a whole callback chain names no client we know
    }
    return WHITESPACE.matcher(tree.text(function)).replaceAll("");
  }

  /** Which remote system a call talks to, e.g. {@code "HTTP"} or {@code "database"}. */
  static Optional<String> remote(String callee) {
    if (HTTP.matcher(callee).matches()) {
      return Optional.of("HTTP");
    }
    if (DATABASE.matcher(callee).matches()
        || PRISMA.matcher(callee).matches()
        || MODEL.matcher(callee).matches() && !BUILT_IN.matcher(callee).matches()
        || REPOSITORY.matcher(callee).matches()) {
      return Optional.of("database");
    }
    return Optional.empty();
  }

  /** Whether a call does synchronous file or process I/O, e.g. {@code fs.readFileSync}. */
  static boolean syncIo(String callee) {
    return SYNC_IO.matcher(callee).matches();
  }
}
