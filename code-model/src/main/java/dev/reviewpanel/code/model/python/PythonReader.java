package dev.reviewpanel.code.model.python;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.model.Annotation;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Function.Parameter;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.model.TreeReader;
import dev.reviewpanel.code.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Builds the {@link CodeModel} of a Python file from its tree-sitter tree. */
public final class PythonReader extends TreeReader {

  private final PythonExpressions expressions = new PythonExpressions(this);
  private final PythonStatements statements = new PythonStatements(this, expressions);

  private PythonReader(ParsedFile file) {
    super(file.syntaxTree(), file.path(), Language.PYTHON);
  }

  public static CodeModel read(ParsedFile file) {
    PythonReader reader = new PythonReader(file);
    TSNode root = reader.tree.root();
    List<Stmt> body = reader.statements.block(root);
    reader.model.module(body, endLine(root));
    return reader.model.build();
  }

  /** A {@code def}, with its decorators; registers it and returns it. */
  Function function(TSNode node, List<Annotation> decorators) {
    String name = text(field(node, "name"));
    String owner = model.enclosing() == null ? model.owner() : null;
    String qualified = model.qualify(name);
    List<Parameter> parameters = parameters(field(node, "parameters"), owner != null);
    model.enterFunction(qualified);
    List<Stmt> body = statements.block(field(node, "body"));
    model.exitFunction();
    Function.Kind kind =
        owner == null
            ? Function.Kind.FUNCTION
            : name.equals("__init__") ? Function.Kind.CONSTRUCTOR : Function.Kind.METHOD;
    Function function =
        new Function(
            name,
            qualified,
            owner,
            model.enclosing(),
            kind,
            parameters,
            decorators,
            body,
            line(node),
            endLine(node));
    model.addFunction(function);
    return function;
  }

  Function lambda(TSNode node) {
    String qualified = model.qualify("<lambda>@" + line(node));
    List<Parameter> parameters = parameters(field(node, "parameters"), false);
    model.enterFunction(qualified);
    Expr body = expressions.of(field(node, "body"));
    model.exitFunction();
    Function function =
        new Function(
            "<lambda>",
            qualified,
            null,
            model.enclosing(),
            Function.Kind.LAMBDA,
            parameters,
            List.of(),
            List.of(new Stmt.Return(body, line(node))),
            line(node),
            endLine(node));
    model.addFunction(function);
    return function;
  }

  /** A {@code class}: its fields from class attributes and {@code self.x = ...} in methods. */
  void type(TSNode node, List<Annotation> decorators) {
    String name = text(field(node, "name"));
    String qualified = model.qualify(name);
    List<String> supertypes = new ArrayList<>();
    TSNode bases = field(node, "superclasses");
    if (present(bases)) {
      for (TSNode base : named(bases)) {
        if (!base.getType().equals("keyword_argument")) {
          supertypes.add(text(base));
        }
      }
    }
    model.enterType(qualified);
    List<TypeDecl.Field> fields = new ArrayList<>();
    TSNode body = field(node, "body");
    List<Stmt> attributes = new ArrayList<>();
    if (present(body)) {
      attributes = statements.classBody(body);
    }
    for (Stmt stmt : attributes) {
      if (stmt instanceof Stmt.Assign assign && assign.target() instanceof Expr.Name target) {
        fields.add(new TypeDecl.Field(target.name(), null, assign.value(), List.of(), stmt.line()));
      }
    }
    model.exitType();
    model.addType(new TypeDecl(name, qualified, supertypes, decorators, fields, line(node)));
  }

  private List<Parameter> parameters(TSNode node, boolean method) {
    List<Parameter> parameters = new ArrayList<>();
    if (!present(node)) {
      return parameters;
    }
    int index = method ? -1 : 0;
    for (TSNode p : named(node)) {
      String type = p.getType();
      TSNode nameNode = p;
      String declared = null;
      Expr defaultValue = null;
      boolean rest = false;
      switch (type) {
        case "identifier" -> {}
        case "typed_parameter" -> {
          nameNode = p.getNamedChild(0);
          declared = text(field(p, "type"));
          rest = nameNode.getType().endsWith("splat_pattern");
        }
        case "default_parameter", "typed_default_parameter" -> {
          nameNode = field(p, "name");
          declared = present(field(p, "type")) ? text(field(p, "type")) : null;
          defaultValue = expressions.of(field(p, "value"));
        }
        case "list_splat_pattern", "dictionary_splat_pattern" -> rest = true;
        default -> {
          continue;
        }
      }
      String name = text(nameNode).replace("*", "");
      parameters.add(new Parameter(name, index++, declared, defaultValue, List.of(), rest));
    }
    return parameters;
  }

  void addImport(dev.reviewpanel.code.model.Import declared) {
    model.addImport(declared);
  }

  boolean imported(String alias) {
    return model.importNamed(alias).isPresent();
  }

  static Expr.Opaque opaqueOf(String kind, List<Expr> parts, int line) {
    return opaque(kind, parts, line);
  }
}
