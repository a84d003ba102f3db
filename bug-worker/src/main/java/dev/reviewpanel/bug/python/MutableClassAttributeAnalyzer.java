package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.ScriptNodeAnalyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A list, dict or set created once in the class body and then changed in place through {@code self}
 * ({@code self.items.append(x)}, {@code self.cache[k] = v}) while no method gives the instance its
 * own ({@code self.items = []}): every instance shares, and leaks into, one object. Mutation
 * through the class name, a {@code ClassVar} annotation, a name or a comment saying cache or
 * registry, or a table of locks ({@code locks = {}}: a lock works only if every instance takes the
 * same one) says the sharing is meant; a class defined in a function body is made anew on every
 * call, so its attribute is shared only by the instances of that call. LOW, with the reason: a
 * get-or-create table ({@code try: return self._compiled[p] except KeyError: ... self._compiled[p]
 * = ...}), which behaves as a cache, and an UPPER_CASE name ({@code WORKERS = {}}), which declares
 * one object of the class on purpose.
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

  private static final Pattern SHARED_ON_PURPOSE =
      Pattern.compile("(?i)(cache|registry|memo|instances)|(^|_)locks?$");
  private static final Pattern SAID_SHARED =
      Pattern.compile("(?i)#.*\\b(cache|registry|shared)\\b");
  private static final Pattern UPPER_CASE = Pattern.compile("_*[A-Z][A-Z0-9_]*");

  MutableClassAttributeAnalyzer() {
    super("python-mutable-class-attribute", LANGUAGES, "class_definition");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode type, Findings findings) {
    TSNode body = type.getChildByFieldName("body");
    if (body.isNull()) {
      return;
    }
    if (inFunction(type)) {
      return; // a class made anew on every call: its attribute is shared by that call's instances
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
      if (SHARED_ON_PURPOSE.matcher(name).find()
          || SAID_SHARED.matcher(lineOf(tree, statement)).find()) {
        // _re_cache = {}, locks = {}, _engines = {}  # engine cache: shared by every instance by
        // design
        continue;
      }
      if (mutatedThroughInstances(source, name)) {
        report(findings, assignment, name, source);
      }
    }
  }

  private static void report(Findings findings, TSNode assignment, String name, String source) {
    String message =
        "'%s' is created once and shared by every instance, yet methods change it through self.%s"
            .formatted(name, name);
    String low =
        UPPER_CASE.matcher(name).matches()
            ? "an UPPER_CASE name declares one object for the class on purpose, as a class of"
                + " which the program makes a single instance keeps its state"
            : getOrCreate(source, name)
                ? "it is filled get-or-create, read at a key and written at that key when missing,"
                    + " so it works as a cache; sharing it matters only if what it holds depends"
                    + " on the instance that made it"
                : null;
    findings.report(
        low == null ? RULE : RULE.at(Severity.LOW, Confidence.MEDIUM),
        SyntaxTree.startLine(assignment),
        message + (low == null ? "." : " (LOW: " + low + ")."));
  }

  private static boolean inFunction(TSNode type) {
    for (TSNode scope = type.getParent(); !scope.isNull(); scope = scope.getParent()) {
      if (scope.getType().equals("function_definition")) {
        return true;
      }
    }
    return false;
  }

  // the comment after the statement on its line, or nothing
  private static String lineOf(SyntaxTree tree, TSNode statement) {
    TSNode next = statement.getNextNamedSibling();
    return !next.isNull()
            && next.getType().equals("comment")
            && next.getStartPoint().getRow() == statement.getEndPoint().getRow()
        ? tree.text(next)
        : "";
  }

  // return self.X[k] / v = self.X.get(k) then if v is None / try: v = self.X[k] except KeyError,
  // and self.X[k] = ... : read at a key, written at that key on a miss
  private static boolean getOrCreate(String classBody, String name) {
    String attribute = "\\bself\\." + Pattern.quote(name);
    List<Pattern> reads =
        List.of(
            Pattern.compile(
                "return\\s+" + attribute + "\\[([^\\]\\n]+)\\]\\s*$", Pattern.MULTILINE),
            Pattern.compile(
                "^\\s*(?<found>\\w+)\\s*=\\s*"
                    + attribute
                    + "\\.get\\(\\s*([^,)\\n]+)(,\\s*None\\s*)?\\)\\s*$"
                    + "(?=[\\s\\S]*\\bif\\s+(not\\s+\\k<found>\\b|\\k<found>\\s+is\\s+None))",
                Pattern.MULTILINE),
            Pattern.compile(
                "try:\\s*\\n\\s*[\\w.]+\\s*=\\s*"
                    + attribute
                    + "\\[([^\\]\\n]+)\\]\\s*\\n\\s*except\\s+KeyError"));
    for (Pattern read : reads) {
      Matcher matcher = read.matcher(classBody);
      while (matcher.find()) {
        String key = Pattern.quote(matcher.group(matcher.groupCount() > 1 ? 2 : 1).strip());
        // written at that key with a value not made from the table itself (a count is not)
        String write =
            attribute + "\\[\\s*" + key + "\\s*\\]\\s*=(?!=)(?![^\\n]*" + attribute + ")";
        if (Pattern.compile(write).matcher(classBody).find()) {
          return true;
        }
      }
    }
    return false;
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
    return InstanceAttributes.changedInPlace(classBody, name)
        && !InstanceAttributes.assigned(classBody, name);
  }
}
