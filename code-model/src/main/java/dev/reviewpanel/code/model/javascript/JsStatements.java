package dev.reviewpanel.code.model.javascript;

import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Expr.Literal;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Import;
import dev.reviewpanel.code.model.Jumps;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.model.Stmt.Try.Handler;
import dev.reviewpanel.code.model.TreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/** JavaScript and TypeScript statements, declarations, imports and exports. */
final class JsStatements {

  private static final Set<String> FUNCTIONS =
      Set.of("arrow_function", "function_expression", "function", "generator_function");
  private static final Set<String> DECLARED_FUNCTIONS =
      Set.of("function_declaration", "generator_function_declaration");
  private static final Set<String> LOOPS =
      Set.of("for_statement", "for_in_statement", "while_statement", "do_statement");

  private final JsReader reader;
  private final JsExpressions expressions;
  private final Jumps jumps = new Jumps();

  JsStatements(JsReader reader, JsExpressions expressions) {
    this.reader = reader;
    this.expressions = expressions;
  }

  // function declarations are hoisted: bound before the block's first statement runs
  List<Stmt> block(TSNode node) {
    List<Stmt> out = new ArrayList<>();
    List<Stmt> rest = new ArrayList<>();
    if (TreeReader.present(node)) {
      for (TSNode child : TreeReader.named(node)) {
        statement(child, DECLARED_FUNCTIONS.contains(child.getType()) ? out : rest);
      }
    }
    out.addAll(rest);
    return out;
  }

  private List<Stmt> loopBody(TSNode node) {
    return jumps.within(false, () -> single(node));
  }

  private List<Stmt> single(TSNode node) {
    List<Stmt> out = new ArrayList<>();
    if (TreeReader.present(node)) {
      statement(node, out);
    }
    return out;
  }

  private void statement(TSNode node, List<Stmt> out) {
    reader.checkpoint();
    int line = TreeReader.line(node);
    switch (node.getType()) {
      case "statement_block", "program", "else_clause", "finally_clause" -> out.addAll(block(node));
      case "lexical_declaration", "variable_declaration" -> declaration(node, out);
      case "expression_statement" -> expressionStatement(node, out);
      case "function_declaration", "generator_function_declaration" -> {
        Function function = reader.function(node, null, List.of());
        if (function.enclosing() != null) {
          out.add(
              assign(new Expr.Name(function.name(), line), new Expr.Lambda(function, line), line));
        }
      }
      case "class_declaration", "abstract_class_declaration" -> reader.type(node, null);
      case "return_statement" -> {
        List<TSNode> value = TreeReader.named(node);
        out.add(new Stmt.Return(value.isEmpty() ? null : expressions.of(value.get(0)), line));
      }
      case "throw_statement" -> {
        List<TSNode> value = TreeReader.named(node);
        out.add(new Stmt.Throw(value.isEmpty() ? null : expressions.of(value.get(0)), line));
      }
      case "if_statement" ->
          out.add(
              new Stmt.Branch(
                  expressions.of(TreeReader.field(node, "condition")),
                  single(TreeReader.field(node, "consequence")),
                  single(TreeReader.field(node, "alternative")),
                  line));
      case "for_statement" -> forLoop(node, out, line);
      case "for_in_statement" -> forIn(node, out, line);
      case "while_statement" ->
          out.add(
              new Stmt.Loop(
                  null,
                  null,
                  expressions.of(TreeReader.field(node, "condition")),
                  loopBody(TreeReader.field(node, "body")),
                  line));
      case "do_statement" -> {
        List<Stmt> body = loopBody(TreeReader.field(node, "body"));
        out.addAll(body);
        out.add(
            new Stmt.Loop(
                null, null, expressions.of(TreeReader.field(node, "condition")), body, line));
      }
      case "try_statement" -> out.add(tryStatement(node, line));
      case "switch_statement" -> switchStatement(node, out, line);
      case "labeled_statement" -> labeled(TreeReader.field(node, "body"), out, line);
      case "break_statement" -> out.add(jumps.breaks(label(node), line));
      case "continue_statement" -> out.add(Jumps.continues(label(node), line));
      case "import_statement" -> importStatement(node);
      case "export_statement" -> export(node, out);
      case "empty_statement",
          "comment",
          "debugger_statement",
          "interface_declaration",
          "type_alias_declaration",
          "enum_declaration",
          "ambient_declaration",
          "module",
          "internal_module" -> {}
      default -> out.add(new Stmt.Evaluate(expressions.of(node), line));
    }
  }

