package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.NodeIndex;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.code.scope.TestCodePolicy;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.model.KeySpace;
import dev.reviewpanel.performance.syntax.GrowingMap;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.List;
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
  private static final String TEST_CODE_AGENT = "performance";
  private static final TestCodePolicy TEST_CODE =
      new TestCodePolicy(TestCodePolicy.Mode.LOW, null, Set.of(TEST_CODE_AGENT));

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
      if (!cache) {
        continue;
      }
      KeySpace keys = new PythonKeyDomain(tree, nodes).of(writers, name);
      if (keys.fixed()) {
        continue; // one entry per value the code writes: a table
      }
      if (keys.platform()) {
        findings.report(
            RULE.at(Severity.LOW, Confidence.LOW),
            SyntaxTree.startLine(assignment),
            ("'%s' caches an entry per key for the life of the process and nothing evicts them;"
                    + " LOW: it is keyed by classes (cls, a parameter annotated as a type), so it holds"
                    + " one entry per class the program passes, a table rather than a cache of its"
                    + " data")
                .formatted(name));
      } else if (keys.ownNames()) {
        findings.report(
            RULE.at(Severity.LOW, Confidence.LOW),
            SyntaxTree.startLine(assignment),
            ("'%s' caches an entry per key for the life of the process and nothing evicts them;"
                    + " LOW: it is keyed by names the program gives its own templates, caches,"
                    + " aliases or backends, or by patterns written at its calls, so it holds as"
                    + " many entries as the program has names")
                .formatted(name));
      } else if (testCode(findings, file)) {
        findings.report(
            RULE.at(Severity.LOW, Confidence.LOW),
            SyntaxTree.startLine(assignment),
            ("'%s' caches an entry per key for the life of the process and nothing evicts them;"
                    + " LOW: test code, whose process lives as long as a test or benchmark run")
                .formatted(name));
      } else if (writers.stream().map(tree::text).allMatch(uses::warnsOnce)) {
        findings.report(
            RULE.at(Severity.LOW, Confidence.LOW),
            SyntaxTree.startLine(assignment),
            "'%s' caches an entry per key for the life of the process and nothing evicts them"
                    .formatted(name)
                + GrowingMap.WARN_ONCE);
      } else {
        findings.report(
            RULE,
            SyntaxTree.startLine(assignment),
            "'%s' caches an entry per key for the life of the process and nothing evicts them"
                .formatted(name));
      }
    }
  }

  // a test or benchmark module (the test-code policy's paths, and the repository's own): the
  // process it runs in ends with the run
  private static boolean testCode(Findings findings, ParsedFile file) {
    return TEST_CODE
        .including(findings.policy().config().testCodePatterns())
        .appliesTo(TEST_CODE_AGENT, file.path())
        .isPresent();
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
