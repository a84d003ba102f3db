package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes calls that leave the process: JDBC, JPA, Spring Data repositories, JdbcTemplate and
 * HTTP clients. The receiver's declared type decides; its name is the fallback for inherited or
 * injected fields declared elsewhere.
 */
final class RemoteCalls {

  private static final Set<String> JDBC_ALWAYS =
      Set.of(
          "executeQuery", "executeUpdate", "executeLargeUpdate", "prepareStatement", "prepareCall");
  private static final Set<String> JPA =
      Set.of(
          "find",
          "getReference",
          "createQuery",
          "createNativeQuery",
          "createNamedQuery",
          "merge",
          "persist",
          "refresh",
          "get",
          "load");
  private static final Set<String> REST_TEMPLATE_ALWAYS =
      Set.of(
          "getForObject",
          "getForEntity",
          "postForObject",
          "postForEntity",
          "postForLocation",
          "patchForObject",
          "exchange");
  private static final Set<String> REST_TEMPLATE_TYPED = Set.of("put", "delete", "execute");
  private static final Set<String> OBJECT_METHODS =
      Set.of("equals", "hashCode", "toString", "getClass");
  private static final Set<String> BLOCKING = Set.of("block", "blockFirst", "blockLast");
  private static final Set<String> REST_CLIENT_BODY =
      Set.of("body", "toEntity", "toBodilessEntity");

  private RemoteCalls() {}

  /** What kind of remote call {@code call} is, e.g. {@code "repository"}, or empty. */
  static Optional<String> kind(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    Optional<JavaDeclaration> declared = scope.flatMap(JavaNames::of);
    return byReceiver(
            call.getNameAsString(), declared, scope.map(RemoteCalls::receiverName).orElse(""))
        .filter(kind -> !kind.equals(REPOSITORY) || !inMemoryClassOfFile(declared, call))
        .or(() -> byChain(call));
  }

  private static final String REPOSITORY = "repository";

  // A repository named so, but of a class the file declares itself, with no base class and no
  // remote call of its own (a template engine's AttributeDefinitionRepository of maps): its
  // methods work in memory, whatever its name says. Only the name made it a repository.
  private static boolean inMemoryClassOfFile(
      Optional<JavaDeclaration> declared, MethodCallExpr call) {
    String type = declared.map(JavaDeclaration::typeName).orElse("");
    if (type.isEmpty()) {
      return false;
    }
    return call.findCompilationUnit().stream()
        .flatMap(
            unit ->
                unit
                    .findAll(
                        ClassOrInterfaceDeclaration.class,
                        c -> c.getNameAsString().equals(type) && !c.isInterface())
                    .stream())
        .anyMatch(
            c ->
                c.getExtendedTypes().isEmpty()
                    && c.findAll(
                            MethodCallExpr.class,
                            inner ->
                                byReceiver(
                                        inner.getNameAsString(),
                                        inner.getScope().flatMap(JavaNames::of),
                                        inner.getScope().map(RemoteCalls::receiverName).orElse(""))
                                    .or(() -> byChain(inner))
                                    .isPresent())
                        .isEmpty());
  }

  /** The same for a method reference such as {@code repository::findById}. */
  static Optional<String> kind(MethodReferenceExpr reference) {
    Expression scope = reference.getScope();
    if (scope instanceof TypeExpr type) {
      // JavaParser reads the variable in "repository::findById" as a type name
      String name = type.getType().asString();
      Optional<JavaDeclaration> variable = JavaNames.resolve(name, reference);
      return variable.isEmpty()
          ? Optional.empty()
          : byReceiver(reference.getIdentifier(), variable, name);
    }
    return byReceiver(reference.getIdentifier(), JavaNames.of(scope), receiverName(scope));
  }

  private static Optional<String> byReceiver(
      String name, Optional<JavaDeclaration> declared, String receiverName) {
    String type = declared.map(JavaDeclaration::typeName).orElse("");
    String receiver = receiverName.toLowerCase(Locale.ROOT);
    String evidence =
        type.isEmpty() || type.equals("var") ? receiver : type.toLowerCase(Locale.ROOT);
    if (JDBC_ALWAYS.contains(name) || (name.equals("execute") && evidence.endsWith("statement"))) {
      return Optional.of("JDBC");
    }
    if (JPA.contains(name)
        && (evidence.equals("entitymanager")
            || evidence.equals("session")
            || receiver.equals("em"))) {
      return Optional.of("JPA");
    }
    if ((evidence.endsWith("repository") || evidence.endsWith("repo") || evidence.endsWith("dao"))
        && !OBJECT_METHODS.contains(name)) {
      return Optional.of(REPOSITORY);
    }
    if ((evidence.endsWith("jdbctemplate")
            || evidence.endsWith("jdbcoperations")
            || evidence.equals("jdbcclient"))
        && (name.startsWith("query") || name.startsWith("update") || name.equals("execute"))) {
      return Optional.of("JdbcTemplate");
    }
    if (REST_TEMPLATE_ALWAYS.contains(name)
        || (REST_TEMPLATE_TYPED.contains(name)
            && (evidence.equals("resttemplate") || evidence.equals("restoperations")))) {
      return Optional.of("HTTP (RestTemplate)");
    }
    if ((name.equals("send") || name.equals("execute")) && evidence.endsWith("httpclient")) {
      return Optional.of("HTTP (HttpClient)");
    }
    return Optional.empty();
  }

  private static Optional<String> byChain(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (BLOCKING.contains(name) && chainHas(call, "retrieve", "exchangeToMono", "exchangeToFlux")) {
      return Optional.of("HTTP (WebClient)");
    }
    if (REST_CLIENT_BODY.contains(name) && chainHas(call, "retrieve") && !feedsBlock(call)) {
      return Optional.of("HTTP (RestClient)");
    }
    if (name.equals("execute") && chainHas(call, "newCall")) {
      return Optional.of("HTTP (OkHttp)");
    }
    return Optional.empty();
  }

  private static String receiverName(Expression scope) {
    if (scope instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (scope instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
      return field.getNameAsString();
    }
    return "";
  }

  private static boolean chainHas(MethodCallExpr call, String... names) {
    Optional<Expression> scope = call.getScope();
    while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
      for (String name : names) {
        if (inner.getNameAsString().equals(name)) {
          return true;
        }
      }
      scope = inner.getScope();
    }
    return false;
  }

  private static boolean feedsBlock(MethodCallExpr call) {
    return call.getParentNode()
        .filter(
            p -> p instanceof MethodCallExpr outer && BLOCKING.contains(outer.getNameAsString()))
        .isPresent();
  }
}