  private void labeled(TSNode body, List<Stmt> out, int line) {
    if (TreeReader.present(body) && LOOPS.contains(body.getType())) {
      statement(body, out);
    } else {
      out.add(Jumps.labeledBlock(single(body), line));
    }
  }

  private String label(TSNode jump) {
    TSNode label = TreeReader.field(jump, "label");
    return TreeReader.present(label) ? reader.text(label) : null;
  }

  private static Stmt assign(Expr target, Expr value, int line) {
    return new Stmt.Assign(target, value, "=", line);
  }

  private void declaration(TSNode node, List<Stmt> out) {
    for (TSNode declarator : TreeReader.named(node)) {
      if (!declarator.getType().equals("variable_declarator")) {
        continue;
      }
      TSNode name = TreeReader.field(declarator, "name");
      TSNode value = TreeReader.field(declarator, "value");
      if (!TreeReader.present(value)) {
        // let s; binds s (undefined) here: declared with no type, like Java's var
        if (name.getType().equals("identifier")) {
          out.add(new Stmt.Declare(reader.text(name), "var", TreeReader.line(declarator)));
        }
        continue;
      }
      bind(name, value, out);
    }
  }

  // x = value, with function and class values named after x and require() recorded as imports.
  private void bind(TSNode name, TSNode value, List<Stmt> out) {
    int line = TreeReader.line(value);
    Expr right;
    if (name.getType().equals("identifier") && FUNCTIONS.contains(value.getType())) {
      right = new Expr.Lambda(reader.function(value, reader.text(name), List.of()), line);
    } else if (value.getType().equals("class")) {
      reader.type(value, reader.text(name));
      right = new Literal(null, line);
    } else {
      right = expressions.of(value);
    }
    requireImport(name, right, line);
    destructure(name, right, out);
  }

  private void requireImport(TSNode name, Expr value, int line) {
    if (promisified(name, value, line)) {
      return;
    }
    String member = null;
    Expr call = value;
    if (value instanceof Expr.Attribute attribute) {
      member = attribute.name();
      call = attribute.object();
    }
    if (!(call instanceof Expr.Call require)
        || !require.name().equals("require")
        || !(require.callee() instanceof Expr.Name)
        || !(require.positional(0).orElse(null) instanceof Literal module)
        || !module.isString()) {
      return;
    }
    String from = (String) module.value();
    if (name.getType().equals("identifier")) {
      reader.addImport(new Import(from, member, reader.text(name), line));
    } else if (name.getType().equals("object_pattern")) {
      for (TSNode part : TreeReader.named(name)) {
        if (part.getType().equals("shorthand_property_identifier_pattern")) {
          reader.addImport(new Import(from, reader.text(part), reader.text(part), line));
        } else if (part.getType().equals("pair_pattern")) {
          reader.addImport(
              new Import(
                  from,
                  reader.text(TreeReader.field(part, "key")),
                  reader.text(TreeReader.field(part, "value")),
                  line));
        }
      }
    }
  }

  // const execAsync = util.promisify(exec): the same function as the import, returning a promise
  private boolean promisified(TSNode name, Expr value, int line) {
    if (!name.getType().equals("identifier")
        || !(value instanceof Expr.Call call)
        || !call.name().equals("promisify")
        || call.arguments().size() != 1
        || !(call.positional(0).orElse(null) instanceof Expr.Name wrapped)) {
      return false;
    }
    Optional<Import> imported = reader.importNamed(wrapped.name());
    imported.ifPresent(
        i -> reader.addImport(new Import(i.module(), i.name(), reader.text(name), line)));
    return imported.isPresent();
  }

