package dev.reviewpanel.code.analysis;

import java.util.Set;

/**
 * An analyzer whose name and languages are fixed when it is made, so each check states them once,
 * in its constructor, and is only its analysis.
 */
public abstract class NamedAnalyzer implements Analyzer {

  private final String name;
  private final Set<Language> languages;

  /**
   * @param name the analyzer's stable name, e.g. {@code java-sql-injection}
   * @param languages the languages it understands
   */
  protected NamedAnalyzer(String name, Set<Language> languages) {
    if (name == null || name.isBlank() || languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException("an analyzer needs a name and at least one language");
    }
    this.name = name;
    this.languages = Set.copyOf(languages);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<Language> languages() {
    return languages;
  }
}
