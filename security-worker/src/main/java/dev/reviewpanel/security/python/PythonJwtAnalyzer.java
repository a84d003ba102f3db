package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * JWT accepted without a verified signature (CWE-347): {@code jwt.decode(..., verify=False)},
 * {@code options={"verify_signature": False}}, the {@code none} algorithm in {@code algorithms} or
 * in {@code jwt.encode(..., algorithm="none")}.
 */
@Component
public class PythonJwtAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.jwt-none",
          "jwt-none",
          "CWE-347",
          Severity.CRITICAL,
          Confidence.HIGH,
          "JWT signature not verified",
          "Always verify: jwt.decode(token, key, algorithms=[\"RS256\"]) with an explicit list of"
              + " strong algorithms, never \"none\" and never verify_signature False.");

  private static final Pattern NONE_ALGORITHM = Pattern.compile("['\"]none['\"]");
  private static final Pattern SIGNATURE_OFF =
      Pattern.compile("['\"]verify_signature['\"]\\s*:\\s*False");

  @Override
  public String name() {
    return "python-jwt-none";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    String name = call.name();
    boolean jwtCall =
        call.receiver().toLowerCase(Locale.ROOT).endsWith("jwt")
            && (name.equals("decode") || name.equals("encode"));
    if (!jwtCall) {
      return;
    }
    boolean verifyOff =
        call.keyword("verify", tree).filter(v -> v.getType().equals("false")).isPresent();
    boolean signatureOff =
        call.keyword("options", tree)
            .filter(v -> SIGNATURE_OFF.matcher(tree.text(v)).find())
            .isPresent();
    boolean none =
        call.keyword(name.equals("decode") ? "algorithms" : "algorithm", tree)
            .filter(v -> NONE_ALGORITHM.matcher(tree.text(v).toLowerCase(Locale.ROOT)).find())
            .isPresent();
    if (verifyOff || signatureOff || none) {
      report(
          findings,
          RULE,
          call.node(),
          "JWT signature not verified (CWE-347): jwt."
              + name
              + "() accepts tokens anyone can forge.");
    }
  }
}
