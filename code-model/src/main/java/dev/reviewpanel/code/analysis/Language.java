package dev.reviewpanel.code.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the analyzers understand: programming languages with a syntax tree, and
 * configuration formats read line by line (for settings such as hard-coded passwords).
 */
public enum Language {
  JAVA("java", true, ".java"),
  PYTHON("python", true, ".py", ".pyi"),
  JAVASCRIPT("javascript", true, ".js", ".jsx", ".mjs", ".cjs"),
  TYPESCRIPT("typescript", true, ".ts", ".tsx", ".mts", ".cts"),
  PROPERTIES("properties", false, ".properties"),
  YAML("yaml", false, ".yml", ".yaml");

  private final String id;
  private final boolean syntaxTree;
  private final String[] extensions;

  Language(String id, boolean syntaxTree, String... extensions) {
    this.id = id;
    this.syntaxTree = syntaxTree;
    this.extensions = extensions;
  }

  /**
   * True for programming languages, parsed into a tree; false for configuration formats, which
   * analyzers read as lines.
   */
  public boolean hasSyntaxTree() {
    return syntaxTree;
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
