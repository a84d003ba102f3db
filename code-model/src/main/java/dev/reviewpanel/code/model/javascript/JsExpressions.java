package dev.reviewpanel.code.model.javascript;

import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Expr.Argument;
import dev.reviewpanel.code.model.Expr.Collection;
import dev.reviewpanel.code.model.Expr.Collection.Entry;
import dev.reviewpanel.code.model.Expr.Literal;
import dev.reviewpanel.code.model.Expr.StringBuild;
import dev.reviewpanel.code.model.TreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/** JavaScript and TypeScript expressions to model expressions. */
final class JsExpressions {

  // TypeScript wrappers that only state a type: the value is the inner expression.
  private static final Set<String> TRANSPARENT =
      Set.of(
          "parenthesized_expression",
          "await_expression",
          "as_expression",
          "satisfies_expression",
          "non_null_expression",
          "type_assertion",
          "spread_element",
          "expression_statement");

  private final JsReader reader;

  JsExpressions(JsReader reader) {
    this.reader = reader;
  }

  Expr of(TSNode node) {
    if (!TreeReader.present(node)) {
      return new Literal(null, 0);
    }
    reader.checkpoint();
    int line = TreeReader.line(node);
    String type = node.getType();
    if (TRANSPARENT.contains(type)) {
      List<TSNode> inner = TreeReader.named(node);
      return inner.isEmpty() ? new Literal(null, line) : of(inner.get(0));
    }
    return switch (type) {
      case "identifier", "shorthand_property_identifier", "property_identifier" ->
          new Expr.Name(reader.text(node), line);
      case "this", "super" -> new Expr.Name("this", line);
      case "number" -> number(reader.text(node), line);
      case "true" -> new Literal(Boolean.TRUE, line);
      case "false" -> new Literal(Boolean.FALSE, line);
      case "null", "undefined" -> new Literal(null, line);
      case "string" -> new Literal(TreeReader.unquote(reader.text(node)), line);
      // as written, /[^A-Z0-9]/g: catalog entries match its text (a replace that keeps a safe set)
      case "regex" -> new Literal(reader.text(node), line);
      case "template_string" -> template(node, line);
      case "member_expression" ->
          new Expr.Attribute(
              of(TreeReader.field(node, "object")),
              reader.text(TreeReader.field(node, "property")),
              line);
      case "subscript_expression" ->
          new Expr.Index(
              of(TreeReader.field(node, "object")), of(TreeReader.field(node, "index")), line);
      case "call_expression" -> call(node, false, line);
      case "new_expression" -> call(node, true, line);
      case "binary_expression" -> binary(node, line);
      case "unary_expression", "update_expression" ->
          new Expr.Operation(operator(node), parts(node), line);
      case "ternary_expression" ->
          new Expr.Conditional(
              of(TreeReader.field(node, "condition")),
              of(TreeReader.field(node, "consequence")),
              of(TreeReader.field(node, "alternative")),
              line);
      case "array" -> array(node, line);
      case "object" -> object(node, line);
      case "arrow_function", "function_expression", "function", "generator_function" ->
          new Expr.Lambda(reader.function(node, null, List.of()), line);
      case "assignment_expression", "augmented_assignment_expression" ->
          of(TreeReader.field(node, "right"));
      case "sequence_expression" -> {
        List<Expr> parts = parts(node);
        yield parts.isEmpty() ? new Literal(null, line) : parts.get(parts.size() - 1);
      }
      default -> TreeReader.opaque(type, parts(node), line);
    };
  }

  private List<Expr> parts(TSNode node) {
    List<Expr> parts = new ArrayList<>();
    for (TSNode child : TreeReader.named(node)) {
      parts.add(of(child));
    }
    return parts;
  }

  private String operator(TSNode node) {
    TSNode op = TreeReader.field(node, "operator");
    return TreeReader.present(op) ? reader.text(op) : "?";
  }

