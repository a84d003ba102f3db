package dev.reviewpanel.local.bench;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.EnumSet;

/** A benchmark analyzer that finds nothing and takes as long as its {@link LatencySource}. */
final class LatencyAnalyzer extends NamedAnalyzer {

  private final String agent;
  private final LatencySource source;

  LatencyAnalyzer(String agent, LatencySource source) {
    super("simulated-model", EnumSet.allOf(Language.class));
    this.agent = agent;
    this.source = source;
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    source.call(agent);
  }
}
