package dev.reviewpanel.code.model.javascript;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.model.Annotation;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Function.Parameter;
import dev.reviewpanel.code.model.Import;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.model.TreeReader;
import dev.reviewpanel.code.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Builds the {@link CodeModel} of a JavaScript, TypeScript or TSX file from its tree. */
public final class JsReader extends TreeReader {

  private final JsExpressions expressions = new JsExpressions(this);
  private final JsStatements statements = new JsStatements(this, expressions);

  private JsReader(ParsedFile file) {
    super(file.syntaxTree(), file.path(), file.language());
  }

  public static CodeModel read(ParsedFile file) {
    JsReader reader = new JsReader(file);
    TSNode root = reader.tree.root();
    List<Stmt> body = reader.statements.block(root);
    reader.model.module(body, endLine(root));
    return reader.model.build();
  }

  static boolean isTypeScript(Language language) {
    return language == Language.TYPESCRIPT;
  }

  /**
   * A function declaration, expression, arrow function or method; {@code name} null for anonymous
   * ones. Registers it and returns it.
   */
  Function function(TSNode node, String name, List<Annotation> annotations) {
    String declared = name;
    TSNode nameNode = field(node, "name");
    if (declared == null && present(nameNode)) {
      declared = text(nameNode);
    }
    boolean method = node.getType().equals("method_definition");
    String owner = method && model.enclosing() == null ? model.owner() : null;
    String simple = declared == null ? "<lambda>@" + line(node) : declared;
    String qualified = model.qualify(simple);
    List<Stmt> prologue = new ArrayList<>();
    List<Parameter> parameters = parameters(node, prologue);
    model.enterFunction(qualified);
    List<Stmt> body = new ArrayList<>(prologue);
    TSNode bodyNode = field(node, "body");
    if (present(bodyNode) && bodyNode.getType().equals("statement_block")) {
      body.addAll(statements.block(bodyNode));
    } else if (present(bodyNode)) {
      body.add(new Stmt.Return(expressions.of(bodyNode), line(bodyNode)));
    }
    model.exitFunction();
    Function.Kind kind =
        owner != null
            ? ("constructor".equals(declared) ? Function.Kind.CONSTRUCTOR : Function.Kind.METHOD)
            : declared == null ? Function.Kind.LAMBDA : Function.Kind.FUNCTION;
    Function function =
        new Function(
            declared == null ? "<lambda>" : declared,
            qualified,
            owner,
            model.enclosing(),
            kind,
            parameters,
            annotations,
            body,
            line(node),
            endLine(node));
    model.addFunction(function);
    return function;
  }

  private List<Parameter> parameters(TSNode function, List<Stmt> prologue) {
    List<Parameter> parameters = new ArrayList<>();
    TSNode single = field(function, "parameter");
    List<TSNode> declared = new ArrayList<>();
    if (present(single)) {
      declared.add(single);
    } else if (present(field(function, "parameters"))) {
      declared.addAll(named(field(function, "parameters")));
    }
    for (TSNode p : declared) {
      int index = parameters.size();
      List<Annotation> annotations = new ArrayList<>();
      TSNode pattern = p;
      String type = null;
      Expr defaultValue = null;
      boolean property = false;
      if (p.getType().equals("required_parameter") || p.getType().equals("optional_parameter")) {
        pattern = field(p, "pattern");
        TSNode typeNode = field(p, "type");
        type = present(typeNode) ? text(typeNode).replaceFirst("^:\\s*", "") : null;
        TSNode value = field(p, "value");
        defaultValue = present(value) ? expressions.of(value) : null;
        for (TSNode child : named(p)) {
          if (child.getType().equals("decorator")) {
            annotations.add(decorator(child));
          } else if (child.getType().equals("accessibility_modifier")
              || child.getType().equals("override_modifier")
              || child.getType().equals("readonly")) {
            property = true;
          }
        }
      }
      if (!present(pattern)) {
        continue;
      }
      if (pattern.getType().equals("assignment_pattern")) {
        defaultValue = expressions.of(field(pattern, "right"));
        pattern = field(pattern, "left");
      }
      boolean rest = pattern.getType().equals("rest_pattern");
      if (rest && pattern.getNamedChildCount() > 0) {
        pattern = pattern.getNamedChild(0);
      }
      String name;
      if (pattern.getType().equals("identifier")) {
        name = text(pattern);
      } else {
        name = "$" + index; // destructured: the parts are bound in the body's prologue
        statements.destructure(pattern, new Expr.Name(name, line(pattern)), prologue);
      }
      if (property) {
        int at = line(p);
        prologue.add(
            new Stmt.Assign(
                new Expr.Attribute(new Expr.Name("this", at), name, at),
                new Expr.Name(name, at),
                "=",
                at));
      }
      parameters.add(new Parameter(name, index, type, defaultValue, annotations, rest));
    }
    return parameters;
  }

  Annotation decorator(TSNode node) {
    List<TSNode> inner = named(node);
    int at = line(node);
    if (inner.isEmpty()) {
      return new Annotation("", List.of(), at);
    }
    return Annotation.of(expressions.of(inner.get(0)), at);
  }

  /** A class declaration or expression: its methods and fields. */
  void type(TSNode node, String name) {
    String declared = present(field(node, "name")) ? text(field(node, "name")) : name;
    if (declared == null) {
      declared = "<class>@" + line(node);
    }
    String qualified = model.qualify(declared);
    List<String> supertypes = new ArrayList<>();
    for (TSNode child : named(node)) {
      if (child.getType().equals("class_heritage")) {
        for (TSNode clause : named(child)) {
          for (TSNode base : named(clause)) {
            supertypes.add(text(base));
          }
          if (clause.getType().equals("identifier")
              || clause.getType().equals("member_expression")) {
            supertypes.add(text(clause));
          }
        }
      }
    }
    List<TypeDecl.Field> fields = new ArrayList<>();
    List<Annotation> pending = new ArrayList<>();
    model.enterType(qualified);
    TSNode body = field(node, "body");
    for (TSNode member : present(body) ? named(body) : List.<TSNode>of()) {
      switch (member.getType()) {
        case "decorator" -> pending.add(decorator(member));
        case "method_definition" -> {
          function(member, null, List.copyOf(pending));
          pending.clear();
        }
        case "public_field_definition", "field_definition" -> {
          TSNode property =
              present(field(member, "name")) ? field(member, "name") : field(member, "property");
          TSNode value = field(member, "value");
          TSNode typeNode = field(member, "type");
          fields.add(
              new TypeDecl.Field(
                  text(property),
                  present(typeNode) ? text(typeNode).replaceFirst("^:\\s*", "") : null,
                  present(value) ? expressions.of(value) : null,
                  List.copyOf(pending),
                  line(member)));
          pending.clear();
        }
        default -> {}
      }
    }
    model.exitType();
    model.addType(new TypeDecl(declared, qualified, supertypes, List.of(), fields, line(node)));
  }

  void addImport(Import declared) {
    model.addImport(declared);
  }

  java.util.Optional<Import> importNamed(String alias) {
    return model.importNamed(alias);
  }

  void export(String name) {
    model.export(name);
  }

  String enclosing() {
    return model.enclosing();
  }
}
