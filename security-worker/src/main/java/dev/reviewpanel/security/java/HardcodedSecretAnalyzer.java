package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.secrets.SecretEvidence;
import dev.reviewpanel.security.secrets.SecretNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Hard-coded credentials (CWE-798): string literals stored in credential-named fields, variables
 * and setters ({@code setPassword("..")}, {@code put("api.key", "..")}), the password argument of
 * {@code DriverManager.getConnection}, and literals in a provider's token format anywhere. Messages
 * name the holder and the shape of the value, never the value.
 */
@Component
public class HardcodedSecretAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.hardcoded-secret",
          "secrets",
          "CWE-798",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Hard-coded credential",
          "Load credentials at run time from the environment or a secret manager, rotate the"
              + " exposed one, and remove it from version control history.");

  private static final Set<String> KEYED_SETTERS = Set.of("put", "setProperty", "addProperty");

  public HardcodedSecretAnalyzer() {
    super("java-hardcoded-secret", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java().ifPresent(unit -> new Scan(file, findings).run());
  }

  /** One file's scan; remembers reported literals so a token shape is not reported twice. */
  private static final class Scan {

    private final ParsedFile file;
    private final Findings findings;
    // Identity, not equals: JavaParser nodes compare by structure.
    private final Set<Expression> reported = Collections.newSetFromMap(new IdentityHashMap<>());

    Scan(ParsedFile file, Findings findings) {
      this.file = file;
      this.findings = findings;
    }

    void run() {
      List<StringLiteralExpr> literals = new ArrayList<>();
      for (Node node : JavaNodes.all(file)) {
        if (node instanceof VariableDeclarator variable) {
          variable.getInitializer().ifPresent(v -> checkNamed(variable.getNameAsString(), v));
        } else if (node instanceof AssignExpr assign) {
          checkAssignment(assign);
        } else if (node instanceof MethodCallExpr call) {
          checkCall(call);
        } else if (node instanceof StringLiteralExpr literal) {
          literals.add(literal);
        }
      }
      for (StringLiteralExpr literal : literals) {
        if (!reported.contains(literal)) {
          SecretEvidence.literal(literal.asString(), () -> concatenation(literal).toString())
              .ifPresent(e -> report(literal, e));
        }
      }
    }

    // the whole "a" + "b" + ... expression a literal is part of
    private static Node concatenation(Node literal) {
      Node top = literal;
      while (top.getParentNode().isPresent()
          && (top.getParentNode().get() instanceof BinaryExpr binary
                  && binary.getOperator() == BinaryExpr.Operator.PLUS
              || top.getParentNode().get() instanceof EnclosedExpr)) {
        top = top.getParentNode().get();
      }
      return top;
    }

    private void checkAssignment(AssignExpr assign) {
      Expression target = assign.getTarget();
      if (target.isNameExpr()) {
        checkNamed(target.asNameExpr().getNameAsString(), assign.getValue());
      } else if (target.isFieldAccessExpr()) {
        checkNamed(target.asFieldAccessExpr().getNameAsString(), assign.getValue());
      }
    }

    private void checkCall(MethodCallExpr call) {
      String name = call.getNameAsString();
      int count = call.getArguments().size();
      if (count == 1 && (name.startsWith("set") || name.startsWith("with"))) {
        checkNamed(name.substring(name.startsWith("set") ? 3 : 4), call.getArgument(0));
      } else if (KEYED_SETTERS.contains(name) && count == 2) {
        literal(call.getArgument(0))
            .filter(SecretNames::isSecret)
            .ifPresent(key -> checkNamed(key, call.getArgument(1)));
      } else if (name.equals("getConnection") && count == 3) {
        checkNamed("password", call.getArgument(2));
      }
    }

    private void checkNamed(String holder, Expression value) {
      literal(value)
          .flatMap(text -> SecretEvidence.named(holder, text))
          .ifPresent(evidence -> report(value, evidence));
    }

    private void report(Expression where, SecretEvidence evidence) {
      reported.add(where);
      int begin = where.getBegin().map(p -> p.line).orElse(1);
      int end = where.getEnd().map(p -> p.line).orElse(begin);
      evidence.report(RULE, file, findings, begin, end);
    }
  }

  private static Optional<String> literal(Expression value) {
    if (value instanceof StringLiteralExpr string) {
      return Optional.of(string.asString());
    }
    if (value instanceof TextBlockLiteralExpr block) {
      return Optional.of(block.asString());
    }
    return Optional.empty();
  }
}
