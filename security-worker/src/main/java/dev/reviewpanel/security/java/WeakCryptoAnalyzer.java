package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.ScopeText;
import dev.reviewpanel.security.syntax.HashPurpose;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Broken hashes (CWE-328) and ciphers (CWE-327) requested from the JCA by name: MD5, SHA-1, DES,
 * RC4, ECB mode, and a bare "AES" that silently means AES/ECB/PKCS5Padding. A weak digest is MEDIUM
 * where the names show it guards something sensitive and LOW otherwise ({@link HashPurpose.Proof});
 * a weak signature algorithm is MEDIUM.
 */
@Component
public class WeakCryptoAnalyzer extends NamedAnalyzer {

  static final Rule WEAK_HASH =
      new Rule(
          "java.weak-hash",
          "crypto",
          "CWE-328",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Weak hash algorithm",
          "Use SHA-256 or stronger for integrity; for passwords use a slow salted KDF (bcrypt,"
              + " scrypt, Argon2, PBKDF2).");
  static final Rule WEAK_CIPHER =
      new Rule(
          "java.weak-cipher",
          "crypto",
          "CWE-327",
          // MEDIUM: a fact rule; docs/findings.md keeps HIGH for a traced remote source.
          Severity.MEDIUM,
          Confidence.HIGH,
          "Weak cipher or mode",
          "Use AES/GCM/NoPadding with a fresh random 12-byte IV per message (or ChaCha20-Poly1305);"
              + " never DES, 3DES, RC4 or ECB mode.");

  // the names SpotBugs, PMD, Sonar and javac-style suppressions give the weak-digest check
  private static final Pattern WEAK_DIGEST_CHECK =
      Pattern.compile("(?i)WEAK_MESSAGE_DIGEST|weak[-_ ]?hash|\\bMD5\\b|\\bSHA-?1\\b|S4790|S2070");
  // the calls that hand a digest its data: md.update(salt), md.digest(password)
  private static final Set<String> DATA_METHODS = Set.of("update", "digest");
  private static final Set<String> KEY_FACTORIES = Set.of("KeyGenerator", "SecretKeyFactory");
  private static final Set<String> WEAK_HASHES =
      Set.of("MD2", "MD4", "MD5", "SHA1", "SHA-1", "SHA");
  private static final Set<String> WEAK_DIGEST_HELPERS =
      Set.of("md5", "md5Hex", "sha1", "sha1Hex", "getMd5Digest", "getSha1Digest", "md5Digest");

  public WeakCryptoAnalyzer() {
    super("java-weak-crypto", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            unit -> {
              StringConstants constants = new StringConstants(file);
              JavaNodes.of(file, MethodCallExpr.class)
                  .forEach(c -> inspect(c, constants, findings));
            });
  }

  private static void inspect(MethodCallExpr call, StringConstants constants, Findings findings) {
    String simpleScope = ScopeText.simpleOf(call);
    String name = call.getNameAsString();
    if (simpleScope.equals("DigestUtils") && WEAK_DIGEST_HELPERS.contains(name)) {
      reportWeakHash(
          findings,
          call,
          name.toLowerCase(Locale.ROOT).contains("md5") ? "md5" : "sha1",
          "DigestUtils." + name + "() uses a broken hash.");
      return;
    }
    if (!name.equals("getInstance") || call.getArguments().isEmpty()) {
      return;
    }
    Optional<String> algorithm = constants.valueOf(call.getArgument(0));
    if (algorithm.isEmpty()) {
      return;
    }
    String upper = algorithm.get().toUpperCase(Locale.ROOT);
    if (simpleScope.equals("MessageDigest")
        && WEAK_HASHES.contains(upper)
        && HashPurpose.inNames(namesAround(call)).isEmpty()
        && !acknowledged(call)) {
      reportWeakHash(
          findings,
          call,
          upper.equals("SHA") ? "SHA1" : upper.replace("-", ""),
          "MessageDigest " + algorithm.get() + " is broken for security use.");
    } else if (simpleScope.equals("Signature") && isWeakSignature(upper)) {
      JavaFlowAnalyzer.report(
          findings,
          WEAK_HASH,
          call,
          "Signature " + algorithm.get() + " signs a broken hash (MD5/SHA-1 collisions).");
    } else if (KEY_FACTORIES.contains(simpleScope) && isWeakFamily(upper)) {
      JavaFlowAnalyzer.report(
          findings,
          WEAK_CIPHER,
          call,
          simpleScope
              + " \""
              + algorithm.get()
              + "\" makes keys for a weak cipher: "
              + why(upper)
              + ".");
    } else if (simpleScope.equals("Cipher") && isWeakCipher(upper)) {
      JavaFlowAnalyzer.report(
          findings,
          WEAK_CIPHER,
          call,
          "Cipher \"" + algorithm.get() + "\" is weak: " + why(upper) + ".");
    }
  }

