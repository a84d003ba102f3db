package dev.reviewpanel.code.model.python;

import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Expr.Argument;
import dev.reviewpanel.code.model.Expr.Collection;
import dev.reviewpanel.code.model.Expr.Collection.Entry;
import dev.reviewpanel.code.model.Expr.Literal;
import dev.reviewpanel.code.model.Expr.StringBuild;
import dev.reviewpanel.code.model.Function;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Python expressions to model expressions. */
final class PythonExpressions {

  private final PythonReader reader;

  PythonExpressions(PythonReader reader) {
    this.reader = reader;
  }

  Expr of(TSNode node) {
    if (!PythonReader.present(node)) {
      return new Literal(null, 0);
    }
    reader.checkpoint();
    int line = PythonReader.line(node);
    return switch (node.getType()) {
      case "identifier" -> new Expr.Name(reader.text(node), line);
      case "integer" -> integer(reader.text(node), line);
      case "float" -> new Literal(parseDouble(reader.text(node)), line);
      case "true" -> new Literal(Boolean.TRUE, line);
      case "false" -> new Literal(Boolean.FALSE, line);
      case "none" -> new Literal(null, line);
      case "string" -> string(node, line);
      case "concatenated_string" -> concatenated(node, line);
      case "attribute" ->
          new Expr.Attribute(
              of(PythonReader.field(node, "object")),
              reader.text(PythonReader.field(node, "attribute")),
              line);
      case "subscript" -> subscript(node, line);
      case "call" -> call(node, line);
      case "binary_operator" -> binary(node, line);
      case "boolean_operator" -> new Expr.Operation(operator(node), parts(node), line);
      case "comparison_operator" -> new Expr.Operation(comparison(node), parts(node), line);
      case "not_operator" -> new Expr.Operation("not", parts(node), line);
      case "unary_operator" -> new Expr.Operation(operator(node), parts(node), line);
      case "conditional_expression" -> conditional(node, line);
      case "parenthesized_expression", "await", "expression_statement" -> single(node, line);
      case "list" -> collection(Collection.Shape.LIST, node, line);
      case "tuple", "expression_list", "pattern_list", "tuple_pattern", "list_pattern" ->
          collection(Collection.Shape.TUPLE, node, line);
      case "set" -> collection(Collection.Shape.SET, node, line);
      case "dictionary" -> dictionary(node, line);
      case "list_comprehension", "generator_expression" ->
          comprehension(node, Collection.Shape.LIST, line);
      case "set_comprehension" -> comprehension(node, Collection.Shape.SET, line);
      case "dictionary_comprehension" -> comprehension(node, Collection.Shape.MAP, line);
      case "lambda" -> lambda(node, line);
      case "named_expression" -> of(PythonReader.field(node, "value"));
      case "keyword_argument" -> of(PythonReader.field(node, "value"));
      case "list_splat", "dictionary_splat" -> single(node, line);
      default -> PythonReader.opaque(node.getType(), parts(node), line);
    };
  }

  private Expr single(TSNode node, int line) {
    List<Expr> parts = parts(node);
    return parts.size() == 1 ? parts.get(0) : PythonReader.opaque(node.getType(), parts, line);
  }

  private List<Expr> parts(TSNode node) {
    List<Expr> parts = new ArrayList<>();
    for (TSNode child : PythonReader.named(node)) {
      parts.add(of(child));
    }
    return parts;
  }

  private String operator(TSNode node) {
    TSNode op = PythonReader.field(node, "operator");
    if (PythonReader.present(op)) {
      return reader.text(op);
    }
    for (TSNode child : PythonReader.children(node)) {
      if (!child.isNamed()) {
        return reader.text(child);
      }
    }
    return "?";
  }

  // "not in", "is not": the operator is every token between the operands
  private String comparison(TSNode node) {
    StringBuilder op = new StringBuilder();
    for (TSNode child : PythonReader.children(node)) {
      if (!child.isNamed()) {
        op.append(op.isEmpty() ? "" : " ").append(reader.text(child));
      }
    }
    return op.toString();
  }

  private static Expr integer(String text, int line) {
    try {
      return new Literal(Long.decode(text.replace("_", "")), line);
    } catch (NumberFormatException e) {
      return new Literal(0L, line);
    }
  }

