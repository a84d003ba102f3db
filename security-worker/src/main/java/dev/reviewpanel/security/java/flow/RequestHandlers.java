package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.List;
import java.util.Set;

/** Recognizes web entry points (Spring MVC, JAX-RS, servlets) and what their parameters carry. */
final class RequestHandlers {

  private static final Set<String> HANDLER_ANNOTATIONS =
      Set.of(
          "RequestMapping",
          "GetMapping",
          "PostMapping",
          "PutMapping",
          "DeleteMapping",
          "PatchMapping",
          "GET",
          "POST",
          "PUT",
          "DELETE",
          "PATCH",
          "Path",
          "MessageMapping");
  private static final Set<String> REQUEST_PARAMETER_ANNOTATIONS =
      Set.of(
          "RequestParam",
          "PathVariable",
          "RequestHeader",
          "RequestBody",
          "CookieValue",
          "ModelAttribute",
          "RequestPart",
          "MatrixVariable",
          "QueryParam",
          "PathParam",
          "FormParam",
          "HeaderParam",
          "CookieParam",
          "BeanParam");
  private static final Set<String> SERVLET_METHODS =
      Set.of("doGet", "doPost", "doPut", "doDelete", "doPatch", "service");
  private static final Set<String> INERT_TYPES =
      Set.of(
          "int",
          "long",
          "short",
          "byte",
          "double",
          "float",
          "boolean",
          "char",
          "Integer",
          "Long",
          "Short",
          "Byte",
          "Double",
          "Float",
          "Boolean",
          "BigDecimal",
          "BigInteger",
          "UUID",
          "LocalDate",
          "LocalDateTime",
          "Instant",
          "Duration",
          "OffsetDateTime",
          "ZonedDateTime");
  // Framework-supplied handler parameters that are not request data themselves.
  private static final Set<String> CONTEXT_SUFFIXES =
      Set.of(
          "Request",
          "Response",
          "Session",
          "Model",
          "ModelMap",
          "Principal",
          "Authentication",
          "BindingResult",
          "Errors",
          "Locale",
          "Pageable",
          "Sort",
          "Attributes",
          "Builder",
          "Exchange",
          "Context",
          "Writer",
          "OutputStream");

  private RequestHandlers() {}

  static boolean isHandler(CallableDeclaration<?> callable) {
    if (callable.getAnnotations().stream()
        .map(RequestHandlers::simpleName)
        .anyMatch(HANDLER_ANNOTATIONS::contains)) {
      return true;
    }
    return SERVLET_METHODS.contains(callable.getNameAsString())
        && callable.getParameters().stream().anyMatch(p -> p.getTypeAsString().endsWith("Request"));
  }

  /** True when the method's return value is the response body (REST controller, @ResponseBody). */
  static boolean returnsBody(CallableDeclaration<?> callable) {
    if (hasAnnotation(callable.getAnnotations(), "ResponseBody")) {
      return true;
    }
    return callable
        .findAncestor(TypeDeclaration.class)
        .map(
            type ->
                hasAnnotation(type.getAnnotations(), "RestController")
                    || hasAnnotation(type.getAnnotations(), "ResponseBody"))
        .orElse(false);
  }

  private static boolean hasAnnotation(List<AnnotationExpr> annotations, String simpleName) {
    return annotations.stream().map(RequestHandlers::simpleName).anyMatch(simpleName::equals);
  }

  // @GetMapping and @org.springframework.web.bind.annotation.GetMapping alike.
  private static String simpleName(AnnotationExpr annotation) {
    return annotation.getName().getIdentifier();
  }

  static Flow parameterFlow(Parameter parameter, boolean handler) {
    String type = parameter.getTypeAsString();
    if (isInertType(type)) {
      return Flow.CONSTANT;
    }
    boolean annotated =
        parameter.getAnnotations().stream()
            .map(RequestHandlers::simpleName)
            .anyMatch(REQUEST_PARAMETER_ANNOTATIONS::contains);
    if (annotated) {
      return Flow.REQUEST;
    }
    boolean context = CONTEXT_SUFFIXES.stream().anyMatch(type::endsWith);
    return handler && !context ? Flow.REQUEST : Flow.OPAQUE;
  }

  static boolean isInertType(String type) {
    return INERT_TYPES.contains(type);
  }
}
