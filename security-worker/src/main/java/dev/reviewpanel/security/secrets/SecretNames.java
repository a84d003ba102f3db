package dev.reviewpanel.security.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an identifier names a credential, word by word, so {@code dbPassword}, {@code
 * API_KEY} and {@code client-secret} match while {@code tokenizer}, {@code keyboard} and {@code
 * cacheKey} do not.
 */
public final class SecretNames {

  private static final Set<String> SECRET_WORDS =
      Set.of(
          "password",
          "passwd",
          "pwd",
          "passphrase",
          "secret",
          "token",
          "credential",
          "credentials",
          "apikey",
          "privatekey",
          "accesskey",
          "secretkey");
  private static final Set<String> KEY_QUALIFIERS =
      Set.of(
          "api",
          "private",
          "access",
          "secret",
          "signing",
          "encryption",
          "master",
          "auth",
          "session",
          "cookie",
          "jwt",
          "hmac");
  // Names that describe a secret (its parameter name, header, length, expiry) rather than hold it.
  private static final Set<String> DESCRIPTIVE_SUFFIXES =
      Set.of(
          "name",
          "names",
          "param",
          "parameter",
          "header",
          "field",
          "prop",
          "property",
          "attr",
          "attribute",
          "label",
          "message",
          "msg",
          "path",
          "url",
          "uri",
          "endpoint",
          "file",
          "prefix",
          "suffix",
          "type",
          "types",
          "pattern",
          "regex",
          "format",
          "column",
          "policy",
          "length",
          "len",
          "count",
          "size",
          "expiry",
          "expiration",
          "ttl",
          "timeout",
          "validity",
          "mode",
          "id",
          "placeholder",
          "hint",
          "env",
          "var",
          "variable",
          "location",
          "store",
          "valid",
          "alg",
          "algorithm",
          "algorithms",
          "method",
          "methods",
          "ops",
          "operations",
          "scheme",
          "version",
          "encoding",
          "charset",
          "mechanism",
          "mechanisms",
          "scope",
          "scopes",
          "audience",
          "issuer",
          "lifetime");
  // messageKey, cacheKey, sortKey: keys a program looks things up by, never credentials
  private static final Set<String> LOOKUP_KEY_QUALIFIERS =
      Set.of(
          "message",
          "msg",
          "bundle",
          "resource",
          "i18n",
          "translation",
          "label",
          "lookup",
          "cache",
          "map",
          "sort",
          "primary",
          "foreign",
          "partition",
          "routing",
          "index",
          "registry",
          "row",
          "column",
          "property",
          "config",
          "setting",
          "attribute",
          "event",
          "metric",
          "state");
  private static final Pattern WORD_BOUNDARY =
      Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  private SecretNames() {}

  /** True when {@code identifier} names a credential value. */
  public static boolean isSecret(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return false;
    }
    List<String> words = words(identifier);
    if (words.isEmpty() || DESCRIPTIVE_SUFFIXES.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (SECRET_WORDS.contains(word)) {
        return true;
      }
      if ((word.equals("key") || word.equals("keys"))
          && i > 0
          && KEY_QUALIFIERS.contains(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code identifier} ends in "key" or "keys" whatever qualifies it ({@code
   * smsGatewayKey}): a key only when its value looks generated, which the caller checks.
   */
  public static boolean endsWithKey(String identifier) {
    if (identifier == null) {
      return false;
    }
    List<String> words = words(identifier);
    String last = words.isEmpty() ? "" : words.get(words.size() - 1);
    boolean lookup =
        words.size() > 1 && LOOKUP_KEY_QUALIFIERS.contains(words.get(words.size() - 2));
    return (last.equals("key") || last.equals("keys")) && !lookup;
  }

  /** The lower-case words of a camelCase, snake_case or kebab-case identifier. */
  public static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    for (String part : WORD_BOUNDARY.split(identifier)) {
      if (!part.isEmpty()) {
        words.add(part.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