  private static Double parseDouble(String text) {
    try {
      return Double.valueOf(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return 0.0;
    }
  }

  // f"...{x}..." is an interpolation; a plain string is a literal.
  private Expr string(TSNode node, int line) {
    List<Expr> parts = new ArrayList<>();
    boolean interpolated = false;
    StringBuilder constant = new StringBuilder();
    for (TSNode child : PythonReader.named(node)) {
      switch (child.getType()) {
        case "interpolation" -> {
          interpolated = true;
          flush(constant, parts, line);
          parts.add(of(PythonReader.field(child, "expression")));
        }
        case "string_content", "escape_sequence" -> constant.append(reader.text(child));
        default -> {}
      }
    }
    if (!interpolated) {
      return new Literal(constant.toString(), line);
    }
    flush(constant, parts, line);
    return new StringBuild(StringBuild.Kind.INTERPOLATION, parts, line);
  }

  private static void flush(StringBuilder constant, List<Expr> parts, int line) {
    if (!constant.isEmpty()) {
      parts.add(new Literal(constant.toString(), line));
      constant.setLength(0);
    }
  }

  private Expr concatenated(TSNode node, int line) {
    List<Expr> parts = parts(node);
    if (parts.stream().allMatch(p -> p instanceof Literal l && l.isString())) {
      StringBuilder text = new StringBuilder();
      parts.forEach(p -> text.append(((Literal) p).value()));
      return new Literal(text.toString(), line);
    }
    return new StringBuild(StringBuild.Kind.CONCAT, parts, line);
  }

  private Expr subscript(TSNode node, int line) {
    Expr object = of(PythonReader.field(node, "value"));
    List<TSNode> keys = new ArrayList<>();
    int count = node.getNamedChildCount();
    for (int i = 1; i < count; i++) {
      keys.add(node.getNamedChild(i));
    }
    Expr key = keys.size() == 1 ? of(keys.get(0)) : PythonReader.opaque("slice", List.of(), line);
    return new Expr.Index(object, key, line);
  }

  private Expr binary(TSNode node, int line) {
    String operator = operator(node);
    Expr left = of(PythonReader.field(node, "left"));
    Expr right = of(PythonReader.field(node, "right"));
    if (operator.equals("%") && Expr.isText(left)) {
      List<Expr> parts = new ArrayList<>();
      parts.add(left);
      if (right instanceof Collection tuple && tuple.shape() == Collection.Shape.TUPLE) {
        tuple.entries().forEach(e -> parts.add(e.value()));
      } else {
        parts.add(right);
      }
      return new StringBuild(StringBuild.Kind.FORMAT, parts, line);
    }
    return Expr.binary(operator, left, right, line);
  }

  private Expr call(TSNode node, int start) {
    TSNode function = PythonReader.field(node, "function");
    Expr callee = of(function);
    // session.query(...)\n    .filter(...): a chained call is on the line of its method name
    int line =
        function.getType().equals("attribute")
            ? PythonReader.line(PythonReader.field(function, "attribute"))
            : start;
    TSNode args = PythonReader.field(node, "arguments");
    List<Argument> arguments = new ArrayList<>();
    if (PythonReader.present(args)) {
      if (args.getType().equals("generator_expression")) {
        arguments.add(Argument.positional(of(args)));
      } else {
        for (TSNode arg : PythonReader.named(args)) {
          arguments.add(argument(arg));
        }
      }
    }
    // "...".format(a, b): the receiver text with its arguments is string building.
    if (callee instanceof Expr.Attribute attribute
        && attribute.name().equals("format")
        && Expr.isText(attribute.object())) {
      List<Expr> parts = new ArrayList<>();
      parts.add(attribute.object());
      arguments.forEach(a -> parts.add(a.value()));
      return new StringBuild(StringBuild.Kind.FORMAT, parts, line);
    }
    boolean construct =
        callee instanceof Expr.Name name
            && !name.name().isEmpty()
            && Character.isUpperCase(name.name().charAt(0));
    return new Expr.Call(callee, arguments, construct, line);
  }

  private Argument argument(TSNode arg) {
    return switch (arg.getType()) {
      case "keyword_argument" ->
          new Argument(
              reader.text(PythonReader.field(arg, "name")),
              of(PythonReader.field(arg, "value")),
              false);
      case "list_splat", "dictionary_splat" -> new Argument(null, single(arg, 0), true);
      default -> Argument.positional(of(arg));
    };
  }

  private Expr conditional(TSNode node, int line) {
    List<TSNode> parts = PythonReader.named(node);
    if (parts.size() < 3) {
      return PythonReader.opaque("conditional", parts(node), line);
    }
    return new Expr.Conditional(of(parts.get(1)), of(parts.get(0)), of(parts.get(2)), line);
  }

  private Expr collection(Collection.Shape shape, TSNode node, int line) {
    List<Entry> entries = new ArrayList<>();
    for (TSNode child : PythonReader.named(node)) {
      boolean spread = child.getType().equals("list_splat");
      entries.add(new Entry(null, spread ? single(child, line) : of(child), spread));
    }
    return new Collection(shape, entries, line);
  }

  private Expr dictionary(TSNode node, int line) {
    List<Entry> entries = new ArrayList<>();
    for (TSNode child : PythonReader.named(node)) {
      if (child.getType().equals("pair")) {
        entries.add(
            new Entry(
                of(PythonReader.field(child, "key")),
                of(PythonReader.field(child, "value")),
                false));
      } else {
        entries.add(new Entry(null, single(child, line), true));
      }
    }
    return new Collection(Collection.Shape.MAP, entries, line);
  }

  // [f(x) for x in xs if p(x)]: the element is built from the iterables' elements. Each clause is
  // an opaque part of its own, in source order, the element last: for_in_clause carries its
  // iterable, if_clause its condition (which decides but does not flow).
  private Expr comprehension(TSNode node, Collection.Shape shape, int line) {
    List<Expr> parts = new ArrayList<>();
    Expr element = null;
    for (TSNode child : PythonReader.named(node)) {
      int at = PythonReader.line(child);
      switch (child.getType()) {
        case "for_in_clause" ->
            parts.add(
                PythonReader.opaque(
                    "for_in_clause", List.of(of(PythonReader.field(child, "right"))), at));
        case "if_clause" -> parts.add(PythonReader.opaque("if_clause", parts(child), at));
        default -> {
          if (element == null) {
            element = of(child);
          }
        }
      }
    }
    if (element != null) {
      parts.add(element);
    }
    Expr value = PythonReader.opaque("comprehension", parts, line);
    return new Collection(shape, List.of(new Entry(null, value, true)), line);
  }

  private Expr lambda(TSNode node, int line) {
    Function function = reader.lambda(node);
    return new Expr.Lambda(function, line);
  }
}
