package dev.reviewpanel.code.model;

import java.util.List;

/**
 * A decorator ({@code @app.route("/x")}) or annotation ({@code @RequestParam("q")}).
 *
 * @param name the dotted name as written, without {@code @}: {@code app.route}, {@code
 *     RequestParam}
 */
public record Annotation(String name, List<Expr.Argument> arguments, int line) {

  public Annotation {
    arguments = List.copyOf(arguments);
  }

  /**
   * The annotation a decorator expression stands for: {@code @app.route("/x")}, {@code @cached}.
   */
  public static Annotation of(Expr expr, int line) {
    if (expr instanceof Expr.Call call) {
      return new Annotation(Expr.dotted(call.callee()), call.arguments(), line);
    }
    return new Annotation(Expr.dotted(expr), List.of(), line);
  }

  /** The last segment of the name: {@code route} for {@code app.route}. */
  public String simpleName() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
