package dev.reviewpanel.security.secrets;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges string literals: which look like a real credential, which are placeholders, labels,
 * grammar tokens or addresses, and which have the shape of a well-known token whatever variable
 * holds them.
 */
public final class SecretValues {

  private static final int MIN_LENGTH = 4;
  // Values that cannot work as a credential: templates, format fields and exchange-attribute tokens
  // (${name}, %{SECURE}, #{expr}), angle-bracket hints, masks, repeats, and the usual stand-ins.
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?is)[$%#]\\{.*}|\\{\\{.*}}|<[^>]*>|%\\(?\\w*\\)?[sd]|\\{\\w*}|\\*+|x+|\\.+|-+|todo|fixme"
              + "|redacted|none|null|nil|undefined|n/?a|change[-_ ]?me|changeit"
              + "|(your|my|insert|put|enter)[-_ ]?\\w*[-_ ]?here|your[-_ ].*|(.)\\2+");
  // A value made of these words is a stand-in, not a credential: "test-only", "dev-secret".
  private static final Set<String> STAND_IN_WORDS =
      Set.of(
          "test",
          "testing",
          "example",
          "sample",
          "dummy",
          "fake",
          "mock",
          "placeholder",
          "demo",
          "secret",
          "password",
          "passwd",
          "token",
          "key",
          "changeme",
          "default",
          "dev",
          "local",
          "only",
          "my",
          "your",
          "the",
          "foo",
          "bar",
          "baz",
          "abc",
          "xyz",
          "123",
          "1234",
          "12345");
  private static final Pattern WHITESPACE = Pattern.compile("\\s");
  private static final Pattern LABEL = Pattern.compile("[A-Z][a-z]+");
  private static final Pattern IDENTIFIER_LIKE =
      Pattern.compile("[a-z]+([._-][a-z]+)*|[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
  // keyword, variable.language, string-2: grammar token classes and plain words, not credentials
  private static final Pattern LOWERCASE_WORDS =
      Pattern.compile("_*[a-z]+([._:-](?:[a-z]+|\\d{1,2}))*");
  // org.apache.catalina.session.PASSWORD, app:auth:token: the qualified name of a setting or key
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("[A-Za-z_$][\\w$]*(?:[.:/][A-Za-z_$][\\w$]*){2,}");
  // Proxy-Authorization, X-Auth-Token: the name of an HTTP header
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Z][a-z0-9]*(?:-[A-Z][a-z0-9]*)+");
  // __session_key__: a dunder name is an attribute or key of the program
  private static final Pattern DUNDER_NAME = Pattern.compile("__\\w+__");
  // One escape sequence of a string literal's source text: \xd1, \u0451, \n, \0
  private static final Pattern ESCAPE =
      Pattern.compile("\\\\(?:x\\p{XDigit}{2}|u\\p{XDigit}{4}|U\\p{XDigit}{8}|[0-7]{1,3}|.)");
  // Protocol vocabulary: authentication schemes (RFC 9110 and the IANA registry), HTTP methods,
  // JOSE key operations (RFC 7517) and key-management names (RFC 7518). Under a credential name
  // such a word says which scheme, method or operation, never what authenticates.
  private static final Set<String> PROTOCOL_WORDS =
      Set.of(
          "basic",
          "bearer",
          "digest",
          "negotiate",
          "ntlm",
          "hoba",
          "mutual",
          "oauth",
          "get",
          "post",
          "put",
          "patch",
          "delete",
          "head",
          "options",
          "trace",
          "connect",
          "sign",
          "verify",
          "encrypt",
          "decrypt",
          "wrapkey",
          "unwrapkey",
          "derivekey",
          "derivebits",
          "dir");
  // urn:oasis:names:tc:SAML:2.0:ac:classes:Password: a registered name (RFC 8141), not a value
  private static final Pattern URN = Pattern.compile("(?i)urn:[a-z0-9][a-z0-9-]{0,31}:\\S+");
  // 20/m, 5/300s, 100/hour: a rate limit under a credential-flow name ("reset_password": "20/m")
  private static final Pattern RATE = Pattern.compile("\\d+/\\d*[a-z]+");
  private static final Pattern URL = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://([^/@\\s]*)(@)?");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+");
  // log4j2.trustStorePassword, tlsCertificateKeyFilePassword: an identifier or a dotted property
  // key; when it names a credential itself it is the key a credential is looked up by
  private static final Pattern PROPERTY_KEY =
      Pattern.compile("[a-z_$][\\w$]*(?:[.-][A-Za-z_$][\\w$]*)*");
  // ssh-ed25519, ecdsa-sha2-nistp256, SCRAM-SHA-256, MONGODB-X509: words and versions joined by
  // separators, one of them an algorithm or certificate family
  private static final Pattern ALGORITHM_PART = Pattern.compile("[a-z]+\\d*|\\d+");
  private static final Pattern ALGORITHM_SEPARATOR = Pattern.compile("[-_.@]");
  private static final Set<String> ALGORITHM_FAMILIES =
      Set.of(
          "aes",
          "arcfour",
          "blowfish",
          "cbc",
          "ccm",
          "chacha20",
          "ctr",
          "curve25519",
          "curve448",
          "des",
          "dh",
          "diffie",
          "dsa",
          "dss",
          "ecdh",
          "ecdsa",
          "ed25519",
          "eddsa",
          "ed448",
          "es256",
          "es256k",
          "es384",
          "es512",
          "gcm",
          "hmac",
          "hs256",
          "hs384",
          "hs512",
          "md5",
          "nistp256",
          "nistp384",
          "nistp521",
          "pbkdf2",
          "poly1305",
          "ps256",
          "ps384",
          "ps512",
          "rc4",
          "ripemd160",
          "rs256",
          "rs384",
          "rs512",
          "rsa",
          "rsa1",
          "scram",
          "sha",
          "sha1",
          "sha2",
          "sha224",
          "sha256",
          "sha384",
          "sha512",
          "ssh",
          "umac",
          "x25519",
          "x448",
          "x509");

  private static final String PRIVATE_KEY_HEADER = "-----BEGIN [A-Z ]*PRIVATE KEY-----";
  // PEM headers (Proc-Type, DEK-Info) may come first; then a run of base64
  private static final String KEY_MATERIAL = "[\\s\\S]{0,200}?[A-Za-z0-9+/]{40}";
  private static final Pattern HEADER_ONLY = Pattern.compile(PRIVATE_KEY_HEADER);
  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{40}");
  // \u30e6\u30fc: the escapes a .properties file or a string literal writes text in
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u(\\p{XDigit}{4})");

  /** A known token shape and its label. */
  private record Shape(String label, Pattern pattern) {}

  private static final List<Shape> SHAPES =
      List.of(
          new Shape("AWS access key id", Pattern.compile("(?:AKIA|ASIA)[0-9A-Z]{16}")),
          new Shape("GitHub token", Pattern.compile("gh[pousr]_[A-Za-z0-9]{30,}")),
          new Shape("Slack token", Pattern.compile("xox[abprs]-[A-Za-z0-9-]{10,}")),
          // sk- followed by generated characters (mixed case and digits), not an algorithm name
          // such as sk-ecdsa-sha2-nistp256-cert-v01@openssh.com (an SSH security-key family)
          new Shape(
              "OpenAI-style secret key",
              Pattern.compile(
                  "sk-(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\\d)"
                      + "[A-Za-z0-9_-]{20,}")),
          new Shape("Stripe live key", Pattern.compile("[sr]k_live_[A-Za-z0-9]{16,}")),
          new Shape("Google API key", Pattern.compile("AIza[0-9A-Za-z_-]{35}")),
          // the armour line with key material after it; the armour line alone is a format marker
          // (a writer puts it before a key computed at run time), see privateKeyHeader
          new Shape("private key", Pattern.compile(PRIVATE_KEY_HEADER + KEY_MATERIAL)),
          new Shape(
              "JSON web token",
              Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")));

  private SecretValues() {}

  /**
   * True when a literal assigned to a credential-named target is worth reporting: not empty, not a
   * placeholder or stand-in, not a message or label, not a key name such as {@code "db.password"},
   * not plain lower-case words (a grammar token such as {@code 'keyword'}, a development default
   * such as {@code 'library'}), and not an address without credentials.
   */
  public static boolean isCredential(String value) {
    if (value == null) {
      return false;
    }
    String trimmed = value.strip();
    if (tokenShape(trimmed).isPresent()) {
      return true;
    }
    return isSet(trimmed)
        && !WHITESPACE.matcher(trimmed).find()
        && !looksLikeKeyName(trimmed)
        && !isLabel(trimmed)
        && !isCountingRun(trimmed)
        && !LOWERCASE_WORDS.matcher(trimmed).matches()
        && !QUALIFIED_NAME.matcher(trimmed).matches()
        && !HEADER_NAME.matcher(trimmed).matches()
        && !URN.matcher(trimmed).matches()
        && !isRate(trimmed)
        && !isNaturalLanguage(trimmed)
        && !isAddressWithoutCredentials(trimmed);
  }

  /**
   * True when a framework's signing or session secret is set to a real value: anything but an empty
   * string, a placeholder or a stand-in, since even {@code 'keyboard cat'} signs cookies.
   */
  public static boolean isSet(String value) {
    if (value == null) {
      return false;
    }
    String trimmed = value.strip();
    return ESCAPE.matcher(trimmed).replaceAll("_").length() >= MIN_LENGTH
        && !PLACEHOLDER.matcher(trimmed).matches()
        && !isStandIn(trimmed);
  }

  /**
   * True when {@code value} holds a private key's armour line but no key material: a format marker
   * unless the expression it is concatenated into ({@code enclosing}, its source text) carries the
   * key's base64 in other literals, as a key split over several lines does.
   */
  public static boolean privateKeyHeaderOnly(String value) {
    return value != null && HEADER_ONLY.matcher(value).find() && tokenShape(value).isEmpty();
  }

  /** True when the source text of an expression holds a run of base64 as long as a key line. */
  public static boolean hasKeyMaterial(String enclosing) {
    return enclosing != null
        && BASE64_RUN.matcher(HEADER_ONLY.matcher(enclosing).replaceAll("")).find();
  }

  /**
   * True when a value is natural-language text once its unicode escapes are read: it has two or
   * more letters outside ASCII (a message in Japanese or Chinese written as \\u escapes in a
   * .properties bundle). Credentials are typed or generated in ASCII; such a value is a message.
   */
  static boolean isNaturalLanguage(String value) {
    String text =
        UNICODE_ESCAPE
            .matcher(value)
            .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    long letters = text.codePoints().filter(c -> c > 0x7f && Character.isLetter(c)).count();
    return letters >= 2;
  }

  /** The label of the well-known token shape {@code value} contains, if any. */
  public static Optional<String> tokenShape(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Shape shape : SHAPES) {
      if (shape.pattern().matcher(value).find()) {
        return Optional.of(shape.label());
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code value} has the shape of a name rather than of a secret: a property key or
   * identifier that itself names a credential ({@code "log4j2.keyStorePassword"}), a qualified or
   * dunder name ({@code "org.apache.struts2.util.InvocationSessionStore.invocationMap"}, {@code
   * "__auth_key__"}), an algorithm or mechanism name ({@code "ecdsa-sha2-nistp256"}, {@code
   * "MONGODB-X509"}, {@code "RS256"}), a word of a protocol's vocabulary ({@code "Bearer"}, {@code
   * "POST"}, {@code "unwrapKey"}), or a character set ({@code "UTF-8"}). Code that holds such a
   * value under a credential name holds the name of a setting, an attribute, a protocol choice or
   * an encoding, never the credential.
   */
  public static boolean isName(String value) {
    if (value == null) {
      return false;
    }
    String trimmed = value.strip();
    return isPropertyKey(trimmed)
        || QUALIFIED_NAME.matcher(trimmed).matches()
        || DUNDER_NAME.matcher(trimmed).matches()
        || PROTOCOL_WORDS.contains(trimmed.toLowerCase(Locale.ROOT))
        || isAlgorithmName(trimmed)
        || isCharset(trimmed);
  }

  private static boolean isPropertyKey(String value) {
    return PROPERTY_KEY.matcher(value).matches()
        && SecretNames.words(value).size() > 1
        && SecretNames.isSecret(value);
  }

  private static boolean isAlgorithmName(String value) {
    boolean family = false;
    for (String part : ALGORITHM_SEPARATOR.split(value.toLowerCase(Locale.ROOT), -1)) {
      if (!ALGORITHM_PART.matcher(part).matches()) {
        return false;
      }
      family |= ALGORITHM_FAMILIES.contains(part);
    }
    return family;
  }

  // Charset.isSupported asks every charset provider again for each name it does not know (a
  // service-loader walk per literal): the names and aliases are read once instead.
  private static final Set<String> CHARSET_NAMES = charsetNames();

  static boolean isCharset(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7f) {
        return false; // no charset name has one, and lower-casing could make one ASCII
      }
    }
    return CHARSET_NAMES.contains(value.toLowerCase(Locale.ROOT));
  }

  private static Set<String> charsetNames() {
    Set<String> names = new HashSet<>();
    for (Charset charset : Charset.availableCharsets().values()) {
      names.add(charset.name().toLowerCase(Locale.ROOT));
      for (String alias : charset.aliases()) {
        names.add(alias.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(names);
  }

  // 0123456789..., abcdefgh: a counting run typed to fill a field (a test double's token) is a
  // stand-in; a framework that signs with it still signs, so isSet does not ask
  private static boolean isCountingRun(String value) {
    for (int i = 1; i < value.length(); i++) {
      char previous = value.charAt(i - 1);
      char current = value.charAt(i);
      boolean next =
          current == previous + 1
              || previous == '9' && current == '0'
              || Character.toLowerCase(previous) == 'z' && Character.toLowerCase(current) == 'a';
      if (!next || !Character.isLetterOrDigit(current)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStandIn(String value) {
    for (String word : WORD_SPLIT.split(value.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty() && !STAND_IN_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  // password: 'Password' in a table of UI labels names the field; it is not its value.
  private static boolean isLabel(String value) {
    return LABEL.matcher(value).matches() && SecretNames.isSecret(value);
  }

  private static boolean isRate(String value) {
    return RATE.matcher(value).matches();
  }

  // "db.password" or "x-api-token" is the name of a setting, not its value.
  private static boolean looksLikeKeyName(String value) {
    return IDENTIFIER_LIKE.matcher(value).matches()
        && (value.contains(".") || value.contains("-") || value.contains("_"))
        && SecretNames.isSecret(value);
  }

  // https://auth.example.com/token is where a token comes from; https://user:pw@host holds one.
  private static boolean isAddressWithoutCredentials(String value) {
    var matcher = URL.matcher(value);
    return matcher.find() && (matcher.group(2) == null || !matcher.group(1).contains(":"));
  }
}
