package dev.reviewpanel.code.model;

import dev.reviewpanel.code.analysis.Budget;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Reading a tree-sitter tree into a model: the node accessors every tree-sitter adapter uses. For
 * adapters only; analyzers read {@link CodeModel}s.
 */
public abstract class TreeReader {

  protected final SyntaxTree tree;
  protected final ModelBuilder model;
  private final Budget budget = Budget.current();

  protected TreeReader(SyntaxTree tree, String path, Language language) {
    this.tree = tree;
    this.model = new ModelBuilder(path, language);
  }

  public String text(TSNode node) {
    return present(node) ? tree.text(node) : "";
  }

  public static int line(TSNode node) {
    return SyntaxTree.startLine(node);
  }

  public static int endLine(TSNode node) {
    return SyntaxTree.endLine(node);
  }

  public static boolean present(TSNode node) {
    return node != null && !node.isNull();
  }

  public static TSNode field(TSNode node, String name) {
    return node.getChildByFieldName(name);
  }

  /** The named children, comments left out. */
  public static List<TSNode> named(TSNode node) {
    int count = node.getNamedChildCount();
    List<TSNode> children = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      TSNode child = node.getNamedChild(i);
      if (!child.getType().equals("comment")) {
        children.add(child);
      }
    }
    return children;
  }

  /** Every child, anonymous tokens included. */
  public static List<TSNode> children(TSNode node) {
    int count = node.getChildCount();
    List<TSNode> children = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      children.add(node.getChild(i));
    }
    return children;
  }

  public void checkpoint() {
    budget.checkpoint();
  }

  /** The string value of a quoted literal without its quotes and prefixes, escapes left as is. */
  public static String unquote(String literal) {
    int start = 0;
    while (start < literal.length() && Character.isLetter(literal.charAt(start))) {
      start++;
    }
    // a prefix only before a quote (f"...", rb'...'); a bare identifier is its own text
    String body =
        start < literal.length() && "\"'`".indexOf(literal.charAt(start)) >= 0
            ? literal.substring(start)
            : literal;
    for (String quote : List.of("\"\"\"", "'''", "\"", "'", "`")) {
      if (body.length() >= 2 * quote.length() && body.startsWith(quote) && body.endsWith(quote)) {
        return body.substring(quote.length(), body.length() - quote.length());
      }
    }
    return body;
  }

  public static Expr.Opaque opaque(String kind, List<Expr> parts, int line) {
    return new Expr.Opaque(kind, parts, line);
  }

  /**
   * The value assigned from {@code right}: as read, except that {@code await name} or {@code await
   * obj.attr} stays an {@code await} opaque, so that {@code result = await result} is not read as
   * {@code result = result}. Elsewhere {@code await} is transparent: a call's result flows as is.
   */
  public static Expr assigned(TSNode right, Expr value, int line) {
    boolean awaited = right.getType().equals("await") || right.getType().equals("await_expression");
    return awaited && (value instanceof Expr.Name || value instanceof Expr.Attribute)
        ? new Expr.Opaque("await", List.of(value), line)
        : value;
  }
}
