package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.reviewpanel.code.analysis.Budget;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.model.Annotation;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Function.Parameter;
import dev.reviewpanel.code.model.Import;
import dev.reviewpanel.code.model.ModelBuilder;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link CodeModel} of a Java file from its JavaParser tree. */
public final class JavaReader {

  private final ModelBuilder model;
  private final Budget budget = Budget.current();
  private final JavaExpressions expressions = new JavaExpressions(this);
  private final JavaStatements statements = new JavaStatements(this, expressions);
  private final JavaSwitches switches = new JavaSwitches(expressions, statements);
  private final JavaScope scope;
  private final List<Stmt> constants = new ArrayList<>();

  private JavaReader(ParsedFile file) {
    this.model = new ModelBuilder(file.path(), Language.JAVA);
    this.scope = new JavaScope(JavaScope.fieldNames(file));
  }

  /** The model of a Java file; a file that does not parse has an empty model. */
  public static CodeModel read(ParsedFile file) {
    JavaReader reader = new JavaReader(file);
    file.java().ifPresent(reader::unit);
    reader.model.module(reader.constants, file.lineCount());
    return reader.model.build();
  }

  JavaScope scope() {
    return scope;
  }

  JavaSwitches switches() {
    return switches;
  }

  void checkpoint() {
    budget.checkpoint();
  }

  private void unit(CompilationUnit unit) {
    unit.getPackageDeclaration().ifPresent(p -> model.packageName(p.getNameAsString()));
    for (ImportDeclaration declared : unit.getImports()) {
      String name = declared.getNameAsString();
      int dot = name.lastIndexOf('.');
      int line = JavaExpressions.line(declared);
      if (declared.isAsterisk()) {
        model.addImport(new Import(name, "*", "*", line));
      } else if (dot > 0) {
        String simple = name.substring(dot + 1);
        model.addImport(new Import(name.substring(0, dot), simple, simple, line));
      }
    }
    unit.getTypes().forEach(this::type);
  }

  private void type(TypeDeclaration<?> type) {
    String qualified = model.qualify(type.getNameAsString());
    List<String> supertypes = new ArrayList<>();
    if (type.isClassOrInterfaceDeclaration()) {
      var declared = type.asClassOrInterfaceDeclaration();
      declared.getExtendedTypes().forEach(t -> supertypes.add(t.getNameAsString()));
      declared.getImplementedTypes().forEach(t -> supertypes.add(t.getNameAsString()));
    }
    List<TypeDecl.Field> fields = new ArrayList<>();
    model.enterType(qualified);
    if (type instanceof RecordDeclaration record) {
      record
          .getParameters()
          .forEach(
              p ->
                  fields.add(
                      new TypeDecl.Field(
                          p.getNameAsString(),
                          p.getTypeAsString(),
                          null,
                          annotations(p.getAnnotations()),
                          JavaExpressions.line(p))));
    }
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        scope.enterMethod(field);
        for (var v : field.getVariables()) {
          Expr initializer = v.getInitializer().map(expressions::of).orElse(null);
          fields.add(
              new TypeDecl.Field(
                  v.getNameAsString(),
                  v.getTypeAsString(),
                  initializer,
                  annotations(field.getAnnotations()),
                  JavaExpressions.line(v)));
          if (initializer != null && field.isStatic() && field.isFinal()) {
            // constants fold like module-level ones: SELECT_ORDERS = "SELECT ..." + "..."
            constants.add(
                new Stmt.Assign(
                    new Expr.Name(v.getNameAsString(), JavaExpressions.line(v)),
                    initializer,
                    "=",
                    JavaExpressions.line(v)));
          }
        }
      } else if (member instanceof MethodDeclaration method) {
        callable(method, method.getBody().orElse(null), Function.Kind.METHOD);
      } else if (member instanceof ConstructorDeclaration constructor) {
        callable(constructor, constructor.getBody(), Function.Kind.CONSTRUCTOR);
      } else if (member instanceof TypeDeclaration<?> nested) {
        type(nested);
      }
    }
    model.exitType();
    model.addType(
        new TypeDecl(
            type.getNameAsString(),
            qualified,
            supertypes,
            annotations(type.getAnnotations()),
            fields,
            JavaExpressions.line(type)));
  }

  private void callable(CallableDeclaration<?> declared, BlockStmt body, Function.Kind kind) {
    String owner = model.owner();
    String name = kind == Function.Kind.CONSTRUCTOR ? "<init>" : declared.getNameAsString();
    String qualified = model.qualify(name);
    List<Parameter> parameters = new ArrayList<>();
    declared
        .getParameters()
        .forEach(
            p ->
                parameters.add(
                    new Parameter(
                        p.getNameAsString(),
                        parameters.size(),
                        p.getTypeAsString(),
                        null,
                        annotations(p.getAnnotations()),
                        p.isVarArgs())));
    model.enterFunction(qualified);
    scope.enterMethod(body);
    List<Stmt> stmts =
        body == null ? AnnotatedQueries.body(expressions, declared) : statements.block(body);
    model.exitFunction();
    model.addFunction(
        new Function(
            name,
            qualified,
            owner,
            null,
            kind,
            parameters,
            annotations(declared.getAnnotations()),
            stmts,
            JavaExpressions.line(declared),
            declared.getEnd().map(p -> p.line).orElse(0)));
  }

  Function lambda(LambdaExpr lambda) {
    int line = JavaExpressions.line(lambda);
    String qualified = model.qualify("<lambda>@" + line);
    List<Parameter> parameters = new ArrayList<>();
    lambda
        .getParameters()
        .forEach(
            p ->
                parameters.add(
                    new Parameter(
                        p.getNameAsString(), parameters.size(), null, null, List.of(), false)));
    model.enterFunction(qualified);
    List<Stmt> body;
    Statement statement = lambda.getBody();
    if (statement.isExpressionStmt()) {
      body =
          List.of(
              new Stmt.Return(expressions.of(statement.asExpressionStmt().getExpression()), line));
    } else {
      body = statements.block(statement);
    }
    model.exitFunction();
    Function function =
        new Function(
            "<lambda>",
            qualified,
            model.owner(), // this inside a lambda is the enclosing instance
            model.enclosing(),
            Function.Kind.LAMBDA,
            parameters,
            List.of(),
            body,
            line,
            lambda.getEnd().map(p -> p.line).orElse(line));
    model.addFunction(function);
    return function;
  }

  void localType(TypeDeclaration<?> type) {
    type(type);
  }

  private List<Annotation> annotations(
      NodeList<com.github.javaparser.ast.expr.AnnotationExpr> annotations) {
    List<Annotation> out = new ArrayList<>(annotations.size());
    annotations.forEach(a -> out.add(expressions.annotation(a)));
    return out;
  }
}
