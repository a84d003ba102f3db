package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/** A mutable default argument: evaluated once, then shared and mutated across calls. */
@Component
class MutableDefaultAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "python.mutable-default-argument",
          "correctness",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Mutable default argument",
          "Default to None and create the list/dict/set inside the function"
              + " (items = [] if items is None else items).");

  private static final Set<String> MUTABLE_LITERALS =
      Set.of(
          "list",
          "dictionary",
          "set",
          "list_comprehension",
          "dictionary_comprehension",
          "set_comprehension");

  private static final Set<String> MUTABLE_CONSTRUCTORS =
      Set.of(
          "list",
          "dict",
          "set",
          "bytearray",
          "defaultdict",
          "collections.defaultdict",
          "OrderedDict",
          "collections.OrderedDict",
          "deque",
          "collections.deque",
          "Counter",
          "collections.Counter");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);

  private final NodeQuery parameters =
      new NodeQuery(LANGUAGES, "default_parameter", "typed_default_parameter");

  @Override
  public String name() {
    return "python-mutable-default";
  }

  @Override
  public Set<Language> languages() {
    return LANGUAGES;
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    parameters.forEach(
        file,
        node -> {
          TSNode value = node.getChildByFieldName("value");
          if (!value.isNull() && isMutable(tree, value)) {
            findings.report(
                RULE,
                SyntaxTree.startLine(value),
                "Parameter '"
                    + tree.text(node.getChildByFieldName("name"))
                    + "' defaults to "
                    + CodeExcerpt.of(tree.text(value))
                    + ", one object shared by every call that omits it.");
          }
        });
  }

  private static boolean isMutable(SyntaxTree tree, TSNode value) {
    if (MUTABLE_LITERALS.contains(value.getType())) {
      return true;
    }
    return value.getType().equals("call")
        && MUTABLE_CONSTRUCTORS.contains(tree.text(value.getChildByFieldName("function")));
  }
}
