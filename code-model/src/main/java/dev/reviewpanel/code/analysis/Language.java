package dev.reviewpanel.code.analysis;

import java.util.Locale;
import java.util.Optional;

/** The languages the analyzers understand. */
public enum Language {
  JAVA("java", ".java"),
  PYTHON("python", ".py", ".pyi"),
  JAVASCRIPT("javascript", ".js", ".jsx", ".mjs", ".cjs"),
  TYPESCRIPT("typescript", ".ts", ".tsx", ".mts", ".cts");

  private final String id;
  private final String[] extensions;

  Language(String id, String... extensions) {
    this.id = id;
    this.extensions = extensions;
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
