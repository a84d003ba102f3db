package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.bug.syntax.ScriptNodeAnalyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A mutable default argument: evaluated once, then shared and mutated across calls. Reported when
 * the function changes the parameter ({@code items.append(x)}, {@code seen[k] = v}, {@code items +=
 * ...}, {@code del items[0]}) or lets it escape, so a caller can ({@code return items}, {@code
 * self.items = items}, {@code yield items}); a default that is only read or copied is a safe,
 * common shorthand for an empty table. A private memo ({@code def get_header(self, name,
 * _name_cache={})}: a leading underscore says callers do not pass it, the name says it keeps
 * results across calls) is the sharing used on purpose, the idiom the Python FAQ shows for
 * memoizing: LOW, since it still grows with every distinct key.
 */
@Component
class MutableDefaultAnalyzer extends ScriptNodeAnalyzer {

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

  MutableDefaultAnalyzer() {
    super("python-mutable-default", LANGUAGES, "default_parameter", "typed_default_parameter");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode node, Findings findings) {
    TSNode value = node.getChildByFieldName("value");
    if (value.isNull() || !isMutable(tree, value)) {
      return;
    }
    String name = tree.text(node.getChildByFieldName("name"));
    List<TSNode> uses = changesOrEscapes(tree, node, name);
    if (uses.isEmpty()) {
      return;
    }
    String message =
        "Parameter '"
            + name
            + "' defaults to "
            + CodeExcerpt.of(tree.text(value))
            + ", one object shared by every call that omits it";
    String low =
        PRIVATE_MEMO.matcher(name).find()
            ? "a private memo, shared on purpose"
            : name.startsWith("_")
                ? "a leading underscore says callers do not pass it; the function keeps state of"
                    + " its own across calls on purpose, as a guard against reentry does"
                : storedOnlyUnchanged(tree, node, uses)
                    ? "it is only stored on the instance, and no method of the class changes that"
                        + " attribute in place; only a caller that changes what it reads there"
                        + " would spoil the default"
                    : null;
    findings.report(
        low == null ? RULE : RULE.at(Severity.LOW, Confidence.HIGH),
        SyntaxTree.startLine(value),
        message + (low == null ? "." : " (LOW: " + low + ")."));
  }

  // _cache, _name_cache, _memo: private to the function, named for what it keeps
  private static final Pattern PRIVATE_MEMO =
      Pattern.compile("^_\\w*(cache|memo|memoized|seen|registry)$");

