package dev.reviewpanel.security.syntax;

import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Why code hashes, as far as its names tell: MD5 or SHA-1 is no weakness where the protocol
 * prescribes it (the WebSocket accept key of RFC 6455, HTTP Digest authentication) or where the
 * hash only names content (a cache key, an ETag, a test of whether something changed). A checksum
 * or fingerprint is not among them: verifying a download or fingerprinting a session is a security
 * use. The names looked at are the enclosing functions and classes and the variable the result goes
 * to. A protocol that names its hash is followed, not chosen: the SSH key exchange ({@code kex},
 * RFC 4253 and RFC 4462 fix SHA-1 for their group methods) and the {@code Content-MD5} header (RFC
 * 1864, an integrity check against corruption in transit, not against an attacker).
 *
 * <p>What is left is weak either way, but it earns MEDIUM only when the names show it guards
 * something sensitive ({@link #proof}): a password, secret, credential, token, key material, a
 * signature or MAC, a PIN, or a check of integrity, read from the names of the data hashed, the
 * variable the digest goes to, the enclosing function (its name and parameters) and class, and the
 * code calling it. A hash whose purpose is not shown, or that names an identifier (a fingerprint of
 * a public key, a token of a file name, an identity hash of configuration), is LOW with LOW
 * confidence: collisions there matter only for a use the code does not show.
 */
public final class HashPurpose {

  // The GUID RFC 6455 appends to the client's key before hashing it with SHA-1.
  private static final String WEBSOCKET_GUID = "258eafa5-e914-47da-95ca-c5ab0dc85b11";

  private static final Pattern NON_SECURITY =
      Pattern.compile(
          "cache|etag|web_?socket|ws_connect|handshake|accept_?(key|value)"
              + "|digest_?auth|cnonce|changed|modified|dedup"
              // the key a compiled template or fragment is filed under: an identifier
              + "|(template|fragment|module)_key"
              // the SSH key exchange: the negotiated method fixes the hash (KexGroup1, kex_gss)
              + "|(^|[_\\W])kex|key_?exchange");

  // Protocols that prescribe the weak hash even over a password: the Pwned Passwords range API is
  // queried with the first five hex digits of the password's SHA-1 (k-anonymity), and nothing of
  // the hash is stored or compared.
  private static final Pattern PRESCRIBED = Pattern.compile("pwned");

  // Names that say the hash guards something, whatever else is around it.
  private static final Pattern SECURITY =
      Pattern.compile("passw|passwd|secret|credential|signature|(^|_)sign(_|$|ed|ing)");

  private static final Set<String> SCOPES =
      Set.of(
          "function_definition",
          "class_definition",
          "function_declaration",
          "method_definition",
          "class_declaration",
          "variable_declarator",
          "assignment",
          "assignment_expression",
          "pair");

  // Names that say the hashed data, or the digest, is sensitive: what decides MEDIUM.
  private static final Pattern SENSITIVE =
      Pattern.compile(
          "passw|pwd|secret|credential|signature|(^|[^a-z])sign(ed|ing|er)?([^a-z]|$)"
              + "|(^|[^a-z])(\\w+_)?token([^a-z]|$)|(^|[^a-z])pin([^a-z]|$)"
              + "|(^|[^a-z])h?mac([^a-z]|$)|salt|(^|[^a-z])otp([^a-z]|$)|session_?id"
              + "|(private|secret|signing|api|access|auth|master|shared|encryption)_?key"
              + "|authenticat|verif|integrity");

  // Names that say the digest is an identifier: said in the message of a LOW finding.
  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "fingerprint|ident|public|host_?key|file_?name|(^|[^a-z])(p?hash|id|uid|path|name)s?"
              + "([^a-z]|$)");

  private static final int MAX_NAMES = 2_000;

  private static final Set<String> FUNCTIONS =
      Set.of(
          "function_definition",
          "function_declaration",
          "method_definition",
          "arrow_function",
          "function_expression");

  private HashPurpose() {}

  /**
   * What a weak hash proves: the sensitive name that earns it MEDIUM, if any, else the identifier
   * name it is reported LOW with, if any.
   */
  public record Proof(
      Optional<String> sensitive, Optional<String> identifier, Optional<String> lowered) {

    public Proof(Optional<String> sensitive, Optional<String> identifier) {
      this(sensitive, identifier, Optional.empty());
    }

    /**
     * This proof, reported LOW for {@code reason} whatever the names say: the protocol or the
     * legacy scheme the code implements chose the hash, not the code.
     */
    public Proof lowered(String reason) {
      return new Proof(sensitive, identifier, Optional.of(reason));
    }

    /** The rule at the severity this proof earns: as declared (MEDIUM), or LOW and LOW. */
    public Rule rule(Rule rule) {
      return sensitive.isPresent() && lowered.isEmpty()
          ? rule
          : rule.at(Severity.LOW, Confidence.LOW);
    }

    /** {@code fact}, and why the finding has its severity. */
    public String message(String fact) {
      if (lowered.isPresent()) {
        return fact
            + " Reported at LOW: "
            + lowered.get()
            + ", so the hash is not this code's choice.";
      }
      if (sensitive.isPresent()) {
        return fact + " MEDIUM: " + sensitive.get() + " says it guards something sensitive.";
      }
      return fact
          + " Reported at LOW: nothing around it names a password, secret, token, key, signature"
          + " or PIN"
          + identifier.map(name -> " (" + name + " says the digest is an identifier)").orElse("")
          + ", so what a collision would break is not shown.";
    }
  }

  /**
   * Why the weak {@code algorithm} in {@code code} (the method around it) is a protocol's own
   * construction rather than the code's choice, if its shape shows it ({@link PrescribedHash}).
   */
  public static Optional<String> prescribed(String code, String algorithm) {
    return PrescribedHash.inCode(code, algorithm);
  }

  /** What the names of the data, the digest, the function, its class and callers prove. */
  public static Proof proof(SyntaxTree tree, TSNode call, String algorithm) {
    TSNode function = enclosingFunction(call);
    Proof proof = proofOf(tree, call, function);
    TSNode scope = FUNCTIONS.contains(function.getType()) ? function : call;
    return PrescribedHash.of(tree, call, algorithm, scope, callerCode(tree, function))
        .map(proof::lowered)
        .orElse(proof);
  }

  private static Proof proofOf(SyntaxTree tree, TSNode call, TSNode function) {
    Optional<String> sensitive =
        sensitive(namesAround(tree, call), "the names around it")
            .or(() -> sensitive(hashed(tree, call, function), "what it hashes"))
            .or(() -> sensitive(parameters(tree, function), "the parameters of its function"))
            .or(() -> sensitive(callerNames(tree, function), "the names of the code calling it"));
    return new Proof(sensitive, identifier(namesAround(tree, call)));
  }

  /** What {@code names} (the class, method, variables, parameters and data of a hash) prove. */
  public static Proof proof(String names) {
    return new Proof(sensitive(names, "the names around it"), identifier(names));
  }

  private static Optional<String> sensitive(String names, String where) {
    var matcher = SENSITIVE.matcher(snake(names));
    return matcher.find()
        ? Optional.of("'" + matcher.group().replaceAll("^[^a-z]+|[^a-z]+$", "") + "' in " + where)
        : Optional.empty();
  }

  private static Optional<String> identifier(String names) {
    var matcher = IDENTIFIER.matcher(snake(names));
    return matcher.find()
        ? Optional.of("'" + matcher.group().replaceAll("^[^a-z]+|[^a-z]+$", "") + "'")
        : Optional.empty();
  }

  // md5(password.encode()), and h.update(secret) in the same function: the data that goes in
  private static String hashed(SyntaxTree tree, TSNode call, TSNode function) {
    StringBuilder data = new StringBuilder(argumentsOf(tree, call));
    if (FUNCTIONS.contains(function.getType())) {
      SyntaxTree.walk(
          function,
          node -> {
            if (data.length() < MAX_NAMES && CALLS.contains(node.getType())) {
              TSNode callee = node.getChildByFieldName("function");
              if (!callee.isNull() && tree.text(callee).endsWith(".update")) {
                data.append(' ').append(argumentsOf(tree, node));
              }
            }
          });
    }
    return data.toString();
  }

  private static String argumentsOf(SyntaxTree tree, TSNode call) {
    TSNode arguments = call.getChildByFieldName("arguments");
    if (arguments == null || arguments.isNull()) {
      return "";
    }
    String text = tree.text(arguments);
    return text.length() > MAX_NAMES ? text.substring(0, MAX_NAMES) : text;
  }

  private static String parameters(SyntaxTree tree, TSNode function) {
    if (function.isNull()) {
      return "";
    }
    TSNode parameters = function.getChildByFieldName("parameters");
    if (parameters == null || parameters.isNull()) {
      parameters = function.getChildByFieldName("parameter");
    }
    return parameters == null || parameters.isNull() ? "" : tree.text(parameters);
  }

  /** What says the hash at {@code call} is not for security, if anything does. */
  public static Optional<String> nonSecurity(SyntaxTree tree, TSNode call) {
    Optional<String> named = inNames(namesAround(tree, call));
    if (named.isPresent()) {
      return named;
    }
    Optional<String> code = inCode(tree.text(enclosingFunction(call)));
    if (code.isPresent()) {
      return code;
    }
    return byCallers(tree, call);
  }

  // def generate_hash(...) called from cache_key(), hash(sess) called from isModified(): a helper
  // is for what the code calling it in the same file does with its result
  private static Optional<String> byCallers(SyntaxTree tree, TSNode call) {
    return inNames(callerNames(tree, enclosingFunction(call)))
        .map(reason -> reason.replace("the names around it", "the names of the code calling it"));
  }

  // The names around each call of the helper {@code function} elsewhere in the file.
  private static String callerNames(SyntaxTree tree, TSNode function) {
    TSNode name = function.isNull() ? function : function.getChildByFieldName("name");
    if (name == null || name.isNull()) {
      return "";
    }
    String helper = tree.text(name);
    if (helper.isEmpty() || helper.length() > 100) {
      return "";
    }
    StringBuilder callers = new StringBuilder();
    int[] found = {0};
    tree.walk(
        node -> {
          if (found[0] < MAX_CALLERS
              && CALLS.contains(node.getType())
              && calls(tree, node, helper)
              && !within(node, function)) {
            found[0]++;
            callers.append(namesAround(tree, node));
          }
        });
    return callers.toString();
  }

  // The code of the functions that call the helper {@code function} elsewhere in the file.
  private static String callerCode(SyntaxTree tree, TSNode function) {
    TSNode name = function.isNull() ? function : function.getChildByFieldName("name");
    if (name == null || name.isNull() || tree.text(name).length() > 100) {
      return "";
    }
    String helper = tree.text(name);
    StringBuilder code = new StringBuilder();
    int[] found = {0};
    tree.walk(
        node -> {
          if (found[0] < MAX_CALLERS
              && CALLS.contains(node.getType())
              && callsOwn(tree, node, helper)
              && !within(node, function)) {
            found[0]++;
            TSNode caller = enclosingFunction(node);
            // a call at module level: its own statement, not the whole module
            String text = tree.text(FUNCTIONS.contains(caller.getType()) ? caller : node);
            code.append(text, 0, Math.min(text.length(), MAX_NAMES * 5)).append('\n');
          }
        });
    return code.toString();
  }

  private static final Set<String> CALLS = Set.of("call", "call_expression");
  private static final int MAX_CALLERS = 20;

  private static boolean calls(SyntaxTree tree, TSNode call, String helper) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.isNull()) {
      return false;
    }
    String text = tree.text(callee);
    return text.equals(helper) || text.endsWith("." + helper);
  }

  // helper(...), self.helper(...), this.helper(...): not any object's method of the same name
  private static boolean callsOwn(SyntaxTree tree, TSNode call, String helper) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.isNull()) {
      return false;
    }
    String text = tree.text(callee);
    return text.equals(helper)
        || text.equals("self." + helper)
        || text.equals("this." + helper)
        || text.equals("cls." + helper);
  }

  private static boolean within(TSNode node, TSNode scope) {
    return node.getStartByte() >= scope.getStartByte() && node.getEndByte() <= scope.getEndByte();
  }

  private static String namesAround(SyntaxTree tree, TSNode call) {
    StringBuilder names = new StringBuilder();
    for (TSNode up = call.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      if (!SCOPES.contains(up.getType())) {
        continue;
      }
      TSNode name = up.getChildByFieldName("name");
      if (name.isNull()) {
        name = up.getChildByFieldName("left");
      }
      if (name.isNull()) {
        name = up.getChildByFieldName("key");
      }
      if (!name.isNull() && name.getEndByte() - name.getStartByte() < 200) {
        names.append(tree.text(name)).append(' ');
      }
    }
    return names.toString();
  }

  /** What in the names around a hash (functions, classes, variables) says it is no security use. */
  public static Optional<String> inNames(String names) {
    var prescribed = PRESCRIBED.matcher(snake(names));
    if (prescribed.find()) {
      return Optional.of("'" + prescribed.group() + "' in the names around it");
    }
    return inNames(names, NON_SECURITY, SECURITY);
  }

  /**
   * What in {@code names} matches {@code nonSecurity}, unless something in them matches {@code
   * security}: the same reading of names for any primitive whose weakness depends on its use.
   */
  public static Optional<String> inNames(String names, Pattern nonSecurity, Pattern security) {
    String words = snake(names);
    if (security.matcher(words).find()) {
      // passwordHash() in a class named for ETags still hashes passwords
      return Optional.empty();
    }
    var matcher = nonSecurity.matcher(words);
    if (matcher.find()) {
      return Optional.of("'" + matcher.group() + "' in the names around it");
    }
    return Optional.empty();
  }

  /**
   * What in the code of the function around a hash says it computes the WebSocket accept key: the
   * RFC 6455 GUID, or the handshake headers the key comes from and the digest goes to.
   */
  public static Optional<String> inCode(String code) {
    String around = code.toLowerCase(Locale.ROOT);
    if (around.contains(WEBSOCKET_GUID)
        || around.contains("ws_key")
        || around.contains("sec-websocket-accept")
        || around.contains("sec-websocket-key")) {
      return Optional.of("it computes the WebSocket accept key (RFC 6455)");
    }
    if (around.contains("content-md5")) {
      return Optional.of("the Content-MD5 header it fills or checks prescribes MD5 (RFC 1864)");
    }
    return Optional.empty();
  }

  private static TSNode enclosingFunction(TSNode node) {
    TSNode current = node;
    for (TSNode up = node.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      current = up;
      if (FUNCTIONS.contains(up.getType())) {
        return up;
      }
    }
    return current;
  }

  // HTTPDigestAuth -> http_digest_auth, computeEtag -> compute_etag
  private static String snake(String text) {
    return text.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }
}
