package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.NodeIndex;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.GrowingMap;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A module-level Map or object that functions fill as a cache ({@code if (cache.has(k)) ...;
 * cache.set(k, v)}) and that nothing ever evicts from: it lives as long as the process (a server's
 * lifetime) and grows with every distinct key. Registries filled and read in different functions
 * are left alone; a warn-once table ({@code if (!warned[opt]) { warned[opt] = true;
 * console.warn(...) }}) is LOW.
 */
@Component
public class ScriptModuleCacheAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.unbounded-static-cache",
          "memory",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Module-level cache that only grows",
          "Bound it: an LRU cache (lru-cache with max/ttl), a WeakMap keyed by objects, or evict"
              + " entries when they are no longer needed.");

  private static final Set<String> DECLARATIONS =
      Set.of("lexical_declaration", "variable_declaration");
  private static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "function_expression",
          "function",
          "arrow_function",
          "method_definition");
  private static final Pattern EMPTY_MAP =
      Pattern.compile("\\{\\}|newMap\\(\\)|Object\\.create\\(null\\)|newMap<[^>]*>\\(\\)");
  private static final Pattern CACHE_NAME = Pattern.compile("(?i).*(cache|memo).*");

  public ScriptModuleCacheAnalyzer() {
    super("js-unbounded-module-cache", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    NodeIndex nodes = ScriptNodes.of(file);
    List<String> bodies = new ArrayList<>();
    nodes.forEach(FUNCTIONS, (function, type) -> bodies.add(tree.text(function)));
    if (bodies.isEmpty()) {
      return;
    }
    for (TSNode declarator : nodes.ofType("variable_declarator")) {
      TSNode declaration = declarator.getParent();
      TSNode name = declarator.getChildByFieldName("name");
      TSNode value = declarator.getChildByFieldName("value");
      if (!DECLARATIONS.contains(declaration.getType())
          || !topLevel(declaration)
          || !name.getType().equals("identifier")
          || value.isNull()
          || value.getEndByte() - value.getStartByte() > 60
          || !EMPTY_MAP.matcher(tree.text(value).replaceAll("\\s+", "")).matches()) {
        continue;
      }
      String map = tree.text(name);
      GrowingMap uses = GrowingMap.script(map);
      if (bodies.stream().anyMatch(uses::evicted)) {
        continue;
      }
      if (bodies.stream()
          .anyMatch(
              body ->
                  uses.written(body) && (uses.read(body) || CACHE_NAME.matcher(map).matches()))) {
        String message =
            "'%s' caches an entry per key for the life of the process and nothing evicts them"
                .formatted(map);
        if (bodies.stream().filter(uses::written).allMatch(uses::warnsOnce)) {
          findings.report(
              RULE.at(Severity.LOW, Confidence.LOW),
              SyntaxTree.startLine(declarator),
              message + GrowingMap.WARN_ONCE);
        } else {
          findings.report(RULE, SyntaxTree.startLine(declarator), message);
        }
      }
    }
  }

  private static boolean topLevel(TSNode declaration) {
    TSNode parent = declaration.getParent();
    if (!parent.isNull() && parent.getType().equals("export_statement")) {
      parent = parent.getParent();
    }
    return !parent.isNull() && parent.getType().equals("program");
  }
}
