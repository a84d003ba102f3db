package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/** What a Python call does, judged from the callee as written: {@code requests.get}, ... */
final class PythonCalls {

  private static final Pattern HTTP =
      Pattern.compile(
          "(requests|httpx|urllib3)\\.(get|post|put|patch|delete|head|options|request)");
  private static final Pattern URLOPEN = Pattern.compile("(urllib\\.request\\.)?urlopen");
  private static final Pattern SQL =
      Pattern.compile("(.*\\.)?(cursor|cur|conn|connection|db|database|session)\\.execute");
  // db_manager() hands back a manager and none() an empty QuerySet: neither makes a query
  private static final Pattern ORM =
      Pattern.compile(".*\\.objects\\.(?!(db_manager|none)$)[a-z_]+");
  private static final Pattern SESSION =
      Pattern.compile("(.*\\.)?session\\.(query|get|post|put|patch|delete|scalars|scalar)");
  private static final Pattern BLOCKING =
      Pattern.compile("time\\.sleep|subprocess\\.(run|call|check_call|check_output)");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MAX_CALLEE_BYTES = 200;

  private PythonCalls() {}

  /** The callee of a {@code call} node with whitespace removed, e.g. {@code self.cur.execute}. */
  static String callee(SyntaxTree tree, TSNode call) {
    TSNode function = call.getChildByFieldName("function");
    if (function.isNull() || function.getEndByte() - function.getStartByte() > MAX_CALLEE_BYTES) {
      return ""; // a callee spanning a long call chain names no client we know
    }
    return WHITESPACE.matcher(tree.text(function)).replaceAll("");
  }

  /** Which remote system a call talks to, e.g. {@code "HTTP"} or {@code "database"}. */
  static Optional<String> remote(String callee) {
    if (HTTP.matcher(callee).matches() || URLOPEN.matcher(callee).matches()) {
      return Optional.of("HTTP");
    }
    if (SQL.matcher(callee).matches()) {
      return Optional.of("database");
    }
    if (SESSION.matcher(callee).matches()) {
      return Optional.of("database or HTTP session");
    }
    if (ORM.matcher(callee).matches()) {
      return Optional.of("ORM");
    }
    return Optional.empty();
  }

  /** Whether a call blocks its thread: sleeping, synchronous HTTP or a subprocess. */
  static boolean blocks(String callee) {
    return BLOCKING.matcher(callee).matches()
        || HTTP.matcher(callee).matches()
        || URLOPEN.matcher(callee).matches();
  }
}