  /** Binds the names of a pattern to the parts of {@code source}: one assignment per name. */
  void destructure(TSNode pattern, Expr source, List<Stmt> out) {
    int line = TreeReader.line(pattern);
    switch (pattern.getType()) {
      case "identifier", "shorthand_property_identifier_pattern" ->
          out.add(assign(new Expr.Name(reader.text(pattern), line), source, line));
      case "object_pattern" -> {
        for (TSNode part : TreeReader.named(pattern)) {
          switch (part.getType()) {
            case "shorthand_property_identifier_pattern" -> {
              String name = reader.text(part);
              out.add(
                  assign(new Expr.Name(name, line), new Expr.Attribute(source, name, line), line));
            }
            case "pair_pattern" -> {
              TSNode key = TreeReader.field(part, "key");
              String keyName = TreeReader.unquote(reader.text(key));
              destructure(
                  TreeReader.field(part, "value"), new Expr.Attribute(source, keyName, line), out);
            }
            case "object_assignment_pattern" -> {
              TSNode left = TreeReader.field(part, "left");
              String name = reader.text(left);
              out.add(
                  assign(new Expr.Name(name, line), new Expr.Attribute(source, name, line), line));
            }
            case "rest_pattern" -> destructure(part.getNamedChild(0), source, out);
            default -> {}
          }
        }
      }
      case "array_pattern" -> {
        long index = 0;
        for (TSNode part : TreeReader.named(pattern)) {
          Expr element = new Expr.Index(source, new Literal(index++, line), line);
          destructure(part, part.getType().equals("rest_pattern") ? source : element, out);
        }
      }
      case "assignment_pattern" -> destructure(TreeReader.field(pattern, "left"), source, out);
      case "rest_pattern" -> {
        if (pattern.getNamedChildCount() > 0) {
          destructure(pattern.getNamedChild(0), source, out);
        }
      }
      default -> out.add(assign(expressions.of(pattern), source, line));
    }
  }

  private void expressionStatement(TSNode node, List<Stmt> out) {
    List<TSNode> inner = TreeReader.named(node);
    if (inner.isEmpty()) {
      return;
    }
    TSNode expr = inner.get(0);
    int line = TreeReader.line(expr);
    switch (expr.getType()) {
      case "assignment_expression" -> {
        TSNode left = TreeReader.field(expr, "left");
        TSNode right = TreeReader.field(expr, "right");
        exportAssignment(left, right);
        if (left.getType().equals("object_pattern") || left.getType().equals("array_pattern")) {
          destructure(left, expressions.of(right), out);
        } else if (FUNCTIONS.contains(right.getType())) {
          String name = reader.text(TreeReader.field(left, "property"));
          Expr lambda =
              new Expr.Lambda(
                  reader.function(right, name.isEmpty() ? null : name, List.of()), line);
          out.add(assign(expressions.of(left), lambda, line));
        } else {
          Expr value = TreeReader.assigned(right, expressions.of(right), line);
          out.add(assign(expressions.of(left), value, line));
        }
      }
      case "augmented_assignment_expression" ->
          out.add(
              new Stmt.Assign(
                  expressions.of(TreeReader.field(expr, "left")),
                  expressions.of(TreeReader.field(expr, "right")),
                  reader.text(TreeReader.field(expr, "operator")),
                  line));
      default -> out.add(new Stmt.Evaluate(expressions.of(expr), line));
    }
  }

  // module.exports = {a, b} / module.exports.f = ... / exports.f = ...
  private void exportAssignment(TSNode left, TSNode right) {
    if (reader.enclosing() != null) {
      return;
    }
    String target = reader.text(left);
    if (target.equals("module.exports")) {
      if (right.getType().equals("object")) {
        for (TSNode part : TreeReader.named(right)) {
          TSNode key = part.getType().equals("pair") ? TreeReader.field(part, "key") : part;
          reader.export(TreeReader.unquote(reader.text(key)));
        }
      } else {
        reader.export(right.getType().equals("identifier") ? reader.text(right) : "default");
      }
    } else if (target.startsWith("module.exports.") || target.startsWith("exports.")) {
      reader.export(target.substring(target.lastIndexOf('.') + 1));
    }
  }

  private void forLoop(TSNode node, List<Stmt> out, int line) {
    TSNode init = TreeReader.field(node, "initializer");
    if (TreeReader.present(init)) {
      statement(init, out);
    }
    List<Stmt> body = new ArrayList<>(loopBody(TreeReader.field(node, "body")));
    TSNode increment = TreeReader.field(node, "increment");
    if (TreeReader.present(increment)) {
      body.add(new Stmt.Evaluate(expressions.of(increment), line));
    }
    TSNode condition = TreeReader.field(node, "condition");
    out.add(
        new Stmt.Loop(
            null,
            null,
            TreeReader.present(condition) ? expressions.of(condition) : null,
            body,
            line));
  }

  private void forIn(TSNode node, List<Stmt> out, int line) {
    TSNode left = TreeReader.field(node, "left");
    Expr iterable = expressions.of(TreeReader.field(node, "right"));
    List<Stmt> body = new ArrayList<>();
    Expr variable = null;
    if (left.getType().equals("identifier")) {
      variable = new Expr.Name(reader.text(left), line);
    } else {
      destructure(
          left, new Expr.Index(iterable, new Expr.Opaque("element", List.of(), line), line), body);
    }
    body.addAll(loopBody(TreeReader.field(node, "body")));
    out.add(new Stmt.Loop(variable, iterable, null, body, line, !walksElements(node)));
  }

