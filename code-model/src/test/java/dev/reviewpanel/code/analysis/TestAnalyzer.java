package dev.reviewpanel.code.analysis;

import java.util.Set;
import java.util.function.BiConsumer;

/** An analyzer whose work is a lambda, for the engine's tests. */
record TestAnalyzer(String name, Set<Language> languages, BiConsumer<ParsedFile, Findings> body)
    implements Analyzer {

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    body.accept(file, findings);
  }
}