  // MEDIUM where the names of the data, the digest, the method and the class show a sensitive use,
  // LOW otherwise (HashPurpose.Proof); a signature algorithm is a signature whatever its names
  // a protocol's own construction (PostgreSQL's md5 password) is LOW with the protocol named
  private static void reportWeakHash(
      Findings findings, MethodCallExpr call, String algorithm, String fact) {
    StringBuilder names = new StringBuilder(namesAround(call));
    call.getArguments().forEach(argument -> names.append(' ').append(argument));
    call.findAncestor(CallableDeclaration.class)
        .map(callable -> (CallableDeclaration<?>) callable)
        .ifPresent(
            callable -> {
              callable.getParameters().forEach(p -> names.append(' ').append(p.getNameAsString()));
              callable.findAll(MethodCallExpr.class).stream()
                  .filter(c -> DATA_METHODS.contains(c.getNameAsString()))
                  .forEach(c -> c.getArguments().forEach(a -> names.append(' ').append(a)));
            });
    HashPurpose.Proof named = HashPurpose.proof(names.toString());
    String code =
        call.findAncestor(CallableDeclaration.class).map(Node::toString).orElse(call.toString());
    HashPurpose.Proof proof =
        HashPurpose.prescribed(code, algorithm).map(named::lowered).orElse(named);
    JavaFlowAnalyzer.report(findings, proof.rule(WEAK_HASH), call, proof.message(fact));
  }

  // @SuppressFBWarnings(value = "WEAK_MESSAGE_DIGEST_MD5", justification = ...): the authors have
  // judged this very check and said why the hash is no weakness here
  private static boolean acknowledged(Node node) {
    for (Node up = node; up != null; up = up.getParentNode().orElse(null)) {
      if (up instanceof NodeWithAnnotations<?> annotated
          && annotated.getAnnotations().stream()
              .anyMatch(
                  a ->
                      a.getNameAsString().startsWith("Suppress")
                          && WEAK_DIGEST_CHECK.matcher(a.toString()).find())) {
        return true;
      }
    }
    return false;
  }

  // The class, method and variable names a digest is made in: WebSocketUtil, cacheKey, etag.
  private static String namesAround(Node node) {
    StringBuilder names = new StringBuilder();
    for (Node up = node; up != null; up = up.getParentNode().orElse(null)) {
      if (up instanceof NodeWithSimpleName<?> named
          && (up instanceof TypeDeclaration<?>
              || up instanceof CallableDeclaration<?>
              || up instanceof VariableDeclarator)) {
        names.append(named.getNameAsString()).append(' ');
      }
    }
    return names.toString();
  }

  private static boolean isWeakCipher(String transformation) {
    return !why(transformation).isEmpty();
  }

  // Key material for DES or RC4 is weak whatever mode the cipher later uses; "AES" keys are fine.
  private static boolean isWeakFamily(String algorithm) {
    return !why(algorithm.split("/")[0] + "/CBC").isEmpty();
  }

  private static boolean isWeakSignature(String algorithm) {
    return algorithm.startsWith("MD2WITH")
        || algorithm.startsWith("MD5WITH")
        || algorithm.startsWith("SHA1WITH");
  }

  private static String why(String transformation) {
    String[] parts = transformation.split("/");
    // PBEWithMD5AndDES, PBEWithSHA1AndDESede: password-based schemes over DES or RC2/RC4.
    String algorithm = parts[0].replaceFirst("^PBEWITH\\w*?AND", "");
    if (algorithm.startsWith("DES") || algorithm.equals("TRIPLEDES")) {
      return "DES and 3DES have too small a block or key";
    }
    if (algorithm.startsWith("RC4")
        || algorithm.equals("ARCFOUR")
        || algorithm.startsWith("RC2")
        || algorithm.equals("BLOWFISH")) {
      return algorithm + " is broken or has a 64-bit block";
    }
    // RSA/ECB is the JCA's name for single-block RSA, not the ECB block mode.
    if (parts.length > 1 && parts[1].equals("ECB") && !algorithm.equals("RSA")) {
      return "ECB mode leaks plaintext patterns";
    }
    if (parts.length == 1 && algorithm.equals("AES")) {
      return "a bare \"AES\" defaults to ECB mode";
    }
    return "";
  }
}
