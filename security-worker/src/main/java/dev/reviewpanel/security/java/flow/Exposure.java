package dev.reviewpanel.security.java.flow;

/** A kind of sink that untrusted data is still dangerous for, until a sanitizer removes it. */
public enum Exposure {
  /** Reaches an OS command: request data and the environment. */
  COMMAND,
  /** Reaches a file path: request data, unless normalized and checked against a base. */
  PATH,
  /** Reaches HTML output: request data, unless HTML-encoded. */
  HTML,
  /** Reaches a redirect target: request data, unless checked against allowed targets. */
  REDIRECT,
  /** Reaches an LDAP filter or XPath expression: request data, unless escaped for it. */
  QUERY,
  /** Reaches the URL of an outgoing request (SSRF): request data, unless allow-listed. */
  URL,
  /** Reaches a class or member name for reflection: request data, unless allow-listed. */
  REFLECTION,
  /** Reaches the trusted session state: request data, unless validated. */
  SESSION,
  /** Reaches a script or expression interpreter (code injection): request data. */
  CODE
}
