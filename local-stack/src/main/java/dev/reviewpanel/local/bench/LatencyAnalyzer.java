package dev.reviewpanel.local.bench;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.EnumSet;
import java.util.Set;

/** A benchmark analyzer that finds nothing and takes as long as its {@link LatencySource}. */
final class LatencyAnalyzer implements Analyzer {

  private final String agent;
  private final LatencySource source;

  LatencyAnalyzer(String agent, LatencySource source) {
    this.agent = agent;
    this.source = source;
  }

  @Override
  public String name() {
    return "simulated-model";
  }

  @Override
  public Set<Language> languages() {
    return EnumSet.allOf(Language.class);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    source.call(agent);
  }
}
