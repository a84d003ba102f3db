package dev.reviewpanel.code.model.python;

import dev.reviewpanel.code.model.Annotation;
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
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/** Python statements, imports and declarations to model statements. */
final class PythonStatements {

  private final PythonReader reader;
  private final PythonExpressions expressions;

  PythonStatements(PythonReader reader, PythonExpressions expressions) {
    this.reader = reader;
    this.expressions = expressions;
  }

  List<Stmt> block(TSNode node) {
    List<Stmt> out = new ArrayList<>();
    if (PythonReader.present(node)) {
      for (TSNode child : PythonReader.named(node)) {
        statement(child, out);
      }
    }
    return out;
  }

  /** A class body: methods are registered, attribute assignments returned. */
  List<Stmt> classBody(TSNode node) {
    return block(node);
  }

  private void statement(TSNode node, List<Stmt> out) {
    reader.checkpoint();
    int line = PythonReader.line(node);
    switch (node.getType()) {
      case "expression_statement" -> expressionStatement(node, out);
      case "decorated_definition" -> decorated(node, out);
      case "function_definition" -> define(reader.function(node, List.of()), out);
      case "class_definition" -> reader.type(node, List.of());
      case "return_statement" -> {
        List<TSNode> value = PythonReader.named(node);
        out.add(new Stmt.Return(value.isEmpty() ? null : expressions.of(value.get(0)), line));
      }
      case "if_statement" -> out.add(branch(node, 0));
      case "for_statement" -> {
        List<Stmt> body = block(PythonReader.field(node, "body"));
        out.add(
            new Stmt.Loop(
                expressions.of(PythonReader.field(node, "left")),
                expressions.of(PythonReader.field(node, "right")),
                null,
                body,
                line));
        loopElse(node, out);
      }
      case "while_statement" -> {
        out.add(
            new Stmt.Loop(
                null,
                null,
                expressions.of(PythonReader.field(node, "condition")),
                block(PythonReader.field(node, "body")),
                line));
        loopElse(node, out);
      }
      case "try_statement" -> out.add(tryStatement(node, line));
      case "with_statement" -> with(node, out);
      case "raise_statement" -> {
        List<TSNode> value = PythonReader.named(node);
        out.add(new Stmt.Throw(value.isEmpty() ? null : expressions.of(value.get(0)), line));
      }
      case "import_statement" -> imports(node, null);
      case "import_from_statement" -> imports(node, PythonReader.field(node, "module_name"));
      case "break_statement" -> out.add(new Stmt.Jump(Stmt.Jump.Kind.BREAK, null, line));
      case "continue_statement" -> out.add(Jumps.continues(null, line));
      case "future_import_statement",
          "pass_statement",
          "global_statement",
          "nonlocal_statement",
          "comment" -> {}
      case "block", "module" -> out.addAll(block(node));
      default -> generic(node, out, line);
    }
  }

  // match, assert, del, print and the like: their expressions are evaluated, their blocks may run.
  private void generic(TSNode node, List<Stmt> out, int line) {
    List<Expr> parts = new ArrayList<>();
    List<Stmt> inner = new ArrayList<>();
    for (TSNode child : PythonReader.named(node)) {
      if (child.getType().equals("block")
          || child.getType().endsWith("_clause")
          || child.getType().equals("case_clause")) {
        inner.addAll(block(child));
      } else if (!child.getType().endsWith("_statement")) {
        parts.add(expressions.of(child));
      } else {
        statement(child, inner);
      }
    }
    if (!parts.isEmpty()) {
      out.add(new Stmt.Evaluate(PythonReader.opaqueOf(node.getType(), parts, line), line));
    }
    if (!inner.isEmpty()) {
      out.add(new Stmt.Branch(PythonReader.opaqueOf("?", List.of(), line), inner, List.of(), line));
    }
  }

  private void define(Function function, List<Stmt> out) {
    if (function.enclosing() != null) {
      out.add(
          new Stmt.Assign(
              new Expr.Name(function.name(), function.line()),
              new Expr.Lambda(function, function.line()),
              "=",
              function.line()));
    }
  }

