package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.DeadCode;
import dev.reviewpanel.security.syntax.ReachingDefinitions;
import dev.reviewpanel.security.syntax.ReachingDefinitions.Reaching;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Value facts for one JavaScript/TypeScript file: which expressions are constants and which are
 * strings built from non-constant data, following names to the assignments that can reach them in
 * the same function (or the module), ignoring dead code and values overwritten before the use.
 */
final class JsValues {

  // Following a name costs more than descending into a node: few hops (cycles end quickly), but
  // deep expressions such as a long chain of constant concatenations still fold.
  private static final int NAME_HOP = 100;
  private static final int MAX_DEPTH = 1000;
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> LITERALS =
      Set.of("string", "number", "true", "false", "null", "undefined", "regex");
  private static final Set<String> WRAPPERS =
      Set.of(
          "parenthesized_expression",
          "as_expression",
          "satisfies_expression",
          "non_null_expression");
  private static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "function_expression",
          "function",
          "arrow_function",
          "method_definition",
          "generator_function_declaration");

  private final SyntaxTree tree;
  private static final Set<String> BLOCKS = Set.of("statement_block", "program", "switch_case");
  private static final Set<String> LOOPS =
      Set.of("for_statement", "for_in_statement", "while_statement", "do_statement");

  private final Set<String> parameters = new HashSet<>();
  private final DeadCode dead;
  private final ReachingDefinitions flow;

  /** The values of a file, indexed once and shared by its analyzers (they never change). */
  static JsValues of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(JsValues.class, n -> new JsValues(tree, n));
  }

  JsValues(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    this.dead = JsBranches.of(tree, nodes);
    this.flow = new ReachingDefinitions(BLOCKS, LOOPS, FUNCTIONS, dead);
    nodes.forEach(this::index);
  }

  private void index(TSNode node, String type) {
    switch (type) {
      case "variable_declarator" ->
          remember(node.getChildByFieldName("name"), node.getChildByFieldName("value"), node);
      case "assignment_expression" ->
          remember(node.getChildByFieldName("left"), node.getChildByFieldName("right"), node);
      // "x += y" is remembered whole: its value is x joined with y.
      case "augmented_assignment_expression" ->
          remember(node.getChildByFieldName("left"), node, node);
      case "for_in_statement" ->
          remember(node.getChildByFieldName("left"), node.getChildByFieldName("right"), node);
      case "formal_parameters" ->
          TreeNodes.of(node)
              .forEach(
                  (n, t) -> {
                    if (t.equals("identifier")
                        || t.equals("shorthand_property_identifier_pattern")) {
                      parameters.add(key(n, tree.text(n)));
                    }
                  });
      default -> {}
    }
  }

  // x = v, and const { a, b: c } = v / [a, b] = v (each name gets the whole value).
  private void remember(TSNode name, TSNode value, TSNode statement) {
    if (name.isNull() || value.isNull()) {
      return;
    }
    if (name.getType().equals("identifier")) {
      flow.define(key(name, tree.text(name)), statement, value);
    } else if (name.getType().equals("object_pattern") || name.getType().equals("array_pattern")) {
      TreeNodes.of(name)
          .forEach(
              (n, t) -> {
                boolean bound =
                    t.equals("shorthand_property_identifier_pattern")
                        || (t.equals("identifier") && !isDefaultValue(n, name));
                if (bound) {
                  flow.define(key(n, tree.text(n)), statement, value);
                }
              });
    }
  }

  // const { page = DEFAULT_PAGE } = req.query: DEFAULT_PAGE is read, not bound.
  private static boolean isDefaultValue(TSNode identifier, TSNode pattern) {
    TSNode parent = identifier.getParent();
    return !parent.isNull()
        && (parent.getType().equals("object_assignment_pattern")
            || parent.getType().equals("assignment_pattern"))
        && !parent.getChildByFieldName("right").isNull()
        && parent.getChildByFieldName("right").equals(identifier);
  }

  boolean isConstant(TSNode node) {
    return isConstant(node, n -> false, 0);
  }

  /** True when every non-constant part of {@code node} is a value {@code trusted} accepts. */
  boolean isConstantOr(TSNode node, Predicate<TSNode> trusted) {
    return isConstant(node, trusted, 0);
  }

  /** True for a string assembled from at least one non-constant part. */
  boolean isBuilt(TSNode node) {
    return isBuilt(node, 0);
  }

  /** The values assigned to the name {@code identifier} that may reach it. */
  List<TSNode> valuesOf(TSNode identifier) {
    return reaching(identifier).values();
  }

  /** The text of a string literal, or of the one string a name is bound to here. */
  java.util.Optional<String> stringValue(TSNode node) {
    TSNode value = node;
    if (value.getType().equals("identifier")) {
      List<TSNode> values = valuesOf(value);
      if (values.size() != 1) {
        return java.util.Optional.empty();
      }
      value = values.get(0);
    }
    if (!value.getType().equals("string")
        && !(value.getType().equals("template_string") && value.getNamedChildCount() == 0)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(tree.text(value).replaceAll("^['\"`]|['\"`]$", ""));
  }

  /** True when {@code identifier} names a parameter of its function or of one around it. */
  boolean isParameter(TSNode identifier) {
    return parameters.contains(resolvedKey(identifier));
  }

  /**
   * The scope key of the variable {@code identifier} reads: its own function's when bound there,
   * else the nearest enclosing function that binds it (a closure), else its own function's.
   */
  String resolvedKey(TSNode identifier) {
    String name = tree.text(identifier);
    String key = key(identifier, name);
    if (flow.isDefined(key) || parameters.contains(key) || key.startsWith("module:")) {
      return key;
    }
    for (TSNode p = identifier.getParent(); !p.isNull(); p = p.getParent()) {
      if (FUNCTIONS.contains(p.getType())) {
        String outer = key(p, name);
        if (outer.startsWith("module:")) {
          break;
        }
        if (flow.isDefined(outer) || parameters.contains(outer)) {
          return outer;
        }
      }
    }
    return key;
  }

  /** True when {@code node} lies in code that never runs. */
  boolean isDead(TSNode node) {
    return dead.isDead(node);
  }

  /**
   * The assignments of {@code identifier} that may reach it, in its function or else the module,
   * and whether the value it had on entry (a parameter's argument) may still reach it.
   */
  Reaching reaching(TSNode identifier) {
    String name = tree.text(identifier);
    String key = resolvedKey(identifier);
    if (flow.isDefined(key) || parameters.contains(key) || key.startsWith("module:")) {
      return flow.reaching(key, identifier);
    }
    // A module name read inside a function: any of its module-level values, whenever assigned.
    return new Reaching(flow.all("module:" + name), false);
  }

  private boolean isConstant(TSNode node, Predicate<TSNode> trusted, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    if (trusted.test(node) || LITERALS.contains(node.getType())) {
      return true;
    }
    return switch (node.getType()) {
      case "template_string", "binary_expression", "array" -> allParts(node, trusted, depth);
      case "ternary_expression" ->
          isConstant(node.getChildByFieldName("consequence"), trusted, depth + 1)
              && isConstant(node.getChildByFieldName("alternative"), trusted, depth + 1);
      case "template_substitution" -> allParts(node, trusted, depth);
      case "augmented_assignment_expression" ->
          isConstant(node.getChildByFieldName("right"), trusted, depth + 1);
      case "identifier" -> namesConstant(node, trusted, depth);
      default -> WRAPPERS.contains(node.getType()) && allParts(node, trusted, depth);
    };
  }

  private boolean isBuilt(TSNode node, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    return switch (node.getType()) {
      case "template_string", "binary_expression", "augmented_assignment_expression" ->
          !isConstant(node, n -> false, depth + 1);
      case "identifier" -> valuesOf(node).stream().anyMatch(v -> isBuilt(v, depth + NAME_HOP));
      case "call_expression" ->
          JsCall.of(node, "call_expression", tree)
              .filter(
                  c ->
                      c.name().equals("concat")
                          || c.name().equals("join")
                          || c.name().equals("format"))
              .map(c -> !allParts(node.getChildByFieldName("arguments"), n -> false, depth))
              .orElse(false);
      default ->
          WRAPPERS.contains(node.getType())
              && node.getNamedChildCount() > 0
              && isBuilt(node.getNamedChild(0), depth + 1);
    };
  }

  private boolean namesConstant(TSNode node, Predicate<TSNode> trusted, int depth) {
    String name = tree.text(node);
    Reaching reaching = reaching(node);
    if (reaching.values().isEmpty()) {
      return !parameters.contains(resolvedKey(node)) && CONSTANT_NAME.matcher(name).matches();
    }
    boolean parameterReaches = reaching.initialReaches() && parameters.contains(resolvedKey(node));
    return !parameterReaches
        && reaching.values().stream().allMatch(v -> isConstant(v, trusted, depth + NAME_HOP));
  }

  private boolean allParts(TSNode node, Predicate<TSNode> trusted, int depth) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      String type = child.getType();
      boolean skip =
          type.equals("comment")
              || type.equals("string_fragment")
              || type.equals("escape_sequence")
              || type.equals("type_annotation")
              || type.endsWith("_type")
              || type.equals("type_identifier");
      if (!skip && !isConstant(child, trusted, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  String key(TSNode node, String name) {
    return scopeKey(node, name);
  }

  // Names are scoped to the innermost enclosing function, else the module.
  static String scopeKey(TSNode node, String name) {
    TSNode current = node.getParent();
    while (!current.isNull()) {
      if (FUNCTIONS.contains(current.getType())) {
        return current.getStartByte() + ":" + name;
      }
      current = current.getParent();
    }
    return "module:" + name;
  }
}
