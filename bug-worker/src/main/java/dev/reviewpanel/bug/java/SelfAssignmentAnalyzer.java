package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
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
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A variable assigned to itself, typically {@code this.name = name} in a constructor whose
 * parameter is spelled differently, so the field keeps its default value. LOW as the identity case
 * of a switch whose other cases convert the variable ({@code value = (byte) value}).
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
                    .forEach(a -> report(a, findings)));
  }

  private static void report(AssignExpr assign, Findings findings) {
    String message = "'" + CodeExcerpt.of(assign) + "' assigns the variable to itself";
    int line = assign.getBegin().map(p -> p.line).orElse(1);
    if (identityCase(assign)) {
      findings.report(
          RULE.at(Severity.LOW, Confidence.HIGH),
          line,
          message
              + "; LOW: it is the identity case of a switch whose other cases convert the same"
              + " variable ('value = (short) value'), kept so every case reads alike; it does"
              + " nothing, as intended.");
      return;
    }
    findings.report(RULE, line, message + " and has no effect.");
  }

  // case 2: value = (short) value; break; case 4: value = value; break;: another case of the same
  // switch assigns the variable a conversion of itself
  private static boolean identityCase(AssignExpr assign) {
    Optional<SwitchEntry> entry = assign.findAncestor(SwitchEntry.class);
    Optional<Node> cases = entry.flatMap(Node::getParentNode);
    if (cases.isEmpty() || !(assign.getTarget() instanceof NameExpr target)) {
      return false;
    }
    return cases.get().findAll(SwitchEntry.class).stream()
        .filter(other -> other != entry.get())
        .flatMap(other -> other.findAll(AssignExpr.class).stream())
        .anyMatch(
            other ->
                other.getOperator() == AssignExpr.Operator.ASSIGN
                    && other.getTarget().equals(target)
                    && !other.getValue().equals(target)
                    && !other.getValue().findAll(NameExpr.class, n -> n.equals(target)).isEmpty());
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