  private void decorated(TSNode node, List<Stmt> out) {
    List<Annotation> decorators = new ArrayList<>();
    TSNode definition = PythonReader.field(node, "definition");
    for (TSNode child : PythonReader.named(node)) {
      if (child.getType().equals("decorator")) {
        decorators.add(decorator(child));
      }
    }
    if (definition.getType().equals("function_definition")) {
      define(reader.function(definition, decorators), out);
    } else if (definition.getType().equals("class_definition")) {
      reader.type(definition, decorators);
    }
  }

  private Annotation decorator(TSNode node) {
    List<TSNode> inner = PythonReader.named(node);
    int line = PythonReader.line(node);
    if (inner.isEmpty()) {
      return new Annotation("", List.of(), line);
    }
    return Annotation.of(expressions.of(inner.get(0)), line);
  }

  private void expressionStatement(TSNode node, List<Stmt> out) {
    for (TSNode child : PythonReader.named(node)) {
      int line = PythonReader.line(child);
      switch (child.getType()) {
        case "assignment" -> assignment(child, out);
        case "augmented_assignment" -> {
          String operator = reader.text(PythonReader.field(child, "operator"));
          out.add(
              new Stmt.Assign(
                  expressions.of(PythonReader.field(child, "left")),
                  expressions.of(PythonReader.field(child, "right")),
                  operator,
                  line));
        }
        default -> out.add(new Stmt.Evaluate(expressions.of(child), line));
      }
    }
  }

  // a = b = value: the innermost right side is assigned to every target, outermost last.
  private void assignment(TSNode node, List<Stmt> out) {
    TSNode right = PythonReader.field(node, "right");
    if (!PythonReader.present(right)) {
      return; // a bare annotation: x: int
    }
    Expr target = expressions.of(PythonReader.field(node, "left"));
    int line = PythonReader.line(node);
    if (right.getType().equals("assignment")) {
      assignment(right, out);
      Expr inner = expressions.of(PythonReader.field(right, "left"));
      out.add(new Stmt.Assign(target, inner, "=", line));
      return;
    }
    out.add(
        new Stmt.Assign(
            target, TreeReader.assigned(right, expressions.of(right), line), "=", line));
  }

  private Stmt branch(TSNode node, int from) {
    int line = PythonReader.line(node);
    Expr condition = expressions.of(PythonReader.field(node, "condition"));
    List<Stmt> then = block(PythonReader.field(node, "consequence"));
    List<TSNode> alternatives = new ArrayList<>();
    for (TSNode child : PythonReader.named(node)) {
      if (child.getType().equals("elif_clause") || child.getType().equals("else_clause")) {
        alternatives.add(child);
      }
    }
    return new Stmt.Branch(condition, then, alternatives(alternatives, from), line);
  }

  private List<Stmt> alternatives(List<TSNode> clauses, int index) {
    if (index >= clauses.size()) {
      return List.of();
    }
    TSNode clause = clauses.get(index);
    if (clause.getType().equals("else_clause")) {
      return block(PythonReader.field(clause, "body"));
    }
    return List.of(
        new Stmt.Branch(
            expressions.of(PythonReader.field(clause, "condition")),
            block(PythonReader.field(clause, "consequence")),
            alternatives(clauses, index + 1),
            PythonReader.line(clause)));
  }

  // for ... else, while ... else: the else runs when no break left the loop, so what follows may
  // still run (a break in it leaves the loop around)
  private void loopElse(TSNode loop, List<Stmt> out) {
    TSNode orElse = PythonReader.field(loop, "alternative");
    if (PythonReader.present(orElse)) {
      out.add(
          new Stmt.Branch(
              PythonReader.opaqueOf("?", List.of(), PythonReader.line(orElse)),
              block(PythonReader.field(orElse, "body")),
              List.of(),
              PythonReader.line(orElse)));
    }
  }

  private Stmt tryStatement(TSNode node, int line) {
    List<Stmt> body = block(PythonReader.field(node, "body"));
    List<Handler> handlers = new ArrayList<>();
    List<Stmt> orElse = List.of();
    List<Stmt> finallyBody = List.of();
    for (TSNode child : PythonReader.named(node)) {
      switch (child.getType()) {
        case "except_clause", "except_group_clause" -> handlers.add(handler(child));
        case "else_clause" -> orElse = block(PythonReader.field(child, "body"));
        case "finally_clause" -> finallyBody = blockOf(child);
        default -> {}
      }
    }
    return new Stmt.Try(body, handlers, orElse, finallyBody, line);
  }

