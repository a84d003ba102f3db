package dev.reviewpanel.security.secrets;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Why a literal is reported as a hard-coded credential, at what severity, and in what words: the
 * name or setting that holds it and the shape of its value, never the value. A value in a
 * provider's token format proves itself (HIGH); a value a framework signs sessions or tokens with,
 * or a generated-looking value under a credential name, is MEDIUM with HIGH confidence; any other
 * value under a credential name is MEDIUM with MEDIUM confidence (see {@code docs/findings.md}).
 *
 * @param holder what holds the value, in words: "name 'apiKey'", "the Flask secret key
 *     (app.secret_key)"
 */
public record SecretEvidence(
    String holder, String value, Severity severity, Confidence confidence, String consequence) {

  // A generated key: letters and digits, maybe - _ + = / and no separators of paths or ids.
  private static final Pattern KEY_ALPHABET =
      Pattern.compile("(?=.*\\d)(?=.*[A-Za-z])[A-Za-z0-9_+=/.-]+");
  // A UUID under a name that only ends in "key" is as often a protocol constant (RFC 6455's
  // WebSocket GUID) as a credential: without a credential name it is no evidence.
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A literal under a name: reported when the name means a credential and the value is one. */
  public static Optional<SecretEvidence> named(String name, String value) {
    return held("name '" + name + "'", name, value);
  }

  /** A configuration setting's value, judged as a named literal. */
  public static Optional<SecretEvidence> setting(String key, String value) {
    return held("setting '" + key + "'", key, value);
  }

  private static Optional<SecretEvidence> held(String holder, String name, String value) {
    if (value == null || name == null || isItsOwnName(name, value)) {
      return Optional.empty();
    }
    Optional<SecretEvidence> token = token(holder, value);
    if (token.isPresent() || SecretValues.isName(value)) {
      return token;
    }
    boolean generated =
        ValueShape.isHighEntropy(value.strip()) && KEY_ALPHABET.matcher(value.strip()).matches();
    if (SecretNames.isSecret(name) && SecretValues.isCredential(value)) {
      return Optional.of(
          new SecretEvidence(
              holder,
              value,
              Severity.MEDIUM,
              generated ? Confidence.HIGH : Confidence.MEDIUM,
              null));
    }
    if (SecretNames.endsWithKey(name) && generated && !UUID.matcher(value.strip()).matches()) {
      return Optional.of(
          new SecretEvidence(holder, value, Severity.MEDIUM, Confidence.MEDIUM, null));
    }
    return Optional.empty();
  }

  /**
   * A literal a framework signs or encrypts with: reported whenever it is set, weak values included
   * ({@code 'keyboard cat'} signs cookies as well as any).
   *
   * @param holder "the Express session secret"
   * @param consequence what a reader of the code can do with it
   */
  public static Optional<SecretEvidence> framework(
      String holder, String value, String consequence) {
    Optional<SecretEvidence> token = token(holder, value);
    if (token.isPresent() || !SecretValues.isSet(value)) {
      return token;
    }
    return Optional.of(
        new SecretEvidence(holder, value, Severity.MEDIUM, Confidence.HIGH, consequence));
  }

  // ACCESS_TOKEN = "access_token", HEADER_ALLOW_CREDENTIALS = "Allow-Credentials": a constant
  // that spells its own name names a field or a header; it holds no secret
  private static boolean isItsOwnName(String name, String value) {
    List<String> valueWords = SecretNames.words(value);
    return !valueWords.isEmpty() && SecretNames.words(name).containsAll(valueWords);
  }

  /** Any literal: reported only when it is in a provider's token format. */
  public static Optional<SecretEvidence> literal(String value) {
    return token("a literal", value);
  }

  /**
   * Any literal, with the source text of the concatenation it is part of: a private key's armour
   * line alone is a format marker, but with the key's base64 in the literals joined to it, it
   * starts a key written over several lines.
   */
  public static Optional<SecretEvidence> literal(String value, Supplier<String> enclosing) {
    Optional<SecretEvidence> token = literal(value);
    if (token.isPresent() || !SecretValues.privateKeyHeaderOnly(value)) {
      return token;
    }
    return SecretValues.hasKeyMaterial(enclosing.get())
        ? Optional.of(
            new SecretEvidence(
                "a literal",
                value,
                Severity.HIGH,
                Confidence.HIGH,
                "the private key's base64 follows in the literals joined to it"))
        : Optional.empty();
  }

  private static Optional<SecretEvidence> token(String holder, String value) {
    return SecretValues.tokenShape(value)
        .map(shape -> new SecretEvidence(holder, value, Severity.HIGH, Confidence.HIGH, null));
  }

  /** "Hard-coded credential: name 'apiKey' holds a 40-character high-entropy value (masked)." */
  public String message() {
    return "Hard-coded credential: "
        + holder
        + " holds "
        + ValueShape.of(value)
        + " (masked)"
        + (consequence == null ? "." : "; " + consequence + ".");
  }

  /** Reports this evidence on {@code begin..end}, unless the snippet would show the value. */
  public void report(Rule rule, ParsedFile file, Findings findings, int begin, int end) {
    RedactionGuard.report(
        rule.at(severity, confidence), file, findings, begin, end, value, message());
  }
}
