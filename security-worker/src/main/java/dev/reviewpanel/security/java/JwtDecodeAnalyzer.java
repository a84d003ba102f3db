package dev.reviewpanel.security.java;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * JWT claims read without a signature check (CWE-347): auth0 {@code JWT.decode(token)} when the
 * method does not verify the same token (or what decode returned) after it, and jjwt's parsers of
 * unsigned tokens ({@code parseClaimsJwt}, {@code parseUnsecuredClaims}), which accept only tokens
 * that carry no signature at all.
 */
@Component
public class JwtDecodeAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.jwt-none",
          "jwt-none",
          "CWE-347",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "JWT signature not verified",
          "Verify the token before trusting its claims: JWT.require(algorithm).build().verify(token)"
              + " (auth0) or Jwts.parser().verifyWith(key).build().parseSignedClaims(token) (jjwt).");

  private static final Set<String> UNSIGNED_PARSERS =
      Set.of("parseClaimsJwt", "parseUnsecuredClaims", "parseUnsecuredContent");

  @Override
  public String name() {
    return "java-jwt-none";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (UNSIGNED_PARSERS.contains(call.getNameAsString()) && call.getArguments().size() == 1) {
        report(
            findings,
            RULE,
            call,
            "JWT signature not verified (CWE-347): "
                + call.getNameAsString()
                + "() accepts only unsigned tokens, so anyone can forge the claims.");
      } else if (isAuth0Decode(call) && !verifiedLater(method, call)) {
        report(
            findings,
            RULE,
            call,
            "JWT signature not verified (CWE-347): JWT.decode() reads the claims of "
                + call.getArgument(0)
                + " without checking its signature, and the token is not verified after;"
                + " anyone can forge claims that code trusts.");
      }
    }
  }

  private static boolean isAuth0Decode(MethodCallExpr call) {
    return call.getNameAsString().equals("decode")
        && call.getArguments().size() == 1
        && call.getScope()
            .filter(s -> s.isNameExpr() || s.isFieldAccessExpr())
            .map(Expression::toString)
            .filter(s -> s.equals("JWT") || s.endsWith(".jwt.JWT"))
            .isPresent();
  }

  // decode to read the key id, then verify the token or the decoded JWT: a peek, not a trust
  private static boolean verifiedLater(MethodFlow method, MethodCallExpr decode) {
    Set<String> names = new HashSet<>();
    MethodFlow.rootName(decode.getArgument(0)).ifPresent(names::add);
    decode
        .getParentNode()
        .filter(VariableDeclarator.class::isInstance)
        .map(v -> ((VariableDeclarator) v).getNameAsString())
        .ifPresent(names::add);
    int line = decode.getBegin().map(p -> p.line).orElse(0);
    return method.own(MethodCallExpr.class).stream()
        .filter(c -> c.getNameAsString().equals("verify") && c.getArguments().size() == 1)
        .filter(c -> c.getBegin().map(p -> p.line >= line).orElse(false))
        .anyMatch(c -> MethodFlow.rootName(c.getArgument(0)).filter(names::contains).isPresent());
  }
}
