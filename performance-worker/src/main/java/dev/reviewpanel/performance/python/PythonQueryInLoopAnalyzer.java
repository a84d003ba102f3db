package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A database query or HTTP request per loop iteration or comprehension element (N+1): called
 * directly, through a Django related manager of the loop variable ({@code
 * article.comments.filter(...)}), or through a function of another file of the review that makes
 * one ({@code repository.user(ticket.assignee_id)}). In a schema migration or a management command,
 * code an operator runs once rather than every request, it is LOW: a slow one-off is no slow page.
 * A loop over a handful of literals written in the code (a class's tuple of pragma names) makes a
 * fixed few calls whatever the input, and is no N+1.
 */
@Component
public class PythonQueryInLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.n-plus-one",
          "n-plus-one",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Database or HTTP call inside a loop",
          "Fetch everything in one round-trip before the loop (WHERE id IN (...),"
              + " filter(id__in=...), select_related/prefetch_related, executemany or a bulk"
              + " endpoint) and look items up in a dict inside it.");

  // Django's migrations/ and management/commands/, Alembic's versions/: run once by an operator.
  private static final Pattern ONE_OFF =
      Pattern.compile("(^|/)(migrations|management/commands|alembic/versions)/");

  // QuerySet methods no dict, list or str has: a related manager's query, not a container's
  private static final Set<String> RELATED_MANAGER_QUERIES =
      Set.of(
          "all",
          "filter",
          "exclude",
          "exists",
          "aggregate",
          "annotate",
          "order_by",
          "values_list",
          "select_related",
          "prefetch_related");
  // the file uses Django models: from .models import Article, from django.db import models
  private static final Pattern MODELS_IMPORT =
      Pattern.compile("(?m)^\\s*(from\\s+[\\w.]*models\\s+import|from\\s+django\\.db\\s+import)");

  // What a related manager answers from the cache that prefetch_related("rel") filled.
  private static final Set<String> CACHED_AFTER_PREFETCH = Set.of("all", "exists");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("call");

  public PythonQueryInLoopAnalyzer() {
    super("python-n-plus-one", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Rule rule =
        ONE_OFF.matcher(file.path()).find() ? RULE.at(Severity.LOW, Confidence.MEDIUM) : RULE;
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (nodeType.equals("call")) {
                check(file, tree, node, rule, findings);
              }
            });
  }

  private static void check(
      ParsedFile file, SyntaxTree tree, TSNode call, Rule rule, Findings findings) {
    String callee = PythonCalls.callee(tree, call);
    Optional<String> direct = PythonCalls.remote(callee);
    if (direct.isEmpty()
        && !mayBeRelatedManager(callee)
        && !ImportedQueries.mayResolve(file, callee)) {
      return; // the common case: nothing to find, so no loop to look for
    }
    PythonLoops.enclosing(call)
        .filter(loop -> !PythonLoops.overFixedItems(tree, ScriptNodes.of(file), loop))
        .filter(loop -> !PythonLoops.overBatches(tree, loop))
        .ifPresent(
            loop -> {
              Optional<String> what =
                  direct
                      .map(kind -> "%s call %s()".formatted(kind, callee))
                      .or(() -> relatedManager(file, tree, loop, callee))
                      .or(
                          () ->
                              ImportedQueries.of(file, callee)
                                  .map(
                                      r ->
                                          "%s() makes a %s call (%s() in %s), which"
                                              .formatted(callee, r.kind(), r.call(), r.file())));
              what.ifPresent(
                  w ->
                      findings.report(
                          rule,
                          SyntaxTree.startLine(call),
                          "%s runs once per iteration of the loop at line %d"
                              .formatted(w, SyntaxTree.startLine(loop))));
            });
  }

  // for article in articles: article.comments.filter(...): a Django related manager queries per row
  private static boolean mayBeRelatedManager(String callee) {
    int last = callee.lastIndexOf('.');
    return last > 0 && RELATED_MANAGER_QUERIES.contains(callee.substring(last + 1));
  }

  private static Optional<String> relatedManager(
      ParsedFile file, SyntaxTree tree, TSNode loop, String callee) {
    String[] parts = callee.split("\\.");
    if (parts.length != 3
        || !RELATED_MANAGER_QUERIES.contains(parts[2])
        || !loop.getType().equals("for_statement")
        || !parts[0].equals(tree.text(loop.getChildByFieldName("left")))
        || !parts[1].matches("[A-Za-z_][A-Za-z0-9_]*")
        || !MODELS_IMPORT.matcher(file.content()).find()
        || CACHED_AFTER_PREFETCH.contains(parts[2]) && prefetched(tree, loop, parts[1])) {
      return Optional.empty();
    }
    return Optional.of(
        "ORM call %s() on the related manager of each '%s'".formatted(callee, parts[0]));
  }

  private static boolean prefetched(SyntaxTree tree, TSNode loop, String relation) {
    String function = tree.text(PythonLoops.scope(loop));
    return Pattern.compile("prefetch_related\\([^)]*['\"]" + Pattern.quote(relation) + "['\"_]")
        .matcher(function)
        .find();
  }
}
