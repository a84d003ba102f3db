package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Locale;
import java.util.Set;

/** How a method call's result relates to its receiver and arguments, decided by name. */
enum CallKind {
  /** Returns request data: {@code request.getParameter(..)} and friends. */
  REQUEST_SOURCE,
  /** Returns the process environment: {@code System.getenv(..)}. */
  ENVIRONMENT_SOURCE,
  /** Encodes for HTML. */
  HTML_ENCODER,
  /** Returns its input only after validating it against a pattern or allow-list (ESAPI). */
  VALIDATOR,
  /** Escapes for an LDAP filter or XPath expression. */
  QUERY_ENCODER,
  /** Keeps only a file name, dropping directories. */
  BASE_NAME,
  /** Returns a number, boolean or other value that cannot carry injected text. */
  INERT,
  /** Builds a string from receiver and arguments: format, join, append, replace. */
  BUILDER,
  /** Returns the receiver (or sole argument) unchanged in substance: toString, trim. */
  IDENTITY,
  /** Returns something derived from receiver and arguments: substring, get, resolve. */
  DERIVED,
  /**
   * Looks data up by its arguments (repository finders, counts, checks): the result is stored data,
   * not the argument itself.
   */
  LOOKUP,
  /** Anything else. */
  OTHER;

  private static final Set<String> REQUEST_GETTERS =
      Set.of(
          "getParameter",
          "getParameterValues",
          "getParameterMap",
          "getParameterNames",
          "getHeader",
          "getHeaders",
          "getHeaderNames",
          "getCookies",
          "getQueryString",
          "getRequestURI",
          "getRequestURL",
          "getPathInfo",
          "getServletPath",
          "getInputStream",
          "getReader",
          "getPart",
          "getParts",
          "getRemoteUser",
          "getContentType");
  // Getters of request wrappers: getTheParameter, getFirstHeader, getCookieValue, getTheValue...
  private static final java.util.regex.Pattern WRAPPER_GETTER =
      java.util.regex.Pattern.compile(
          "get\\w*(Parameter|Param|Header|Cookie|QueryString|Value|Input|Body)\\w*");
  private static final Set<String> HTML_ENCODERS =
      Set.of(
          "htmlEscape",
          "escapeHtml",
          "escapeHtml4",
          "escapeHtml3",
          "escapeXml",
          "escapeXml10",
          "escapeXml11",
          "forHtml",
          "forHtmlContent",
          "forHtmlAttribute",
          "encodeForHTML",
          "encodeForHTMLAttribute",
          "sanitize");
  // ESAPI Validator: throws unless the input matches the named rule, so what returns is clean.
  private static final Set<String> VALIDATORS =
      Set.of(
          "getValidInput",
          "getValidFileName",
          "getValidDirectoryPath",
          "getValidRedirectLocation",
          "getValidNumber",
          "getValidInteger",
          "getValidDouble",
          "getValidDate");
  private static final Set<String> QUERY_ENCODERS =
      Set.of(
          "filterEncode",
          "nameEncode",
          "encodeForLDAP",
          "encodeForDN",
          "encodeForXPath",
          "escapeLDAPSearchFilter",
          "escapeDN");
  private static final Set<String> INERT_NAMES =
      Set.of(
          "parseInt",
          "parseLong",
          "parseShort",
          "parseDouble",
          "parseFloat",
          "parseBoolean",
          "fromString",
          "size",
          "length",
          "hashCode",
          "equals",
          "equalsIgnoreCase",
          "isEmpty",
          "isBlank",
          "contains",
          "containsKey",
          "startsWith",
          "endsWith",
          "matches",
          "compareTo",
          "indexOf",
          "lastIndexOf",
          "count",
          "currentTimeMillis",
          "nanoTime",
          "exists");
  private static final Set<String> NUMBER_TYPES =
      Set.of("Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "UUID");
  private static final Set<String> BUILDERS =
      Set.of(
          "format",
          "formatted",
          "join",
          "concat",
          "append",
          "insert",
          "replace",
          "replaceAll",
          "replaceFirst",
          "repeat",
          "copyValueOf");
  private static final Set<String> IDENTITIES =
      Set.of(
          "toString",
          "valueOf",
          "trim",
          "strip",
          "stripLeading",
          "stripTrailing",
          "toLowerCase",
          "toUpperCase",
          "intern",
          "orElse",
          "orElseGet",
          "orElseThrow",
          "requireNonNull",
          "requireNonNullElse",
          "getValue",
          "getFirst",
          "get",
          "getOrDefault");
  private static final Set<String> DERIVED_NAMES =
      Set.of(
          "substring",
          "split",
          "getBytes",
          "toCharArray",
          "chars",
          "lines",
          "stream",
          "map",
          "filter",
          "collect",
          "toList",
          "toArray",
          "iterator",
          "next",
          "of",
          "asList",
          "copyOf",
          "singletonList",
          "resolve",
          "resolveSibling",
          "toPath",
          "toFile",
          "getAbsolutePath",
          "toAbsolutePath",
          "normalize",
          "toRealPath",
          "getCanonicalPath",
          "getCanonicalFile",
          "getPath",
          "getParent",
          "toURI",
          "decode",
          "readLine",
          "readAllBytes",
          "getBody");

  private static final java.util.regex.Pattern LOOKUP_NAME =
      java.util.regex.Pattern.compile(
          "(find|load|fetch|count|exists|lookup|select|search|delete|save|persist|has|is|check"
              + "|validate|verify|authenticate|authorize|hash|digest|encrypt|sign|checksum"
              + "|sha\\d*|md5)([A-Z]\\w*)?");

  private static boolean isNewFile(MethodCallExpr call) {
    return call.getScope()
        .filter(s -> s.isObjectCreationExpr())
        .map(s -> s.asObjectCreationExpr().getType().getNameAsString().equals("File"))
        .orElse(false);
  }

  static CallKind of(MethodCallExpr call, boolean requestReceiver) {
    String name = call.getNameAsString();
    String scope = ScopeText.of(call);
    if (requestReceiver
        && (REQUEST_GETTERS.contains(name) || WRAPPER_GETTER.matcher(name).matches())) {
      return REQUEST_SOURCE;
    }
    if (name.equals("getenv") && scope.equals("System")) {
      return ENVIRONMENT_SOURCE;
    }
    if (HTML_ENCODERS.contains(name)
        || (name.equals("escape") && scope.toLowerCase(Locale.ROOT).contains("html"))) {
      return HTML_ENCODER;
    }
    if (VALIDATORS.contains(name)) {
      return VALIDATOR;
    }
    if (QUERY_ENCODERS.contains(name)) {
      return QUERY_ENCODER;
    }
    if (name.equals("getFileName")
        || (name.equals("getName") && (scope.equals("FilenameUtils") || isNewFile(call)))) {
      return BASE_NAME;
    }
    if (INERT_NAMES.contains(name)
        || (name.equals("valueOf") && NUMBER_TYPES.contains(scope))
        || (name.equals("encode") && scope.equals("URLEncoder"))) {
      return INERT;
    }
    if (BUILDERS.contains(name)) {
      return BUILDER;
    }
    if (IDENTITIES.contains(name)) {
      return IDENTITY;
    }
    if (DERIVED_NAMES.contains(name)) {
      return DERIVED;
    }
    return LOOKUP_NAME.matcher(name).matches() && !scope.isEmpty() ? LOOKUP : OTHER;
  }
}