  private static Expr number(String text, int line) {
    try {
      String clean = text.replace("_", "");
      if (clean.startsWith("0x") || clean.startsWith("0X")) {
        return new Literal(Long.parseLong(clean.substring(2), 16), line);
      }
      double value =
          Double.parseDouble(clean.endsWith("n") ? clean.substring(0, clean.length() - 1) : clean);
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? new Literal((long) value, line)
          : new Literal(value, line);
    } catch (NumberFormatException e) {
      return new Literal(0L, line);
    }
  }

  private Expr template(TSNode node, int line) {
    List<Expr> parts = new ArrayList<>();
    String text = reader.text(node);
    int base = node.getStartByte();
    int cursor = base + 1;
    boolean interpolated = false;
    for (TSNode child : TreeReader.named(node)) {
      if (child.getType().equals("template_substitution")) {
        interpolated = true;
        addText(parts, text, cursor - base, child.getStartByte() - base, line);
        List<TSNode> inner = TreeReader.named(child);
        if (!inner.isEmpty()) {
          parts.add(of(inner.get(0)));
        }
        cursor = child.getEndByte();
      }
    }
    addText(parts, text, cursor - base, text.length() - 1, line);
    if (!interpolated) {
      return new Literal(TreeReader.unquote(text), line);
    }
    return new StringBuild(StringBuild.Kind.INTERPOLATION, parts, line);
  }

  // Byte offsets equal char offsets for ASCII text; anything else only loses literal precision.
  private static void addText(List<Expr> parts, String text, int from, int to, int line) {
    if (from >= 0 && to <= text.length() && from < to) {
      parts.add(new Literal(text.substring(from, to), line));
    }
  }

  private Expr binary(TSNode node, int line) {
    String operator = operator(node);
    Expr left = of(TreeReader.field(node, "left"));
    Expr right = of(TreeReader.field(node, "right"));
    return Expr.binary(operator, left, right, line);
  }

  private Expr call(TSNode node, boolean construct, int start) {
    TSNode function = TreeReader.field(node, construct ? "constructor" : "function");
    Expr callee = of(function);
    // a.b()\n  .where(...): a chained call is on the line of its method name
    int line =
        TreeReader.present(function) && function.getType().equals("member_expression")
            ? TreeReader.line(TreeReader.field(function, "property"))
            : start;
    List<Argument> arguments = new ArrayList<>();
    TSNode args = TreeReader.field(node, "arguments");
    if (TreeReader.present(args)) {
      if (args.getType().equals("template_string")) {
        arguments.add(Argument.positional(of(args))); // tagged template: sql`...`
      } else {
        for (TSNode arg : TreeReader.named(args)) {
          boolean spread = arg.getType().equals("spread_element");
          arguments.add(new Argument(null, of(arg), spread));
        }
      }
    }
    return new Expr.Call(callee, arguments, construct, line);
  }

  private Expr array(TSNode node, int line) {
    List<Entry> entries = new ArrayList<>();
    for (TSNode child : TreeReader.named(node)) {
      entries.add(new Entry(null, of(child), child.getType().equals("spread_element")));
    }
    return new Collection(Collection.Shape.LIST, entries, line);
  }

  private Expr object(TSNode node, int line) {
    List<Entry> entries = new ArrayList<>();
    for (TSNode child : TreeReader.named(node)) {
      int at = TreeReader.line(child);
      switch (child.getType()) {
        case "pair" -> {
          TSNode key = TreeReader.field(child, "key");
          Expr keyExpr =
              key.getType().equals("computed_property_name")
                  ? of(key.getNamedChild(0))
                  : new Literal(TreeReader.unquote(reader.text(key)), at);
          entries.add(new Entry(keyExpr, of(TreeReader.field(child, "value")), false));
        }
        case "shorthand_property_identifier" ->
            entries.add(
                new Entry(
                    new Literal(reader.text(child), at),
                    new Expr.Name(reader.text(child), at),
                    false));
        case "spread_element" -> entries.add(new Entry(null, of(child), true));
        case "method_definition" -> {
          String name = reader.text(TreeReader.field(child, "name"));
          entries.add(
              new Entry(
                  new Literal(name, at),
                  new Expr.Lambda(reader.function(child, name, List.of()), at),
                  false));
        }
        default -> {}
      }
    }
    return new Collection(Collection.Shape.MAP, entries, line);
  }
}
