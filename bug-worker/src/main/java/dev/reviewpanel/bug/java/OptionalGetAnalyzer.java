package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.worker.analysis.Analyzer;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Language;
import dev.reviewpanel.worker.analysis.ParsedFile;
import dev.reviewpanel.worker.analysis.Rule;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code optional.get()} on a variable declared {@code Optional} when nothing in the same method
 * asks whether a value is present.
 */
@Component
class OptionalGetAnalyzer implements Analyzer {

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

  @Override
  public String name() {
    return "java-optional-get";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                cu.findAll(MethodCallExpr.class, OptionalGetAnalyzer::isGetOnVariable).stream()
                    .filter(OptionalGetAnalyzer::isDeclaredOptional)
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

  private static boolean isGetOnVariable(MethodCallExpr call) {
    return call.getNameAsString().equals("get")
        && call.getArguments().isEmpty()
        && call.getScope().map(Node::getClass).orElse(null) == NameExpr.class;
  }

  private static boolean isDeclaredOptional(MethodCallExpr call) {
    NameExpr variable = (NameExpr) call.getScope().orElseThrow();
    return ScopedDeclarations.resolve(variable.getNameAsString(), call)
        .map(d -> d.type() != null ? d.type().asString() : "")
        .map(t -> t.startsWith("Optional<") || t.startsWith("java.util.Optional<"))
        .orElse(false);
  }

  // Flow-insensitive on purpose: any presence check on the variable in the method counts, also
  // one outside the lambda that calls get().
  private static boolean isCheckedNearby(MethodCallExpr get) {
    String variable = get.getScope().orElseThrow().toString();
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
        .isEmpty();
  }
}
