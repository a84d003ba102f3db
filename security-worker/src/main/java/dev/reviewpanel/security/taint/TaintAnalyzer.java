package dev.reviewpanel.security.taint;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.catalog.Catalog;
import dev.reviewpanel.code.taint.TaintAnalysis;
import dev.reviewpanel.code.taint.TaintEngine;
import dev.reviewpanel.code.taint.TaintFinding;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every taint rule of the catalog ({@code catalog/*.yml}) for the languages it covers: the review's
 * files are modelled once, the engine runs once over all of them, and each file's turn reports the
 * findings whose sink is in it, with their traces. The catalog is read and validated when the
 * worker starts: a broken file stops it with the file and line.
 */
@Component
public class TaintAnalyzer implements Analyzer {

  static final String CATALOG = "catalog";

  private final TaintEngine engine;
  private final Set<Language> languages = EnumSet.noneOf(Language.class);

  public TaintAnalyzer() {
    this(Catalog.fromClasspath(CATALOG, TaintAnalyzer.class.getClassLoader()));
  }

  TaintAnalyzer(Catalog catalog) {
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
    for (TaintFinding finding : TaintAnalysis.of(file, engine).findings(file.path())) {
      var spec = finding.rule();
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
}
