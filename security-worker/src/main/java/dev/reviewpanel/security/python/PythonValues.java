package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.DeadCode;
import dev.reviewpanel.security.syntax.ReachingDefinitions;
import dev.reviewpanel.security.syntax.ReachingDefinitions.Reaching;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Value facts for one Python file: which expressions are constants and which are strings built from
 * non-constant data, following local names to the assignments that can reach them in the same
 * function (or module). Assignments in dead code and values overwritten before the use are ignored.
 */
final class PythonValues {

  // Following a name costs more than descending into a node: few hops (cycles end quickly), but
  // deep expressions such as a long chain of constant concatenations still fold.
  private static final int NAME_HOP = 100;
  private static final int MAX_DEPTH = 1000;
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> LITERALS =
      Set.of("integer", "float", "true", "false", "none", "ellipsis");

  private static final Set<String> UNPACKING =
      Set.of(
          "pattern_list",
          "tuple_pattern",
          "list_pattern",
          "as_pattern_target",
          "list_splat_pattern",
          "expression_list",
          "tuple",
          "list");
  private static final Set<String> BLOCKS = Set.of("block", "module");
  private static final Set<String> LOOPS = Set.of("for_statement", "while_statement");
  private static final Set<String> SCOPES = Set.of("function_definition", "lambda");

  private final SyntaxTree tree;
  private final Set<String> parameters = new HashSet<>();
  private final ReachingDefinitions flow;
  private final DeadCode dead;

