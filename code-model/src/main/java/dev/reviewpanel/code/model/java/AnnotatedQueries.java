package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Methods without a body whose annotation holds text with {@code ${name}} placeholders (MyBatis
 * {@code @Select("... '${brand}'")}): the framework splices the parameter into the text and runs
 * it, so the model gives such a method a body that does exactly that: a call named after the
 * annotation ({@code @Select}) with the text built from the parameters. Whether that call is a sink
 * is the catalog's business.
 */
final class AnnotatedQueries {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*([A-Za-z_$][\\w$]*)[^}]*}");

  private AnnotatedQueries() {}

  static List<Stmt> body(JavaExpressions expressions, CallableDeclaration<?> method) {
    List<Stmt> body = new ArrayList<>();
    for (AnnotationExpr annotation : method.getAnnotations()) {
      for (String text : texts(annotation)) {
        if (!text.contains("${")) {
          continue;
        }
        int line = JavaExpressions.line(annotation);
        List<Expr> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
          parts.add(new Expr.Literal(text.substring(last, matcher.start()), line));
          parts.add(new Expr.Name(parameter(method, matcher.group(1)), line));
          last = matcher.end();
        }
        parts.add(new Expr.Literal(text.substring(last), line));
        body.add(
            new Stmt.Evaluate(
                new Expr.Call(
                    new Expr.Name("@" + annotation.getNameAsString(), line),
                    List.of(
                        Expr.Argument.positional(
                            new Expr.StringBuild(Expr.StringBuild.Kind.CONCAT, parts, line))),
                    false,
                    line),
                line));
      }
    }
    return body;
  }

  private static List<String> texts(AnnotationExpr annotation) {
    List<String> texts = new ArrayList<>();
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      collect(single.getMemberValue(), texts);
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      normal.getPairs().forEach(p -> collect(p.getValue(), texts));
    }
    return texts;
  }

  private static void collect(Expression value, List<String> texts) {
    if (value instanceof StringLiteralExpr literal) {
      texts.add(literal.getValue());
    } else {
      // {"SELECT ...", "WHERE ..."} and "a" + "b": the parts joined
      StringBuilder joined = new StringBuilder();
      value.findAll(StringLiteralExpr.class).forEach(l -> joined.append(l.getValue()).append(' '));
      if (!joined.isEmpty()) {
        texts.add(joined.toString());
      }
    }
  }

  // ${brand} names the parameter bound as @Param("brand"), or called brand; ${q.name} a property
  private static String parameter(CallableDeclaration<?> method, String name) {
    for (Parameter parameter : method.getParameters()) {
      for (AnnotationExpr annotation : parameter.getAnnotations()) {
        if (annotation.getNameAsString().equals("Param")
            && annotation instanceof SingleMemberAnnotationExpr single
            && single.getMemberValue() instanceof StringLiteralExpr value
            && value.getValue().equals(name)) {
          return parameter.getNameAsString();
        }
      }
    }
    for (Parameter parameter : method.getParameters()) {
      if (parameter.getNameAsString().equals(name)) {
        return name;
      }
    }
    return method.getParameters().size() == 1 ? method.getParameter(0).getNameAsString() : name;
  }
}