  // self.args = args is every use that lets the default out, and the class never changes
  // self.args in place (append, item assignment, +=)
  private static boolean storedOnlyUnchanged(SyntaxTree tree, TSNode parameter, List<TSNode> uses) {
    TSNode type = parameter;
    while (!type.isNull() && !type.getType().equals("class_definition")) {
      type = type.getParent();
    }
    if (type.isNull()) {
      return false;
    }
    String classBody = tree.text(type);
    for (TSNode use : uses) {
      TSNode left = use.getType().equals("assignment") ? use.getChildByFieldName("left") : null;
      if (left == null
          || !left.getType().equals("attribute")
          || !tree.text(left.getChildByFieldName("object")).equals("self")) {
        return false;
      }
      String attribute = tree.text(left.getChildByFieldName("attribute"));
      boolean changed =
          InstanceAttributes.changedInPlace(classBody, attribute)
              || InstanceAttributes.handedOut(classBody, attribute);
      if (changed) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> MUTATORS =
      Set.of(
          "append",
          "extend",
          "insert",
          "pop",
          "popitem",
          "remove",
          "clear",
          "update",
          "setdefault",
          "add",
          "discard",
          "appendleft",
          "extendleft",
          "sort",
          "reverse");

  // the statements that change the parameter or let it out, unless a copy replaced it before
  private static List<TSNode> changesOrEscapes(SyntaxTree tree, TSNode parameter, String name) {
    TSNode function = parameter.getParent();
    while (!function.isNull()
        && !function.getType().equals("function_definition")
        && !function.getType().equals("lambda")) {
      function = function.getParent();
    }
    if (function.isNull()) {
      return List.of(parameter);
    }
    TSNode body = function.getChildByFieldName("body");
    if (body.isNull()) {
      return List.of();
    }
    List<TSNode> copies = new ArrayList<>();
    List<TSNode> uses = new ArrayList<>();
    SyntaxTree.walk(
        body,
        n -> {
          if (isCopy(tree, n, name)) {
            copies.add(n);
          } else if ((changes(tree, n, name) || escapes(tree, n, name))
              && !shadowed(tree, n, body, name)
              && copies.stream().noneMatch(copy -> rebindsBefore(copy, n))) {
            uses.add(n);
          }
        });
    return uses;
  }

  // def __call__(self, environ, start_response): a nested function's own parameter of that name
  private static boolean shadowed(SyntaxTree tree, TSNode node, TSNode body, String name) {
    for (TSNode scope = node.getParent();
        !scope.isNull() && !scope.equals(body);
        scope = scope.getParent()) {
      if (scope.getType().equals("function_definition") || scope.getType().equals("lambda")) {
        TSNode parameters = scope.getChildByFieldName("parameters");
        if (!parameters.isNull() && binds(tree, parameters, name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean binds(SyntaxTree tree, TSNode parameters, String name) {
    for (int i = 0; i < parameters.getNamedChildCount(); i++) {
      TSNode parameter = parameters.getNamedChild(i);
      TSNode named =
          parameter.getType().equals("identifier")
              ? parameter
              : parameter.getChildByFieldName("name");
      if (named != null && !named.isNull() && isName(tree, named, name)) {
        return true;
      }
    }
    return false;
  }

  // ax_attrs = set(ax_attrs), items = list(items), opts = dict(opts): the name now holds a copy
  private static boolean isCopy(SyntaxTree tree, TSNode node, String name) {
    if (!node.getType().equals("assignment")
        || !isName(tree, node.getChildByFieldName("left"), name)) {
      return false;
    }
    TSNode right = node.getChildByFieldName("right");
    if (right.isNull() || !right.getType().equals("call")) {
      return false;
    }
    String callee = tree.text(right.getChildByFieldName("function"));
    TSNode arguments = right.getChildByFieldName("arguments");
    boolean ofItself =
        !arguments.isNull()
            && arguments.getNamedChildCount() == 1
            && isName(tree, arguments.getNamedChild(0), name);
    return ofItself && MUTABLE_CONSTRUCTORS.contains(callee)
        || callee.equals(name + ".copy")
            && !arguments.isNull()
            && arguments.getNamedChildCount() == 0;
  }

  // The copy is made earlier in a block that holds the change: the change is the copy's.
  private static boolean rebindsBefore(TSNode copy, TSNode change) {
    TSNode statement = copy.getParent();
    if (statement.isNull() || statement.getEndByte() > change.getStartByte()) {
      return false;
    }
    TSNode block = statement.getParent();
    return !block.isNull()
        && block.getStartByte() <= change.getStartByte()
        && change.getEndByte() <= block.getEndByte();
  }

  private static boolean changes(SyntaxTree tree, TSNode node, String name) {
    switch (node.getType()) {
      case "call" -> {
        TSNode callee = node.getChildByFieldName("function");
        return callee.getType().equals("attribute")
            && isName(tree, callee.getChildByFieldName("object"), name)
            && MUTATORS.contains(tree.text(callee.getChildByFieldName("attribute")));
      }
      case "assignment", "augmented_assignment" -> {
        TSNode left = node.getChildByFieldName("left");
        return node.getType().equals("augmented_assignment") && isName(tree, left, name)
            || left.getType().equals("subscript")
                && isName(tree, left.getChildByFieldName("value"), name);
      }
      case "delete_statement" -> {
        for (int i = 0; i < node.getNamedChildCount(); i++) {
          TSNode target = node.getNamedChild(i);
          if (target.getType().equals("subscript")
              && isName(tree, target.getChildByFieldName("value"), name)) {
            return true;
          }
        }
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  // return items / yield items / self.items = items: whoever gets it may change the default.
  private static boolean escapes(SyntaxTree tree, TSNode node, String name) {
    return switch (node.getType()) {
      case "return_statement", "yield" ->
          node.getNamedChildCount() == 1 && isName(tree, node.getNamedChild(0), name);
      case "assignment" ->
          node.getChildByFieldName("left").getType().equals("attribute")
              && isName(tree, node.getChildByFieldName("right"), name);
      default -> false;
    };
  }

  private static boolean isName(SyntaxTree tree, TSNode node, String name) {
    return !node.isNull() && node.getType().equals("identifier") && tree.text(node).equals(name);
  }

  private static boolean isMutable(SyntaxTree tree, TSNode value) {
    if (MUTABLE_LITERALS.contains(value.getType())) {
      return true;
    }
    return value.getType().equals("call")
        && MUTABLE_CONSTRUCTORS.contains(tree.text(value.getChildByFieldName("function")));
  }
}