  /** The values of a file, indexed once and shared by its analyzers (they never change). */
  static PythonValues of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(PythonValues.class, n -> new PythonValues(tree, n));
  }

  PythonValues(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    this.dead = PythonBranches.of(tree, nodes);
    this.flow = new ReachingDefinitions(BLOCKS, LOOPS, SCOPES, dead);
    nodes.forEach(this::index);
  }

  private void index(TSNode node, String type) {
    switch (type) {
      case "assignment", "augmented_assignment" -> {
        TSNode left = node.getChildByFieldName("left");
        TSNode right = node.getChildByFieldName("right");
        if (!left.isNull() && !right.isNull()) {
          // An augmented assignment counts as the whole "x += y": its value is x joined with y.
          define(left, node, type.equals("assignment") ? right : node);
        }
      }
      case "for_statement", "for_in_clause" -> {
        TSNode left = node.getChildByFieldName("left");
        TSNode right = node.getChildByFieldName("right");
        if (!left.isNull() && !right.isNull()) {
          define(left, node, right);
        }
      }
      case "as_pattern" -> {
        TSNode alias = node.getChildByFieldName("alias");
        if (!alias.isNull() && node.getNamedChildCount() > 0) {
          define(alias, node, node.getNamedChild(0));
        }
      }
      case "parameters", "lambda_parameters" ->
          TreeNodes.of(node)
              .forEach(
                  (n, t) -> {
                    if (t.equals("identifier") && !isDefaultValue(n, node)) {
                      parameters.add(key(n, tree.text(n)));
                    }
                  });
      default -> {}
    }
  }

  // x = v, a, b = v (each name gets the whole value), for k, v in items, with f() as x.
  private void define(TSNode target, TSNode statement, TSNode value) {
    if (target.getType().equals("identifier")) {
      flow.define(key(statement, tree.text(target)), statement, value);
      return;
    }
    if (!UNPACKING.contains(target.getType())) {
      return;
    }
    TreeNodes.of(target)
        .forEach(
            (n, t) -> {
              if (t.equals("identifier") && (n.equals(target) || isUnpacked(n, target))) {
                flow.define(key(statement, tree.text(n)), statement, value);
              }
            });
  }

  private static boolean isUnpacked(TSNode name, TSNode target) {
    if (!UNPACKING.contains(target.getType())) {
      return false;
    }
    for (TSNode p = name.getParent(); !p.isNull(); p = p.getParent()) {
      if (p.equals(target)) {
        return true;
      }
      if (!UNPACKING.contains(p.getType())) {
        return false;
      }
    }
    return false;
  }

  // def f(limit=DEFAULT): DEFAULT is not a parameter.
  private static boolean isDefaultValue(TSNode identifier, TSNode parameters) {
    for (TSNode p = identifier.getParent();
        !p.isNull() && !p.equals(parameters);
        p = p.getParent()) {
      TSNode value = p.getChildByFieldName("value");
      if (!value.isNull()
          && value.getStartByte() <= identifier.getStartByte()
          && identifier.getEndByte() <= value.getEndByte()) {
        return true;
      }
    }
    return false;
  }

  boolean isConstant(TSNode node) {
    return isConstant(node, 0);
  }

  /** True for a string assembled from at least one non-constant part. */
  boolean isBuilt(TSNode node) {
    return isBuilt(node, 0);
  }

  private boolean isConstant(TSNode node, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    String type = node.getType();
    if (LITERALS.contains(type)) {
      return true;
    }
    return switch (type) {
      case "string" -> interpolationsConstant(node, depth);
      case "concatenated_string",
          "tuple",
          "list",
          "parenthesized_expression",
          "binary_operator",
          "expression_list" ->
          allNamedChildren(node, depth);
      case "identifier" -> namesConstant(node, depth);
      default -> false;
    };
  }

  private boolean isBuilt(TSNode node, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    return switch (node.getType()) {
      case "string", "concatenated_string" -> !isConstant(node, depth + 1);
      case "binary_operator" -> !isConstant(node, depth + 1);
      case "augmented_assignment" -> !isConstant(node.getChildByFieldName("right"), depth + 1);
      case "parenthesized_expression" -> isBuilt(node.getNamedChild(0), depth + 1);
      case "call" -> isFormatCall(node, depth);
      case "identifier" -> valuesOf(node).stream().anyMatch(v -> isBuilt(v, depth + NAME_HOP));
      default -> false;
    };
  }

  private boolean isFormatCall(TSNode node, int depth) {
    return PythonCall.of(node, "call", tree)
        .filter(c -> c.name().equals("format") || c.name().equals("join"))
        .map(
            c -> {
              TSNode arguments = node.getChildByFieldName("arguments");
              return !isConstant(
                      node.getChildByFieldName("function").getChildByFieldName("object"), depth + 1)
                  || !allNamedChildren(arguments, depth);
            })
        .orElse(false);
  }

  private boolean namesConstant(TSNode node, int depth) {
    String name = tree.text(node);
    Reaching reaching = reaching(node);
    if (reaching.values().isEmpty()) {
      return !parameters.contains(resolvedKey(node)) && CONSTANT_NAME.matcher(name).matches();
    }
    boolean parameterReaches = reaching.initialReaches() && parameters.contains(resolvedKey(node));
    return !parameterReaches
        && reaching.values().stream().allMatch(v -> isConstant(v, depth + NAME_HOP));
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
      if (SCOPES.contains(p.getType())) {
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

  /** The values assigned to the name {@code identifier} that may reach it. */
  List<TSNode> valuesOf(TSNode identifier) {
    return reaching(identifier).values();
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

  private boolean allNamedChildren(TSNode node, int depth) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      TSNode value =
          child.getType().equals("keyword_argument") ? child.getChildByFieldName("value") : child;
      if (!child.getType().equals("comment") && !isConstant(value, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  // An f-string is constant when every interpolated expression is.
  private boolean interpolationsConstant(TSNode node, int depth) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      if (child.getType().equals("interpolation")
          && !isConstant(child.getChildByFieldName("expression"), depth + 1)) {
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
      if (current.getType().equals("function_definition") || current.getType().equals("lambda")) {
        return current.getStartByte() + ":" + name;
      }
      current = current.getParent();
    }
    return "module:" + name;
  }
}
