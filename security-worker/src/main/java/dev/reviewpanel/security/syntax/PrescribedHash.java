package dev.reviewpanel.security.syntax;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Weak hashes the code does not choose: a protocol's own construction (HTTP Digest's MD5 of
 * user:realm:password, NTLM's MD4 of the UTF-16LE password, OAuth 1's SHA-1 body hash, MySQL's
 * SHA-1 scramble, PostgreSQL's "md5" password), the signature a remote provider's API defines for
 * its requests, and a digest of random bytes that only formats a random token. Each is read from
 * the shape the protocol gives the code around the hash (the function and the code calling it), and
 * lowers the finding to LOW with the reason in its message rather than hiding it.
 */
final class PrescribedHash {

  /** A protocol's shape: the weak algorithms it prescribes, what its code shows, and why. */
  private record Shape(Set<String> algorithms, Pattern code, String reason) {}

  private static final List<Shape> SHAPES =
      List.of(
          new Shape(
              Set.of("md5"),
              Pattern.compile("(?i)(^|[^a-z])realm([^a-z]|$)"),
              "HTTP Digest authentication prescribes MD5 of user:realm:password (RFC 2617, RFC"
                  + " 7616)"),
          new Shape(
              Set.of("md4"),
              Pattern.compile("(?i)utf-?_?16|ntlm|ntowf"),
              "NTLM prescribes the NT hash, MD4 of the UTF-16LE password (MS-NLMP)"),
          new Shape(
              Set.of("sha1", "sha-1"),
              Pattern.compile("oauth_body_hash"),
              "the OAuth 1.0 body hash extension prescribes SHA-1 of the body (oauth_body_hash)"),
          new Shape(
              Set.of("sha1", "sha-1"),
              Pattern.compile("(?i)scramble|mysql_native_password"),
              "MySQL's native password authentication prescribes SHA-1 of the password and the"
                  + " server's scramble"),
          new Shape(
              Set.of("md5"),
              // the "md5" prefix of the result (as a string, or byte by byte), over the user's
              // name and the server's salt
              Pattern.compile(
                  "(?s)(?=.*(['\"]md5['\"]\\s*\\+|'m'.{0,40}'d'.{0,40}'5'))(?=.*user)(?=.*salt)"),
              "PostgreSQL's md5 authentication prescribes MD5 of password and user, then of the"
                  + " server's salt, sent as 'md5' + hex"));

  // os.urandom(64), secrets.token_bytes(), crypto.randomBytes(20): the only data hashed
  private static final Pattern RANDOM_BYTES =
      Pattern.compile(
          "^\\(\\s*(os\\.urandom|secrets\\.token_bytes|secrets\\.token_hex|crypto\\.randomBytes"
              + "|get_random_bytes|Random\\.new\\(\\)\\.read)\\s*\\([^()]*\\)\\s*\\)$");

  private static final Pattern SECRET = Pattern.compile("(?i)secret");
  private static final Pattern PASSWORD = Pattern.compile("(?i)passw|pwd");
  // an endpoint of the remote service, written as a string literal of the module
  private static final Pattern REMOTE_URL =
      Pattern.compile("^[rbuRBU]*['\"`]https?://(?!localhost|127\\.|\\[::1])[\\w.-]+\\.[a-z]+");
  private static final Set<String> STRINGS = Set.of("string", "template_string");
  private static final int MAX_CODE = 20_000;

  private PrescribedHash() {}

  /** Why the weak {@code algorithm} at {@code call} is prescribed rather than chosen, if it is. */
  static Optional<String> of(
      SyntaxTree tree, TSNode call, String algorithm, TSNode function, String callers) {
    TSNode arguments = call.getChildByFieldName("arguments");
    if (arguments != null && !arguments.isNull()) {
      var random = RANDOM_BYTES.matcher(tree.text(arguments).strip());
      if (random.matches()) {
        return Optional.of(
            "it only formats random bytes ("
                + random.group(1)
                + "): no collision or preimage property is relied on");
      }
    }
    String text = tree.text(function);
    String code = text.length() > MAX_CODE ? text.substring(0, MAX_CODE) : text;
    return inCode(code + "\n" + callers, algorithm).or(() -> providerSignature(tree, code));
  }

  /** The protocol whose shape {@code code} around a weak {@code algorithm} shows, if any. */
  static Optional<String> inCode(String code, String algorithm) {
    String weak = algorithm.toLowerCase(Locale.ROOT);
    for (Shape shape : SHAPES) {
      if (shape.algorithms().contains(weak) && shape.code().matcher(code).find()) {
        return Optional.of(shape.reason());
      }
    }
    return Optional.empty();
  }

  // md5(sorted params + app secret) in a module that calls a remote API: the provider's signature
  private static Optional<String> providerSignature(SyntaxTree tree, String code) {
    if (!SECRET.matcher(code).find() || PASSWORD.matcher(code).find()) {
      return Optional.empty();
    }
    String[] url = {null};
    tree.walk(
        node -> {
          if (url[0] == null && STRINGS.contains(node.getType()) && !isStatement(node)) {
            var remote = REMOTE_URL.matcher(tree.text(node));
            if (remote.find()) {
              url[0] = remote.group().replaceFirst("^[rbuRBU]*['\"`]", "");
            }
          }
        });
    return Optional.ofNullable(url[0])
        .map(
            endpoint ->
                "a signature over the app's secret for the remote API the module calls ("
                    + endpoint
                    + "): the provider defines the hash");
  }

  // a docstring is a string that is a statement of its own
  private static boolean isStatement(TSNode string) {
    TSNode parent = string.getParent();
    return parent != null && !parent.isNull() && parent.getType().equals("expression_statement");
  }
}
