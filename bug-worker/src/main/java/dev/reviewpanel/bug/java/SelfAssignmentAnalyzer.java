package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A variable assigned to itself, typically {@code this.name = name} in a constructor whose
 * parameter is spelled differently, so the field keeps its default value.
 */
@Component
class SelfAssignmentAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.self-assignment",
          "correctness",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Variable assigned to itself",
          "Assign the intended value, usually the parameter with the matching name; a"
              + " self-assignment changes nothing.");

  SelfAssignmentAnalyzer() {
    super("java-self-assignment", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                cu
                    .findAll(AssignExpr.class, a -> a.getOperator() == AssignExpr.Operator.ASSIGN)
                    .stream()
                    .filter(SelfAssignmentAnalyzer::isSelfAssignment)
                    .forEach(
                        a ->
                            findings.report(
                                RULE,
                                a.getBegin().map(p -> p.line).orElse(1),
                                "'"
                                    + CodeExcerpt.of(a)
                                    + "' assigns the variable to itself and has no effect.")));
  }

  private static boolean isSelfAssignment(AssignExpr assign) {
    Expression target = assign.getTarget();
    Expression value = assign.getValue();
    if (target.equals(value) && (target.isNameExpr() || isThisField(target))) {
      return true;
    }
    // this.f = f is only a self-assignment when no local or parameter named f is in scope.
    if (isThisField(target) && value instanceof NameExpr name) {
      String field = ((FieldAccessExpr) target).getNameAsString();
      return name.getNameAsString().equals(field)
          && JavaNames.resolve(field, name).map(JavaDeclaration::isField).orElse(false);
    }
    return false;
  }

  private static boolean isThisField(Expression expression) {
    return expression instanceof FieldAccessExpr access && access.getScope().isThisExpr();
  }
}
