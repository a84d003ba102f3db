package dev.reviewpanel.performance.python;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A module-level dict that functions fill as a cache ({@code if key in _cache: ...; _cache[key] =
 * value}) and that nothing ever evicts from: it lives as long as the process and grows with every
 * distinct key. Registries filled in one function and read in another are left alone, and so are
 * tables filled once at import: every function that writes the dict is called only from the
 * module's top level ({@code _find_exceptions()} right after its definition), and registries that a
 * decorator fills ({@code def wraps(fn): _routers[cls] = fn; return fn}): one entry per decorated
 * definition, written when the module defining it is imported.
 */
@Component
public class PythonModuleCacheAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.unbounded-static-cache",
          "memory",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Module-level cache that only grows",
          "Bound it: functools.lru_cache(maxsize=...), cachetools.TTLCache/LRUCache, or evict"
              + " entries when they are no longer needed.");

  private static final Pattern EMPTY_DICT =
      Pattern.compile("\\{\\}|dict\\(\\)|(collections\\.)?(OrderedDict|defaultdict)\\([\\w.]*\\)");
  private static final Pattern CACHE_NAME = Pattern.compile("(?i).*(cache|memo).*");

  public PythonModuleCacheAnalyzer() {
    super("python-unbounded-module-cache", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    NodeIndex nodes = ScriptNodes.of(file);
    List<TSNode> functions = nodes.ofType("function_definition");
    if (functions.isEmpty()) {
      return;
    }
    for (TSNode assignment : nodes.ofType("assignment")) {
      TSNode statement = assignment.getParent();
      TSNode left = assignment.getChildByFieldName("left");
      TSNode right = assignment.getChildByFieldName("right");
      if (statement.isNull()
          || !statement.getParent().getType().equals("module")
          || !left.getType().equals("identifier")
          || right.isNull()
          || right.getEndByte() - right.getStartByte() > 60
          || !EMPTY_DICT.matcher(tree.text(right).replaceAll("\\s+", "")).matches()) {
        continue;
      }
      String name = tree.text(left);
      GrowingMap uses = GrowingMap.python(name);
      List<String> bodies = functions.stream().map(tree::text).toList();
      if (bodies.stream().anyMatch(uses::evicted)) {
        continue;
      }
      List<TSNode> writers = functions.stream().filter(f -> uses.written(tree.text(f))).toList();
      if (!writers.isEmpty()
          && writers.stream()
              .allMatch(f -> runsAtImport(tree, nodes, f) || registersDecorated(tree, f, name))) {
        continue;
      }
      boolean cache =
          bodies.stream()
              .anyMatch(
                  body ->
                      uses.written(body)
                          && (uses.read(body) || CACHE_NAME.matcher(name).matches()));
      if (cache && keyedByOwnNames(tree, writers, name)) {
        findings.report(
            RULE.at(Severity.LOW, Confidence.LOW),
            SyntaxTree.startLine(assignment),
            ("'%s' caches an entry per key for the life of the process and nothing evicts them;"
                    + " LOW: it is keyed by names the program gives its own templates, caches or"
                    + " aliases, so it holds as many entries as the program has names")
                .formatted(name));
      } else if (cache && writers.stream().map(tree::text).allMatch(uses::warnsOnce)) {
        findings.report(
            RULE.at(Severity.LOW, Confidence.LOW),
            SyntaxTree.startLine(assignment),
            "'%s' caches an entry per key for the life of the process and nothing evicts them"
                    .formatted(name)
                + GrowingMap.WARN_ONCE);
      } else if (cache) {
        findings.report(
            RULE,
            SyntaxTree.startLine(assignment),
            "'%s' caches an entry per key for the life of the process and nothing evicts them"
                .formatted(name));
      }
    }
  }

  // TEMPLATES[tplid] = ... with tplid = (id(lookup), tpl); _caches.setdefault(name, {}): every key
  // the writers store under is, or is made from, a template, cache or alias name.
  private static boolean keyedByOwnNames(SyntaxTree tree, List<TSNode> writers, String map) {
    Pattern key =
        Pattern.compile(
            "\\b"
                + Pattern.quote(map)
                + "\\s*\\[([^\\]'\"]+)\\]\\s*=[^=]|\\b"
                + Pattern.quote(map)
                + "\\.setdefault\\(\\s*([^,()]+),");
    boolean any = false;
    for (TSNode writer : writers) {
      String body = tree.text(writer);
      Matcher keys = key.matcher(body);
      while (keys.find()) {
        String written = (keys.group(1) != null ? keys.group(1) : keys.group(2)).strip();
        if (!namesOwnThing(written) && !namesOwnThing(assignedTo(body, written))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
  private static final Set<String> OWN_NAME_WORDS =
      Set.of("template", "templates", "tpl", "alias", "backend", "logger");

  private static boolean namesOwnThing(String expression) {
    Matcher identifiers = IDENTIFIER.matcher(expression);
    while (identifiers.find()) {
      String identifier = identifiers.group();
      if (identifier.equals("name")
          || Arrays.stream(identifier.toLowerCase(Locale.ROOT).split("_"))
              .anyMatch(OWN_NAME_WORDS::contains)) {
        return true;
      }
    }
    return false;
  }

  // key = (id(lookup), tpl) in the writer: what the key variable is made of.
  private static String assignedTo(String body, String variable) {
    if (!IDENTIFIER.matcher(variable).matches()) {
      return "";
    }
    Matcher assignment =
        Pattern.compile("(?m)^\\s*" + Pattern.quote(variable) + "\\s*=(?!=)(.*)$").matcher(body);
    return assignment.find() ? assignment.group(1) : "";
  }

  // def wraps(fn): _routers[cls] = fn; return fn -- a decorator (or the factory around one) that
  // files the function it decorates under a key and hands it back
  private static boolean registersDecorated(SyntaxTree tree, TSNode function, String map) {
    String body = tree.text(function);
    Matcher stored =
        Pattern.compile(
                "\\b" + Pattern.quote(map) + "\\s*\\[[^\\]]+\\]\\s*=\\s*(\\w+)\\s*$",
                Pattern.MULTILINE)
            .matcher(body);
    while (stored.find()) {
      String value = Pattern.quote(stored.group(1));
      if (Pattern.compile("(?m)^\\s*return\\s+" + value + "\\s*$").matcher(body).find()
          && Pattern.compile("\\bdef\\s+\\w+\\(\\s*" + value + "\\s*[,)]").matcher(body).find()) {
        return true;
      }
    }
    return false;
  }

  // def _fill(): ...; _fill() at module level, and nowhere else: it runs once, at import.
  private static boolean runsAtImport(SyntaxTree tree, NodeIndex nodes, TSNode function) {
    TSNode name = function.getChildByFieldName("name");
    if (name.isNull() || !function.getParent().getType().equals("module")) {
      return false;
    }
    String called = tree.text(name);
    List<TSNode> calls =
        nodes.ofType("call").stream()
            .filter(c -> called.equals(tree.text(c.getChildByFieldName("function"))))
            .toList();
    return !calls.isEmpty() && calls.stream().allMatch(PythonModuleCacheAnalyzer::atModuleLevel);
  }

  private static boolean atModuleLevel(TSNode node) {
    for (TSNode up = node.getParent(); !up.isNull(); up = up.getParent()) {
      if (up.getType().equals("function_definition") || up.getType().equals("lambda")) {
        return false;
      }
    }
    return true;
  }
}
