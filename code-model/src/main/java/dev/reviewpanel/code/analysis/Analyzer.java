package dev.reviewpanel.code.analysis;

import java.util.Set;

/**
 * A deterministic check over one parsed file. Implementations are stateless and thread-safe; a
 * worker runs each analyzer in isolation, so one that throws never affects the others.
 */
public interface Analyzer {

  /** A stable name for logs and metrics, e.g. {@code java-sql-injection}. */
  String name();

  /** The languages this analyzer understands; it is only called for files in one of them. */
  Set<Language> languages();

  /** Reports what it finds in {@code file} to {@code findings}. */
  void analyze(ParsedFile file, Findings findings);
}
