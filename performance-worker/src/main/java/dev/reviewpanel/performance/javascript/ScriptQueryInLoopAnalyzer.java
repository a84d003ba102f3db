package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * An HTTP request or database query per loop iteration or array-callback element (N+1). Two look-
 * alikes are no round trip: a query builder's {@code raw(sql)} that is not awaited or chained with
 * {@code then} (it builds an SQL fragment of one statement: knex's {@code data[col] =
 * client.raw('?? + ?', ...)}), and a method of an object or class declared in the file itself as a
 * plain literal or a class without a base ({@code const SelectBox = { delete_from_cache() {...}
 * }}), which works in memory, not on a model. A third: a {@code get(key)} whose result is used at
 * once, neither awaited, chained with {@code then} nor given a callback ({@code
 * collection.get(metatype)} on a {@code Map}): a database's {@code get} answers later, a
 * synchronous {@code get} is an in-memory lookup.
 */
@Component
public class ScriptQueryInLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.n-plus-one",
          "n-plus-one",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Database or HTTP call inside a loop",
          "Fetch everything in one call before the loop (WHERE id IN (...), findMany({ where:"
              + " { id: { in: ids } } }), a bulk endpoint); if calls must stay separate, start"
              + " them together and await Promise.all(ids.map(...)).");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED =
      Set.of("call_expression", "variable_declarator", "class_declaration");
  private static final Set<String> EXECUTING = Set.of("then", "catch", "finally", "asCallback");

  public ScriptQueryInLoopAnalyzer() {
    super("js-n-plus-one", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    List<TSNode> calls = new ArrayList<>();
    Set<String> inMemory = new HashSet<>();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              switch (nodeType) {
                case "call_expression" -> calls.add(node);
                case "variable_declarator" -> {
                  TSNode value = node.getChildByFieldName("value");
                  if (!value.isNull() && value.getType().equals("object")) {
                    inMemory.add(tree.text(node.getChildByFieldName("name")));
                  }
                }
                default -> {
                  if (!hasChild(node, "class_heritage")) {
                    inMemory.add(tree.text(node.getChildByFieldName("name")));
                  }
                }
              }
            });
    calls.forEach(call -> check(tree, call, inMemory, findings));
  }

  private static void check(SyntaxTree tree, TSNode call, Set<String> inMemory, Findings findings) {
    String callee = ScriptCalls.callee(tree, call);
    int dot = callee.indexOf('.');
    if (dot > 0 && inMemory.contains(callee.substring(0, dot))
        || callee.endsWith(".raw") && !executed(tree, call)
        || callee.endsWith(".get") && !executed(tree, call) && !hasCallback(call)) {
      return;
    }
    ScriptCalls.remote(callee)
        .ifPresent(
            kind ->
                repeating(tree, call)
                    .filter(loop -> !ScriptLoops.isConcurrentFanOut(tree, loop))
                    .ifPresent(
                        loop ->
                            findings.report(
                                RULE,
                                SyntaxTree.startLine(call),
                                "%s call %s() runs once per iteration of the loop at line %d"
                                    .formatted(kind, callee, SyntaxTree.startLine(loop)))));
  }

  // the nearest enclosing loop that repeats with the data: a loop of a fixed count written in the
  // code (for (i = 0; i < 25; i++)) is passed over for the one around it
  private static java.util.Optional<TSNode> repeating(SyntaxTree tree, TSNode call) {
    java.util.Optional<TSNode> loop = ScriptLoops.enclosing(tree, call, true);
    while (loop.isPresent() && ScriptLoops.isFixedCount(tree, loop.get())) {
      loop = ScriptLoops.enclosing(tree, loop.get(), true);
    }
    return loop;
  }

  // await q, q.then(...): the builder runs; otherwise it is a value (a fragment of a statement).
  private static boolean executed(SyntaxTree tree, TSNode call) {
    TSNode node = call;
    while (node.getParent().getType().equals("parenthesized_expression")) {
      node = node.getParent();
    }
    TSNode parent = node.getParent();
    return parent.getType().equals("await_expression")
        || parent.getType().equals("member_expression")
            && EXECUTING.contains(tree.text(parent.getChildByFieldName("property")));
  }

  // db.get(sql, params, (err, row) => ...): the answer comes to a callback
  private static boolean hasCallback(TSNode call) {
    TSNode arguments = call.getChildByFieldName("arguments");
    for (int i = 0; !arguments.isNull() && i < arguments.getNamedChildCount(); i++) {
      String type = arguments.getNamedChild(i).getType();
      if (type.equals("arrow_function")
          || type.equals("function_expression")
          || type.equals("function")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChild(TSNode node, String type) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      if (node.getNamedChild(i).getType().equals(type)) {
        return true;
      }
    }
    return false;
  }
}
