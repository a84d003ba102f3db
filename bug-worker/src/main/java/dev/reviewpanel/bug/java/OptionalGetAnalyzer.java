package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code optional.get()} on a variable declared {@code Optional} when nothing in the same method
 * asks whether a value is present.
 */
@Component
class OptionalGetAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.optional-get-without-check",
          "correctness",
          "CWE-754",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Optional.get() without a presence check",
          "Use orElse/orElseGet/orElseThrow with a meaningful exception, map/ifPresent, or check"
              + " isPresent() first; get() on an empty Optional throws NoSuchElementException.");

  // Calls that show the code reasons about presence, directly or through a derived value.
  private static final Set<String> CHECKS =
      Set.of("isPresent", "isEmpty", "map", "flatMap", "filter", "ifPresent", "ifPresentOrElse");

  // Spring Data's CrudRepository.findById and Stream's terminal operations return Optional.
  private static final Set<String> OPTIONAL_BY_CONVENTION =
      Set.of("findById", "findFirst", "findAny");
  private static final Set<String> STREAM_OPTIONALS = Set.of("max", "min", "reduce");

  OptionalGetAnalyzer() {
    super("java-optional-get", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                JavaNodes.of(file, MethodCallExpr.class).stream()
                    .filter(OptionalGetAnalyzer::isGet)
                    .filter(call -> isDeclaredOptional(call) || isOptionalCall(call, cu))
                    .filter(call -> !isCheckedNearby(call))
                    .forEach(
                        call ->
                            findings.report(
                                RULE,
                                call.getBegin().map(p -> p.line).orElse(1),
                                "'"
                                    + CodeExcerpt.of(call)
                                    + "' throws when the Optional is empty, and nothing here"
                                    + " checks that it is not.")));
  }

  private static boolean isGet(MethodCallExpr call) {
    return call.getNameAsString().equals("get")
        && call.getArguments().isEmpty()
        && call.getScope().isPresent();
  }

  // repo.findById(id).get(), stream.findFirst().get(), or a method of this file typed Optional.
  private static boolean isOptionalCall(MethodCallExpr get, CompilationUnit unit) {
    if (!(get.getScope().orElseThrow() instanceof MethodCallExpr call)) {
      return false;
    }
    String name = call.getNameAsString();
    if (OPTIONAL_BY_CONVENTION.contains(name) && call.getArguments().size() <= 1) {
      return true;
    }
    if (STREAM_OPTIONALS.contains(name)
        && call.getScope().map(s -> s.toString().contains("stream()")).orElse(false)) {
      return true;
    }
    return unit
        .findAll(
            MethodDeclaration.class,
            m ->
                m.getNameAsString().equals(name)
                    && m.getParameters().size() == call.getArguments().size())
        .stream()
        .findFirst()
        .map(m -> m.getType().asString().startsWith("Optional<"))
        .orElse(false);
  }

  private static boolean isDeclaredOptional(MethodCallExpr call) {
    if (!(call.getScope().orElseThrow() instanceof NameExpr variable)) {
      return false;
    }
    return JavaNames.resolve(variable.getNameAsString(), call)
        .map(JavaDeclaration::written)
        .map(t -> t.startsWith("Optional<") || t.startsWith("java.util.Optional<"))
        .orElse(false);
  }

  // Flow-insensitive on purpose: any presence check on the variable in the method counts, also
  // one outside the lambda that calls get().
  private static boolean isCheckedNearby(MethodCallExpr get) {
    String variable = get.getScope().orElseThrow().toString();
    Optional<String> source = streamedCollection(get.getScope().orElseThrow());
    Node body =
        get.findAncestor(CallableDeclaration.class)
            .map(Node.class::cast)
            .or(() -> get.findAncestor(LambdaExpr.class))
            .orElse(get.findRootNode());
    return !body.findAll(
                MethodCallExpr.class,
                c ->
                    CHECKS.contains(c.getNameAsString())
                        && c.getScope().map(s -> s.toString().equals(variable)).orElse(false))
            .isEmpty()
        || source.isPresent()
            && !body.findAll(
                    MethodCallExpr.class,
                    c ->
                        SIZE_CHECKS.contains(c.getNameAsString())
                            && c.getArguments().isEmpty()
                            && c.getScope()
                                .map(s -> s.toString().equals(source.get()))
                                .orElse(false))
                .isEmpty();
  }

  private static final Set<String> SIZE_CHECKS = Set.of("isEmpty", "size");
  private static final Set<String> FIRST_OF_ALL = Set.of("findFirst", "findAny", "min", "max");

  // beans.stream().findFirst(): with nothing filtered out, the Optional is empty exactly when the
  // collection is, so "if (beans.isEmpty()) return 0;" before it is the presence check.
  private static Optional<String> streamedCollection(Expression optional) {
    return Optional.of(optional)
        .filter(MethodCallExpr.class::isInstance)
        .map(MethodCallExpr.class::cast)
        .filter(c -> FIRST_OF_ALL.contains(c.getNameAsString()))
        .flatMap(MethodCallExpr::getScope)
        .filter(MethodCallExpr.class::isInstance)
        .map(MethodCallExpr.class::cast)
        .filter(c -> c.getNameAsString().equals("stream") && c.getArguments().isEmpty())
        .flatMap(MethodCallExpr::getScope)
        .map(Object::toString);
  }
}
