package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A class that overrides only one of {@code equals(Object)} and {@code hashCode()}. */
@Component
class EqualsHashCodeAnalyzer extends NamedAnalyzer {

  static final Rule EQUALS_WITHOUT_HASH_CODE =
      new Rule(
          "java.equals-without-hashcode",
          "correctness",
          "CWE-581",
          Severity.MEDIUM,
          Confidence.HIGH,
          "equals() overridden without hashCode()",
          "Override hashCode() over the same fields equals() compares, so equal objects hash"
              + " alike in HashMap and HashSet.");

  static final Rule HASH_CODE_WITHOUT_EQUALS =
      new Rule(
          "java.hashcode-without-equals",
          "correctness",
          "CWE-581",
          Severity.LOW,
          Confidence.HIGH,
          "hashCode() overridden without equals()",
          "Override equals(Object) consistently with hashCode(), or drop the hashCode() override.");

  EqualsHashCodeAnalyzer() {
    super("java-equals-hashcode", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                JavaNodes.of(file, TypeDeclaration.class).stream()
                    .filter(EqualsHashCodeAnalyzer::canOverride)
                    .forEach(type -> check(type, findings)));
  }

  // Interfaces cannot override Object's methods with defaults, annotations have no bodies.
  private static boolean canOverride(TypeDeclaration<?> type) {
    return !(type instanceof ClassOrInterfaceDeclaration c && c.isInterface())
        && !type.isAnnotationDeclaration();
  }

  private static void check(TypeDeclaration<?> type, Findings findings) {
    Optional<MethodDeclaration> equals =
        type.getMethods().stream()
            .filter(m -> isImplemented(m) && m.getNameAsString().equals("equals"))
            .filter(m -> m.getParameters().size() == 1)
            .filter(m -> isObject(m.getParameter(0).getType().asString()))
            .filter(m -> !onlyDelegatesToSuper(m))
            .findFirst();
    Optional<MethodDeclaration> hashCode =
        type.getMethods().stream()
            .filter(m -> isImplemented(m) && m.getNameAsString().equals("hashCode"))
            .filter(m -> m.getParameters().isEmpty())
            .findFirst();
    String name = type.getNameAsString();
    if (equals.isPresent() && agreesWithAnyHashCode(equals.get())) {
      return;
    }
    if (equals.isPresent() && hashCode.isEmpty() && neverHashedHere(type)) {
      findings.report(
          EQUALS_WITHOUT_HASH_CODE.at(Severity.LOW, Confidence.LOW),
          line(equals.get()),
          name
              + " overrides equals(Object) but not hashCode(); it is a private class and this file"
              + " keeps no hash-based collection, so the mismatch matters only if its instances"
              + " reach a HashMap or HashSet elsewhere (LOW).");
    } else if (equals.isPresent() && hashCode.isEmpty()) {
      findings.report(
          EQUALS_WITHOUT_HASH_CODE,
          line(equals.get()),
          name
              + " overrides equals(Object) but not hashCode(): equal instances get different"
              + " hash codes and are lost in hash-based collections.");
    } else if (hashCode.isPresent() && equals.isEmpty()) {
      findings.report(
          HASH_CODE_WITHOUT_EQUALS,
          line(hashCode.get()),
          name + " overrides hashCode() but not equals(Object): equality stays by identity.");
    }
  }

  // equals re-declared only to document it (return super.equals(o)): the inherited hashCode agrees.
  private static boolean onlyDelegatesToSuper(MethodDeclaration method) {
    return method
        .getBody()
        .filter(body -> body.getStatements().size() == 1)
        .map(body -> body.getStatement(0))
        .filter(s -> s.isReturnStmt() && s.asReturnStmt().getExpression().isPresent())
        .map(s -> s.asReturnStmt().getExpression().get())
        .filter(e -> e.isMethodCallExpr())
        .map(e -> e.asMethodCallExpr())
        .filter(c -> c.getNameAsString().equals("equals"))
        .flatMap(c -> c.getScope())
        .map(scope -> scope.isSuperExpr())
        .orElse(false);
  }

  // Equality no inherited hashCode can contradict: identity (return this == obj;), or an equals
  // that answers false whenever the hash codes differ (hashCode() != obj.hashCode()), as an
  // abstract base does whose hashCode is declared above it and implemented below it.
  private static boolean agreesWithAnyHashCode(MethodDeclaration method) {
    boolean identity =
        method
            .getBody()
            .filter(body -> body.getStatements().size() == 1)
            .map(body -> body.getStatement(0))
            .filter(s -> s.isReturnStmt() && s.asReturnStmt().getExpression().isPresent())
            .map(s -> s.asReturnStmt().getExpression().get())
            .filter(
                e ->
                    e instanceof BinaryExpr b
                        && b.getOperator() == BinaryExpr.Operator.EQUALS
                        && (b.getLeft().isThisExpr() || b.getRight().isThisExpr()))
            .isPresent();
    return identity
        || !method
            .findAll(
                BinaryExpr.class,
                b ->
                    b.getOperator() == BinaryExpr.Operator.NOT_EQUALS
                        && isHashCodeCall(b.getLeft())
                        && isHashCodeCall(b.getRight()))
            .isEmpty();
  }

  private static boolean isHashCodeCall(Expression expression) {
    return expression instanceof MethodCallExpr call
        && call.getNameAsString().equals("hashCode")
        && call.getArguments().isEmpty();
  }

  // A private nested class that implements no collection contract (Map.Entry, List, Set), in a
  // file that names no hash-based collection: nothing shown hashes its instances.
  private static boolean neverHashedHere(TypeDeclaration<?> type) {
    if (!type.isPrivate()
        || type instanceof ClassOrInterfaceDeclaration c
            && c.getImplementedTypes().stream()
                .anyMatch(t -> HASHED_CONTRACTS.contains(t.getNameAsString()))) {
      return false;
    }
    return type.findRootNode()
        .findAll(ClassOrInterfaceType.class, t -> t.getNameAsString().contains("Hash"))
        .isEmpty();
  }

  private static final Set<String> HASHED_CONTRACTS =
      Set.of("Entry", "List", "Set", "Map", "Collection");

  // An abstract redeclaration only forces subclasses to implement the method.
  private static boolean isImplemented(MethodDeclaration method) {
    return !method.isStatic() && method.getBody().isPresent();
  }

  private static boolean isObject(String type) {
    return type.equals("Object") || type.equals("java.lang.Object");
  }

  private static int line(MethodDeclaration method) {
    return method.getName().getBegin().map(p -> p.line).orElse(1);
  }
}
