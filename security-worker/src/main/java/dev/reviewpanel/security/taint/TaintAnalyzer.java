package dev.reviewpanel.security.taint;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.catalog.Catalog;
import dev.reviewpanel.code.catalog.RepositoryEntries;
import dev.reviewpanel.code.taint.TaintAnalysis;
import dev.reviewpanel.code.taint.TaintEngine;
import dev.reviewpanel.code.taint.TaintFinding;
import dev.reviewpanel.security.syntax.RandomPurpose;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every taint rule of the catalog ({@code catalog/*.yml}) for the languages it covers: the review's
 * files are modelled once, the engine runs once over all of them, and each file's turn reports the
 * findings whose sink is in it, with their traces. The catalog is read and validated when the
 * worker starts: a broken file stops it with the file and line. A review whose repository adds
 * sources, sinks or sanitizers of its own ({@code taint} in {@code .review-panel.yml}) runs an
 * engine over the catalog with them.
 */
@Component
public class TaintAnalyzer implements Analyzer {

  static final String CATALOG = "catalog";

  // engines with a repository's own entries (taint: of .review-panel.yml), by their digest
  private static final int REPOSITORY_ENGINES = 32;

  private final Catalog catalog;
  private final TaintEngine engine;
  private final Set<Language> languages = EnumSet.noneOf(Language.class);
  private final Map<String, TaintEngine> repositoryEngines =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TaintEngine> eldest) {
          return size() > REPOSITORY_ENGINES;
        }
      };

  public TaintAnalyzer() {
    this(Catalog.fromClasspath(CATALOG, TaintAnalyzer.class.getClassLoader()));
  }

  TaintAnalyzer(Catalog catalog) {
    this.catalog = catalog;
    this.engine = new TaintEngine(catalog);
    catalog.rules().forEach(r -> languages.addAll(r.languages()));
  }

  @Override
  public String name() {
    return "taint";
  }

  @Override
  public Set<Language> languages() {
    return languages;
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    TaintEngine engine = engineFor(findings.policy().config().taint());
    for (TaintFinding finding : TaintAnalysis.of(file, engine).findings(file.path())) {
      var spec = finding.rule();
      if (spec.name().equals("insecure-random")
          && RandomPurpose.uniqueness(finding.trace()).isPresent()) {
        continue; // a boundary or temporary name needs values that differ, not secret ones
      }
      Rule rule =
          new Rule(
              finding.ruleId(),
              spec.category(),
              spec.cwe(),
              finding.severity(),
              finding.confidence(),
              spec.title(),
              spec.recommendation().getOrDefault(finding.language(), ""));
      findings.report(rule, finding.line(), finding.line(), finding.message(), finding.trace());
    }
  }

  // the repository's sources, sinks and sanitizers join the catalog for its reviews only
  private TaintEngine engineFor(RepositoryEntries entries) {
    if (entries.isEmpty()) {
      return engine;
    }
    synchronized (repositoryEngines) {
      return repositoryEngines.computeIfAbsent(
          entries.digest(), digest -> new TaintEngine(catalog.with(entries)));
    }
  }
}
