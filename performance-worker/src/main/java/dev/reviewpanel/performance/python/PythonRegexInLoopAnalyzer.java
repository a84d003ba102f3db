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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * {@code re.compile}/{@code re.match}/... inside a loop: each call goes through the re module's
 * pattern cache (and recompiles when patterns vary or the cache churns) instead of reusing one
 * compiled pattern.
 */
@Component
public class PythonRegexInLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.regex-in-loop",
          "regex",
          null,
          Severity.LOW,
          Confidence.MEDIUM,
          "Regular expression compiled or looked up inside a loop",
          "Compile the pattern once at module level (PATTERN = re.compile(...)) and call"
              + " PATTERN.match(...) in the loop.");

  private static final Set<String> RE_FUNCTIONS =
      Set.of(
          "re.compile",
          "re.match",
          "re.search",
          "re.fullmatch",
          "re.findall",
          "re.finditer",
          "re.sub",
          "re.subn",
          "re.split");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("call");

  public PythonRegexInLoopAnalyzer() {
    super("python-regex-in-loop", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Set<String> compiledPatterns = new HashSet<>();
    List<TSNode> callsInLoops = new ArrayList<>();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (!nodeType.equals("call")) {
                return;
              }
              String callee = PythonCalls.callee(tree, node);
              if (callee.equals("re.compile")) {
                assignedName(tree, node).ifPresent(compiledPatterns::add);
              }
              if (RE_FUNCTIONS.contains(callee) && PythonLoops.enclosing(node).isPresent()) {
                callsInLoops.add(node);
              }
            });
    for (TSNode call : callsInLoops) {
      boolean precompiled = firstArgument(tree, call).map(compiledPatterns::contains).orElse(false);
      if (!precompiled) {
        findings.report(
            RULE,
            SyntaxTree.startLine(call),
            "%s() prepares its pattern again on every iteration of the loop at line %d"
                .formatted(
                    PythonCalls.callee(tree, call),
                    SyntaxTree.startLine(PythonLoops.enclosing(call).orElseThrow())));
      }
    }
  }

  /** {@code NAME} in {@code NAME = re.compile(...)}. */
  private static Optional<String> assignedName(SyntaxTree tree, TSNode call) {
    TSNode assignment = call.getParent();
    if (assignment.isNull() || !assignment.getType().equals("assignment")) {
      return Optional.empty();
    }
    TSNode left = assignment.getChildByFieldName("left");
    return !left.isNull() && left.getType().equals("identifier")
        ? Optional.of(tree.text(left))
        : Optional.empty();
  }

  /** The pattern argument when it is a plain name: re.match(NAME, ...) reuses a compiled one. */
  private static Optional<String> firstArgument(SyntaxTree tree, TSNode call) {
    TSNode arguments = call.getChildByFieldName("arguments");
    if (arguments.isNull() || arguments.getNamedChildCount() == 0) {
      return Optional.empty();
    }
    TSNode first = arguments.getNamedChild(0);
    return first.getType().equals("identifier") ? Optional.of(tree.text(first)) : Optional.empty();
  }
}