  private Handler handler(TSNode clause) {
    String variable = null;
    List<String> types = new ArrayList<>();
    List<Stmt> body = List.of();
    for (TSNode child : PythonReader.named(clause)) {
      switch (child.getType()) {
        case "block" -> body = block(child);
        case "as_pattern" -> {
          List<TSNode> parts = PythonReader.named(child);
          types.add(reader.text(parts.get(0)));
          TSNode alias = PythonReader.field(child, "alias");
          variable = PythonReader.present(alias) ? reader.text(alias) : null;
        }
        default -> types.add(reader.text(child));
      }
    }
    return new Handler(variable, types, body, PythonReader.line(clause));
  }

  private List<Stmt> blockOf(TSNode clause) {
    for (TSNode child : PythonReader.named(clause)) {
      if (child.getType().equals("block")) {
        return block(child);
      }
    }
    return List.of();
  }

  // with open(p) as fh: body -> fh = open(p); if True: body. The body always runs, but a context
  // manager may swallow what it raises (pytest.raises, suppress), so what follows may still run.
  private void with(TSNode node, List<Stmt> out) {
    for (TSNode child : PythonReader.named(node)) {
      if (child.getType().equals("with_clause")) {
        for (TSNode item : PythonReader.named(child)) {
          withItem(PythonReader.field(item, "value"), out);
        }
      }
    }
    int line = PythonReader.line(node);
    out.add(
        new Stmt.Branch(
            new Literal(true, line), block(PythonReader.field(node, "body")), List.of(), line));
  }

  private void withItem(TSNode value, List<Stmt> out) {
    if (!PythonReader.present(value)) {
      return;
    }
    int line = PythonReader.line(value);
    if (value.getType().equals("as_pattern")) {
      Expr resource = expressions.of(value.getNamedChild(0));
      TSNode alias = PythonReader.field(value, "alias");
      Expr target =
          PythonReader.present(alias) ? expressions.of(aliasName(alias)) : new Literal(null, line);
      out.add(new Stmt.Assign(target, resource, "=", line));
    } else {
      out.add(new Stmt.Evaluate(expressions.of(value), line));
    }
  }

  private static final Pattern IMPORT_ERROR =
      Pattern.compile("\\b(ImportError|ModuleNotFoundError)\\b");

  // an import in the handler of "except ImportError:": the fallback of the try's import
  private boolean inImportErrorHandler(TSNode node) {
    for (TSNode up = node.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      if (up.getType().equals("except_clause")) {
        TSNode caught = up.getNamedChildCount() > 0 ? up.getNamedChild(0) : null;
        return caught != null
            && !caught.getType().equals("block")
            && IMPORT_ERROR.matcher(reader.text(caught)).find();
      }
      if (up.getType().equals("function_definition") || up.getType().equals("class_definition")) {
        return false;
      }
    }
    return false;
  }

  private static TSNode aliasName(TSNode alias) {
    return alias.getNamedChildCount() == 1 ? alias.getNamedChild(0) : alias;
  }

  private void imports(TSNode node, TSNode module) {
    String from = module == null ? null : reader.text(module);
    int line = PythonReader.line(node);
    boolean fallback = inImportErrorHandler(node);
    for (TSNode child : PythonReader.named(node)) {
      if (module != null && child.equals(module)) {
        continue;
      }
      switch (child.getType()) {
        case "dotted_name" -> {
          String name = reader.text(child);
          if (from == null) {
            // import os.path binds "os"; os.path.join stays written in full
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            reader.addImport(new Import(first, null, first, line));
          } else if (!(fallback && reader.imported(name))) {
            reader.addImport(new Import(from, name, name, line));
          }
        }
        case "aliased_import" -> {
          String name = reader.text(PythonReader.field(child, "name"));
          String alias = reader.text(PythonReader.field(child, "alias"));
          if (fallback && reader.imported(alias)) {
            // try: from secrets import randbits / except ImportError: from random import
            // getrandbits as randbits: the name is what the try imports wherever it exists
            continue;
          }
          reader.addImport(
              from == null
                  ? new Import(name, null, alias, line)
                  : new Import(from, name, alias, line));
        }
        case "wildcard_import" -> reader.addImport(new Import(from, "*", "*", line));
        default -> {}
      }
    }
  }
}
