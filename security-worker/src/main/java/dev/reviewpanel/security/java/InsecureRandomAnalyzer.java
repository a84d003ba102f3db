package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.secrets.SecretNames;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Predictable randomness (CWE-330): {@code java.util.Random}, {@code ThreadLocalRandom} or {@code
 * Math.random} producing a token, password, key, salt, session id or nonce, judged by the name of
 * the variable, field or method it ends up in. Shuffling and jitter are left alone.
 */
@Component
public class InsecureRandomAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.insecure-random",
          "crypto",
          "CWE-330",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Predictable random value used for security",
          "Generate tokens, keys, salts and ids with java.security.SecureRandom (or"
              + " UUID.randomUUID()); java.util.Random is predictable from a few outputs.");

  private static final Set<String> SECURITY_WORDS =
      Set.of(
          "token",
          "password",
          "passwd",
          "pwd",
          "passphrase",
          "secret",
          "salt",
          "session",
          "sessionid",
          "nonce",
          "otp",
          "csrf",
          "xsrf",
          "iv",
          "credential",
          "credentials",
          "apikey",
          "captcha",
          "verification",
          "remember",
          "rememberme");
  // "code", "pin" and "link" are security data only with a qualifier: resetCode, activationLink.
  private static final Set<String> QUALIFIED_WORDS = Set.of("code", "pin", "link");
  private static final Set<String> QUALIFIERS =
      Set.of(
          "reset",
          "verification",
          "verify",
          "activation",
          "auth",
          "confirmation",
          "recovery",
          "invite",
          "invitation",
          "login",
          "otp",
          "mfa",
          "twofactor",
          "security");

  public InsecureRandomAnalyzer() {
    super("java-insecure-random", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            unit -> {
              RandomValues randoms = new RandomValues(file, unit);
              if (!randoms.any()) {
                return;
              }
              for (MethodCallExpr call : randoms.draws()) {
                call.findAncestor(CallableDeclaration.class)
                    .filter(m -> isSecurityName(m.getNameAsString()))
                    .ifPresent(m -> report(findings, call, "method " + m.getNameAsString()));
              }
              for (VariableDeclarator variable : randoms.declarators()) {
                if (isSecurityName(variable.getNameAsString())
                    && variable.getInitializer().filter(randoms::carriesRandom).isPresent()) {
                  report(findings, variable, variable.getNameAsString());
                }
              }
              for (AssignExpr assign : randoms.assignments()) {
                String target = targetName(assign.getTarget());
                if (isSecurityName(target) && randoms.carriesRandom(assign.getValue())) {
                  report(findings, assign, target);
                }
              }
              for (MethodCallExpr fill : randoms.nextBytesCalls()) {
                String target =
                    fill.getArguments().isEmpty() ? "" : targetName(fill.getArgument(0));
                String method =
                    fill.findAncestor(CallableDeclaration.class)
                        .map(m -> m.getNameAsString())
                        .orElse("");
                if (isSecurityName(target) || isSecurityName(method)) {
                  report(findings, fill, isSecurityName(target) ? target : "method " + method);
                }
              }
              RandomEscapes.of(unit, randoms).forEach(e -> report(findings, e.node(), e.where()));
            });
  }

  private static void report(Findings findings, Node node, String where) {
    JavaFlowAnalyzer.report(
        findings,
        RULE,
        node,
        "A non-cryptographic random value becomes security data in " + where + ".");
  }

  private static String targetName(Expression target) {
    if (target instanceof NameExpr name) {
      return name.getNameAsString();
    }
    return target.isFieldAccessExpr() ? target.asFieldAccessExpr().getNameAsString() : "";
  }

  static boolean isSecurityName(String identifier) {
    List<String> words = SecretNames.words(identifier);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (SECURITY_WORDS.contains(word)
          || (QUALIFIED_WORDS.contains(word) && i > 0 && QUALIFIERS.contains(words.get(i - 1)))) {
        return true;
      }
    }
    return SecretNames.isSecret(identifier);
  }
}
