package dev.reviewpanel.security.secrets;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.treesitter.TSNode;

/**
 * One file's hard-coded-secret scan over a tree-sitter tree, the same for Python and JavaScript:
 * the language says where names meet values and how to read a literal; this decides, words and
 * reports, once per literal.
 */
public final class TreeSecretScan {

  /**
   * How a language writes values, as data.
   *
   * @param strings string literal node types
   * @param interpolation the child type that makes a string not a literal
   * @param content the child type holding a string's text, or null for every named child
   * @param lists node types whose elements are each a value (lists, tuples, arrays)
   * @param fallback the literal an environment lookup falls back to ({@code os.environ.get("K",
   *     "x")}, {@code process.env.K || "x"}), or null when the node is no such lookup
   */
  public record Syntax(
      Set<String> strings,
      String interpolation,
      String content,
      Set<String> lists,
      BiFunction<SyntaxTree, TSNode, TSNode> fallback) {}

  /**
   * The content of a string literal of one of {@code types}: its children of {@code content} types,
   * or every named child when {@code content} is null; empty when a child is an {@code
   * interpolation}, since then the value is not in the code.
   */
  public static Optional<String> stringContent(
      SyntaxTree tree, TSNode node, Set<String> types, String interpolation, String content) {
    if (node == null || node.isNull() || !types.contains(node.getType())) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (TSNode child : namedChildren(node)) {
      if (child.getType().equals(interpolation)) {
        return Optional.empty();
      }
      if (content == null || child.getType().equals(content)) {
        text.append(tree.text(child));
      }
    }
    return Optional.of(text.toString());
  }

  /** The named children of {@code node}: the elements of a list or an array. */
  public static List<TSNode> namedChildren(TSNode node) {
    List<TSNode> children = new ArrayList<>();
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      children.add(node.getNamedChild(i));
    }
    return children;
  }

  private final Rule rule;
  private final ParsedFile file;
  private final Findings findings;
  private final Syntax syntax;
  private final SyntaxTree tree;
  private final Set<Integer> reported = new HashSet<>();

  public TreeSecretScan(Rule rule, ParsedFile file, Findings findings, Syntax syntax) {
    this.rule = rule;
    this.file = file;
    this.findings = findings;
    this.syntax = syntax;
    this.tree = file.syntaxTree();
  }

  /** The content of a plain string literal of this language, or empty. */
  public Optional<String> literal(TSNode node) {
    return stringContent(tree, node, syntax.strings(), syntax.interpolation(), syntax.content());
  }

  /** {@code value} stored under {@code name} (a variable, attribute, key or parameter). */
  public void named(String name, TSNode value) {
    check(value, text -> SecretEvidence.named(name, text));
  }

  /** {@code value} set as a framework's signing or session secret. */
  public void framework(String holder, String consequence, TSNode value) {
    check(value, text -> SecretEvidence.framework(holder, text, consequence));
  }

  /** Every string of {@code stringType} not reported yet, in a provider's token format. */
  public void tokenFormats(TreeNodes nodes, String stringType) {
    nodes.forEach(
        (node, type) -> {
          if (type.equals(stringType) && !reported.contains(node.getStartByte())) {
            literal(node)
                .flatMap(text -> SecretEvidence.literal(text, () -> tree.text(concatenation(node))))
                .ifPresent(e -> report(node, e));
          }
        });
  }

  // the whole 'a' + 'b' (or 'a' 'b') expression a literal is part of
  private static TSNode concatenation(TSNode literal) {
    TSNode top = literal;
    while (true) {
      TSNode parent = top.getParent();
      if (parent == null || parent.isNull() || !CONCATENATIONS.contains(parent.getType())) {
        return top;
      }
      top = parent;
    }
  }

  private static final Set<String> CONCATENATIONS =
      Set.of(
          "binary_expression",
          "binary_operator",
          "concatenated_string",
          "parenthesized_expression");

  private void check(TSNode value, Function<String, Optional<SecretEvidence>> judge) {
    if (value == null || value.isNull()) {
      return;
    }
    for (TSNode candidate : candidates(value)) {
      if (!reported.contains(candidate.getStartByte())) {
        literal(candidate).flatMap(judge).ifPresent(e -> report(candidate, e));
      }
    }
  }

  // the literals a value stands for: itself, each element of a list, an env lookup's fallback
  private List<TSNode> candidates(TSNode value) {
    if (syntax.lists().contains(value.getType())) {
      return namedChildren(value);
    }
    TSNode fallback = syntax.fallback().apply(tree, value);
    return List.of(fallback == null || fallback.isNull() ? value : fallback);
  }

  private void report(TSNode node, SecretEvidence evidence) {
    reported.add(node.getStartByte());
    evidence.report(rule, file, findings, SyntaxTree.startLine(node), SyntaxTree.endLine(node));
  }
}
