package dev.reviewpanel.code.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the analyzers understand: programming languages with a syntax tree, configuration
 * formats read line by line (for settings such as hard-coded passwords), and template and markup
 * files read as text (for output written into a page without escaping, and SQL in MyBatis mappers).
 */
public enum Language {
  JAVA("java", Kind.CODE, ".java"),
  PYTHON("python", Kind.CODE, ".py", ".pyi"),
  JAVASCRIPT("javascript", Kind.CODE, ".js", ".jsx", ".mjs", ".cjs"),
  TYPESCRIPT("typescript", Kind.CODE, ".ts", ".tsx", ".mts", ".cts"),
  PROPERTIES("properties", Kind.CONFIGURATION, ".properties"),
  YAML("yaml", Kind.CONFIGURATION, ".yml", ".yaml"),
  /** HTML pages and the templates kept as HTML: Jinja2, Django, Thymeleaf. */
  HTML("html", Kind.TEMPLATE, ".html", ".htm", ".jinja", ".jinja2", ".j2", ".djhtml"),
  EJS("ejs", Kind.TEMPLATE, ".ejs"),
  HANDLEBARS("handlebars", Kind.TEMPLATE, ".hbs", ".handlebars", ".mustache"),
  PUG("pug", Kind.TEMPLATE, ".pug", ".jade"),
  JSP("jsp", Kind.TEMPLATE, ".jsp", ".jspx", ".jspf", ".tag"),
  /** XML documents, MyBatis mappers among them. */
  XML("xml", Kind.TEMPLATE, ".xml");

  /** How files of a language are read. */
  public enum Kind {
    /** Parsed into a syntax tree. */
    CODE,
    /** Settings read line by line. */
    CONFIGURATION,
    /** Markup and templates read as text. */
    TEMPLATE
  }

  private final String id;
  private final Kind kind;
  private final String[] extensions;

  Language(String id, Kind kind, String... extensions) {
    this.id = id;
    this.kind = kind;
    this.extensions = extensions;
  }

  /**
   * True for programming languages, parsed into a tree; false for configuration formats and
   * templates, which analyzers read as text.
   */
  public boolean hasSyntaxTree() {
    return kind == Kind.CODE;
  }

  public Kind kind() {
    return kind;
  }

  /** The wire id, as in {@code ReviewTask.File.language}. */
  public String id() {
    return id;
  }

  public static Optional<Language> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.id.equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  public static Optional<Language> fromPath(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      for (String extension : language.extensions) {
        if (lower.endsWith(extension)) {
          return Optional.of(language);
        }
      }
    }
    return Optional.empty();
  }

  /** The declared language when known, else the one the path suggests. */
  public static Optional<Language> of(String declared, String path) {
    return fromId(declared).or(() -> fromPath(path));
  }
}
