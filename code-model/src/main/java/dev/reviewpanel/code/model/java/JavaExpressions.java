package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.reviewpanel.code.model.Annotation;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Expr.Argument;
import dev.reviewpanel.code.model.Expr.Collection;
import dev.reviewpanel.code.model.Expr.Literal;
import dev.reviewpanel.code.model.Expr.StringBuild;
import java.util.ArrayList;
import java.util.List;

/** JavaParser expressions to model expressions. */
final class JavaExpressions {

  private final JavaReader reader;

  JavaExpressions(JavaReader reader) {
    this.reader = reader;
  }

  JavaReader reader() {
    return reader;
  }

  static int line(com.github.javaparser.ast.Node node) {
    return node.getBegin().map(p -> p.line).orElse(0);
  }

  Expr of(Expression node) {
    reader.checkpoint();
    int line = line(node);
    if (node instanceof NameExpr name) {
      // a field read without this: the engine sees this.field, its flows and its type
      return reader.scope().isInstanceField(name)
          ? new Expr.Attribute(new Expr.Name("this", line), name.getNameAsString(), line)
          : new Expr.Name(name.getNameAsString(), line);
    } else if (node instanceof ThisExpr || node instanceof SuperExpr) {
      return new Expr.Name("this", line);
    } else if (node instanceof StringLiteralExpr s) {
      return new Literal(s.getValue(), line);
    } else if (node instanceof TextBlockLiteralExpr t) {
      return new Literal(t.getValue(), line);
    } else if (node instanceof CharLiteralExpr c) {
      return new Literal(c.getValue(), line);
    } else if (node instanceof IntegerLiteralExpr i) {
      return new Literal(number(i.getValue()), line);
    } else if (node instanceof LongLiteralExpr l) {
      return new Literal(number(l.getValue()), line);
    } else if (node instanceof DoubleLiteralExpr d) {
      return new Literal(d.asDouble(), line);
    } else if (node instanceof BooleanLiteralExpr b) {
      return new Literal(b.getValue(), line);
    } else if (node instanceof NullLiteralExpr) {
      return new Literal(null, line);
    } else if (node instanceof FieldAccessExpr f) {
      return new Expr.Attribute(of(f.getScope()), f.getNameAsString(), line);
    } else if (node instanceof ArrayAccessExpr a) {
      return new Expr.Index(of(a.getName()), of(a.getIndex()), line);
    } else if (node instanceof MethodCallExpr call) {
      return call(call, line);
    } else if (node instanceof ObjectCreationExpr created) {
      Expr built = JavaBuilders.created(this, created, line);
      if (built != null) {
        return built;
      }
      return new Expr.Call(
          new Expr.Name(created.getType().getNameAsString(), line),
          arguments(created.getArguments()),
          true,
          line);
    } else if (node instanceof BinaryExpr binary) {
      return binary(binary, line);
    } else if (node instanceof UnaryExpr unary) {
      return new Expr.Operation(
          unary.getOperator().asString(), List.of(of(unary.getExpression())), line);
    } else if (node instanceof ConditionalExpr c) {
      return new Expr.Conditional(
          of(c.getCondition()), of(c.getThenExpr()), of(c.getElseExpr()), line);
    } else if (node instanceof EnclosedExpr e) {
      return of(e.getInner());
    } else if (node instanceof CastExpr cast) {
      // (int) x: a call of the cast, so a catalog can name numeric casts as sanitizers
      return new Expr.Call(
          new Expr.Name("(" + cast.getType().asString() + ")", line),
          List.of(Argument.positional(of(cast.getExpression()))),
          false,
          line);
    } else if (node instanceof AssignExpr assign) {
      return of(assign.getValue());
    } else if (node instanceof LambdaExpr lambda) {
      return new Expr.Lambda(reader.lambda(lambda), line);
    } else if (node instanceof ArrayInitializerExpr init) {
      List<Collection.Entry> entries = new ArrayList<>();
      init.getValues().forEach(v -> entries.add(new Collection.Entry(null, of(v), false)));
      return new Collection(Collection.Shape.LIST, entries, line);
    } else if (node instanceof ArrayCreationExpr created && created.getInitializer().isPresent()) {
      return of(created.getInitializer().get());
    } else if (node instanceof VariableDeclarationExpr) {
      return new Literal(null, line);
    } else if (node instanceof com.github.javaparser.ast.expr.SwitchExpr choice) {
      return reader.switches().expression(choice, line);
    }
    List<Expr> parts = new ArrayList<>();
    for (com.github.javaparser.ast.Node child : node.getChildNodes()) {
      if (child instanceof Expression e) {
        parts.add(of(e));
      }
    }
    return new Expr.Opaque(node.getClass().getSimpleName(), parts, line);
  }

  private static Long number(String text) {
    try {
      return Long.decode(text.replace("_", "").replaceAll("[lL]$", ""));
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  private Expr call(MethodCallExpr call, int line) {
    Expr modelled = JavaBuilders.call(this, call, line);
    if (modelled != null) {
      return modelled;
    }
    List<Argument> arguments = arguments(call.getArguments());
    Expr callee =
        call.getScope().isPresent()
            ? new Expr.Attribute(of(call.getScope().get()), call.getNameAsString(), line)
            : new Expr.Name(call.getNameAsString(), line);
    // String.format("... %s", a) and "...".formatted(a) build text
    if (call.getNameAsString().equals("format")
        && call.getScope().map(s -> s.toString().equals("String")).orElse(false)) {
      return new StringBuild(
          StringBuild.Kind.FORMAT, arguments.stream().map(Argument::value).toList(), line);
    }
    if (call.getNameAsString().equals("formatted")
        && call.getScope()
            .filter(s -> s instanceof StringLiteralExpr || s instanceof TextBlockLiteralExpr)
            .isPresent()) {
      List<Expr> parts = new ArrayList<>();
      parts.add(of(call.getScope().get()));
      arguments.forEach(a -> parts.add(a.value()));
      return new StringBuild(StringBuild.Kind.FORMAT, parts, line);
    }
    return new Expr.Call(callee, arguments, false, line);
  }

  List<Argument> arguments(List<Expression> values) {
    List<Argument> arguments = new ArrayList<>(values.size());
    values.forEach(v -> arguments.add(Argument.positional(of(v))));
    return arguments;
  }

  private Expr binary(BinaryExpr binary, int line) {
    Expr left = of(binary.getLeft());
    Expr right = of(binary.getRight());
    String operator = binary.getOperator().asString();
    return Expr.binary(operator, left, right, line);
  }

  Annotation annotation(AnnotationExpr annotation) {
    List<Argument> arguments = new ArrayList<>();
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      arguments.add(Argument.positional(of(single.getMemberValue())));
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        arguments.add(new Argument(pair.getNameAsString(), of(pair.getValue()), false));
      }
    }
    return new Annotation(annotation.getNameAsString(), arguments, line(annotation));
  }
}