  // for (x of xs) walks elements, for (k in obj) the keys of an object
  private static boolean walksElements(TSNode node) {
    for (TSNode child : TreeReader.children(node)) {
      if (child.getType().equals("of")) {
        return true;
      }
    }
    return false;
  }

  private Stmt tryStatement(TSNode node, int line) {
    List<Stmt> body = single(TreeReader.field(node, "body"));
    List<Handler> handlers = new ArrayList<>();
    TSNode handler = TreeReader.field(node, "handler");
    if (TreeReader.present(handler)) {
      TSNode parameter = TreeReader.field(handler, "parameter");
      handlers.add(
          new Handler(
              TreeReader.present(parameter) ? reader.text(parameter) : null,
              List.of(),
              single(TreeReader.field(handler, "body")),
              TreeReader.line(handler)));
    }
    TSNode finalizer = TreeReader.field(node, "finalizer");
    List<Stmt> finallyBody = TreeReader.present(finalizer) ? block(finalizer) : List.of();
    return new Stmt.Try(body, handlers, List.of(), finallyBody, line);
  }

  private void switchStatement(TSNode node, List<Stmt> out, int line) {
    Expr value = expressions.of(TreeReader.field(node, "value"));
    out.add(new Stmt.Evaluate(value, line));
    TSNode body = TreeReader.field(node, "body");
    for (TSNode arm : TreeReader.present(body) ? TreeReader.named(body) : List.<TSNode>of()) {
      List<Stmt> stmts = new ArrayList<>();
      TSNode armValue = TreeReader.field(arm, "value");
      jumps.within(
          true,
          () -> {
            for (TSNode child : TreeReader.named(arm)) {
              if (!child.equals(armValue)) {
                statement(child, stmts);
              }
            }
            return stmts;
          });
      Expr condition =
          TreeReader.present(armValue)
              ? new Expr.Operation("===", List.of(value, expressions.of(armValue)), line)
              : new Expr.Opaque("default", List.of(), line);
      out.add(new Stmt.Branch(condition, stmts, List.of(), TreeReader.line(arm)));
    }
  }

  private void importStatement(TSNode node) {
    TSNode source = TreeReader.field(node, "source");
    String module = TreeReader.unquote(reader.text(source));
    int line = TreeReader.line(node);
    for (TSNode child : TreeReader.named(node)) {
      if (!child.getType().equals("import_clause")) {
        continue;
      }
      for (TSNode part : TreeReader.named(child)) {
        switch (part.getType()) {
          case "identifier" ->
              reader.addImport(new Import(module, "default", reader.text(part), line));
          case "namespace_import" ->
              reader.addImport(new Import(module, null, reader.text(part.getNamedChild(0)), line));
          case "named_imports" -> {
            for (TSNode spec : TreeReader.named(part)) {
              String name = reader.text(TreeReader.field(spec, "name"));
              TSNode alias = TreeReader.field(spec, "alias");
              reader.addImport(
                  new Import(
                      module, name, TreeReader.present(alias) ? reader.text(alias) : name, line));
            }
          }
          default -> {}
        }
      }
    }
  }

  private void export(TSNode node, List<Stmt> out) {
    TSNode declaration = TreeReader.field(node, "declaration");
    boolean isDefault = false;
    for (TSNode child : TreeReader.children(node)) {
      isDefault |= !child.isNamed() && reader.text(child).equals("default");
    }
    if (TreeReader.present(declaration)) {
      statement(declaration, out);
      TSNode name = TreeReader.field(declaration, "name");
      if (TreeReader.present(name)) {
        reader.export(isDefault ? "default" : reader.text(name));
        if (isDefault) {
          reader.export(reader.text(name));
        }
      }
      for (TSNode declarator : TreeReader.named(declaration)) {
        if (declarator.getType().equals("variable_declarator")) {
          reader.export(reader.text(TreeReader.field(declarator, "name")));
        }
      }
      return;
    }
    TSNode value = TreeReader.field(node, "value");
    if (TreeReader.present(value)) {
      if (FUNCTIONS.contains(value.getType())) {
        reader.function(value, "default", List.of());
      } else if (value.getType().equals("identifier")) {
        reader.export(reader.text(value));
      }
      reader.export("default");
      return;
    }
    for (TSNode child : TreeReader.named(node)) {
      if (child.getType().equals("export_clause")) {
        for (TSNode spec : TreeReader.named(child)) {
          reader.export(reader.text(TreeReader.field(spec, "name")));
        }
      }
    }
  }
}
