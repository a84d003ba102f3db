package dev.reviewpanel.code.model;

import java.util.List;
import java.util.Optional;

/**
 * A function, method, constructor, lambda, or a module's top-level code ({@link Kind#MODULE}).
 *
 * @param name the declared name ({@code <lambda>} for anonymous functions, {@code <module>})
 * @param qualifiedName unique in its file: {@code OrderService.search}, {@code handler.<lambda>@12}
 * @param owner the qualified name of the declaring class, or null
 * @param enclosing the qualified name of the function this one is nested in (closures), or null
 * @param annotations decorators (Python), annotations (Java, TypeScript)
 */
public record Function(
    String name,
    String qualifiedName,
    String owner,
    String enclosing,
    Kind kind,
    List<Parameter> parameters,
    List<Annotation> annotations,
    List<Stmt> body,
    int line,
    int endLine) {

  public Function {
    parameters = List.copyOf(parameters);
    annotations = List.copyOf(annotations);
    body = List.copyOf(body);
  }

  /** What kind of code a function is. */
  public enum Kind {
    FUNCTION,
    METHOD,
    CONSTRUCTOR,
    LAMBDA,
    MODULE
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** True when any annotation or decorator's name matches (last segment or whole name). */
  public boolean annotatedWith(String name) {
    return annotations.stream().anyMatch(a -> a.name().equals(name) || a.simpleName().equals(name));
  }

  /**
   * A parameter.
   *
   * @param index position among the declared parameters, {@code self}/{@code this} not counted in
   *     Python methods (index -1 for {@code self})
   * @param type the declared type as written, or null
   * @param rest {@code *args}, {@code **kwargs}, {@code ...rest}
   */
  public record Parameter(
      String name,
      int index,
      String type,
      Expr defaultValue,
      List<Annotation> annotations,
      boolean rest) {

    public Parameter {
      annotations = List.copyOf(annotations);
    }
  }
}
