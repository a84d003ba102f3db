package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.ScriptNodeAnalyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A list, dict or set created once in the class body and then changed in place through {@code self}
 * ({@code self.items.append(x)}, {@code self.cache[k] = v}) while no method gives the instance its
 * own ({@code self.items = []}): every instance shares, and leaks into, one object. Mutation
 * through the class name, or a {@code ClassVar} annotation, says the sharing is meant.
 */
@Component
class MutableClassAttributeAnalyzer extends ScriptNodeAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.mutable-class-attribute",
          "correctness",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Mutable class attribute changed through instances",
          "Create the container per instance in __init__ (self.items = []), or use"
              + " dataclasses.field(default_factory=list); annotate ClassVar if sharing is meant.");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);
  private static final Set<String> LITERALS = Set.of("list", "dictionary", "set");
  private static final Set<String> CONSTRUCTORS =
      Set.of(
          "list",
          "dict",
          "set",
          "defaultdict",
          "collections.defaultdict",
          "OrderedDict",
          "collections.OrderedDict",
          "Counter",
          "collections.Counter",
          "deque",
          "collections.deque");
  private static final String MUTATORS =
      "append|extend|insert|add|update|setdefault|pop|popitem|remove|discard|clear|sort|reverse"
          + "|appendleft|extendleft";

  private static final Pattern SHARED_ON_PURPOSE =
      Pattern.compile("(?i)(cache|registry|memo|instances)");

  MutableClassAttributeAnalyzer() {
    super("python-mutable-class-attribute", LANGUAGES, "class_definition");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode type, Findings findings) {
    TSNode body = type.getChildByFieldName("body");
    if (body.isNull()) {
      return;
    }
    String source = tree.text(body);
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      if (!statement.getType().equals("expression_statement")
          || statement.getNamedChildCount() != 1) {
        continue;
      }
      TSNode assignment = statement.getNamedChild(0);
      if (!assignment.getType().equals("assignment")) {
        continue;
      }
      TSNode left = assignment.getChildByFieldName("left");
      TSNode value = assignment.getChildByFieldName("right");
      TSNode annotation = assignment.getChildByFieldName("type");
      if (left.isNull()
          || value.isNull()
          || !left.getType().equals("identifier")
          || !isMutable(tree, value)
          || (!annotation.isNull() && tree.text(annotation).contains("ClassVar"))) {
        continue;
      }
      String name = tree.text(left);
      if (SHARED_ON_PURPOSE.matcher(name).find()) {
        // _re_cache = {}: a cache or registry on the class is shared by every instance by design
        continue;
      }
      if (mutatedThroughInstances(source, name)) {
        findings.report(
            RULE,
            SyntaxTree.startLine(assignment),
            "'%s' is created once and shared by every instance, yet methods change it through self.%s"
                .formatted(name, name));
      }
    }
  }

  private static boolean isMutable(SyntaxTree tree, TSNode value) {
    if (LITERALS.contains(value.getType())) {
      return true;
    }
    if (!value.getType().equals("call")) {
      return false;
    }
    TSNode function = value.getChildByFieldName("function");
    return !function.isNull() && CONSTRUCTORS.contains(tree.text(function));
  }

  private static boolean mutatedThroughInstances(String classBody, String name) {
    String attribute = "\\bself\\." + Pattern.quote(name);
    boolean mutated =
        Pattern.compile(attribute + "\\s*\\.\\s*(" + MUTATORS + ")\\s*\\(")
                .matcher(classBody)
                .find()
            || Pattern.compile(attribute + "\\s*\\[[^\\]\\n]*\\]\\s*(=[^=]|\\+=|-=)")
                .matcher(classBody)
                .find()
            || Pattern.compile(
                    attribute + "\\s*\\[[^\\]\\n]*\\]\\s*\\.\\s*(" + MUTATORS + ")\\s*\\(")
                .matcher(classBody)
                .find()
            || Pattern.compile(attribute + "\\s*\\|=").matcher(classBody).find();
    boolean ownCopy =
        Pattern.compile(attribute + "\\s*(:[^=\\n]*)?=[^=]").matcher(classBody).find();
    return mutated && !ownCopy;
  }
}
