package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.TraceStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the last round's sink hits into findings, following the precision policy: remote sources
 * keep the rule's severity; local ones (files, environment, configuration, command line) are at
 * most MEDIUM with LOW confidence; parameters of functions nobody in the review calls are LOW;
 * structural hits (a dangerous call without a traced source) take the rule's structural severity;
 * data that reaches a property only by a spread that may replace what the code set there is at most
 * MEDIUM, and so is data that went through a map held in a field and was read back under a key that
 * may not be the one it was stored under. One finding per rule and line, the most severe.
 */
final class FindingsOf {

  // Java annotations that say nothing about who calls the method
  private static final java.util.Set<String> NOT_FRAMEWORK =
      java.util.Set.of(
          "Override", "SuppressWarnings", "Deprecated", "SafeVarargs", "Transactional", "Nullable");

  private final Review review;
  private final Map<String, Language> languages = new HashMap<>();
  private final Map<String, TaintFinding> byKey = new LinkedHashMap<>();

  FindingsOf(Review review) {
    this.review = review;
    for (CodeModel model : review.symbols.models()) {
      languages.put(model.path(), model.language());
    }
  }

  List<TaintFinding> findings() {
    review.hits().values().forEach(hits -> hits.forEach(this::sourced));
    for (CodeModel model : review.symbols.models()) {
      for (Function function : model.functions()) {
        if (function.kind() != Function.Kind.LAMBDA
            && function.kind() != Function.Kind.MODULE
            && !review.isCalled(function)) {
          review.summary(function).parameterSinks().forEach(h -> entryPoint(function, h));
        }
      }
    }
    review.structuralHits().values().forEach(hits -> hits.forEach(this::structural));
    return new ArrayList<>(byKey.values());
  }

  private void sourced(SinkHit hit) {
    Language language = languages.get(hit.path());
    String kind = hit.flow().origin().kind();
    for (Specs.Rule rule : review.catalog.forLanguage(language).rulesFor(hit.sink().kind())) {
      if (!rule.sourceKinds().contains(kind)) {
        continue;
      }
      boolean remote = kind.equals(Origin.REMOTE) || !kind.equals(Origin.LOCAL);
      Severity severity = remote ? rule.severity() : atMost(rule.severity(), rule.localSeverity());
      if (hit.sink().severity() != null) {
        severity = atMost(severity, hit.sink().severity());
      }
      Confidence confidence = remote ? rule.confidence() : Confidence.LOW;
      String message = Message.of(rule, hit);
      if (hit.flow().overriding()) {
        // {theme, ...query}: the code set the property; the input replaces it only if it has it
        severity = atMost(severity, Severity.MEDIUM);
        confidence = Confidence.LOW;
        message += Message.OVERRIDING;
      } else if (hit.flow().throughMapMaybe()) {
        // put(LOCALE, locale) then get(key): the map yields the data only if the keys agree
        severity = atMost(severity, Severity.MEDIUM);
        confidence = Confidence.LOW;
        message += Message.throughMap(hit.flow());
      }
      add(rule, language, hit, severity, confidence, message);
    }
  }

  private void entryPoint(Function function, SinkHit hit) {
    if (function.annotations().stream().anyMatch(a -> !NOT_FRAMEWORK.contains(a.simpleName()))) {
      // a decorated or annotated function is called by its framework, whose inputs the
      // catalog's sources already model
      return;
    }
    Language language = languages.get(hit.path());
    for (Specs.Rule rule : review.catalog.forLanguage(language).rulesFor(hit.sink().kind())) {
      boolean counts =
          rule.entryPoints() == Specs.Rule.EntryPoints.ANY
              || (rule.entryPoints() == Specs.Rule.EntryPoints.BUILT && hit.flow().built());
      if (counts) {
        add(
            rule,
            language,
            hit,
            Severity.LOW,
            Confidence.LOW,
            Message.entryPoint(rule, function, hit));
      }
    }
  }

  private void structural(SinkHit hit) {
    Language language = languages.get(hit.path());
    for (Specs.Rule rule : review.catalog.forLanguage(language).rulesFor(hit.sink().kind())) {
      if (rule.structural() != null) {
        add(rule, language, hit, rule.structural(), Confidence.LOW, Message.structural(rule, hit));
      }
    }
  }

  private void add(
      Specs.Rule rule,
      Language language,
      SinkHit hit,
      Severity severity,
      Confidence confidence,
      String message) {
    String path = hit.path();
    int line = hit.line();
    if (rule.reportAtSource() && hit.flow() != null && !hit.flow().origin().isParameter()) {
      path = hit.flow().origin().path();
      line = hit.flow().origin().line();
    }
    String key = rule.id(language) + "@" + path + ":" + line;
    TaintFinding existing = byKey.get(key);
    if (existing != null && existing.severity().compareTo(severity) <= 0) {
      return; // Severity is ordered most severe first
    }
    List<TraceStep> trace =
        hit.flow() == null
            ? List.of(new TraceStep(hit.path(), hit.line(), TraceStep.Kind.SINK, hit.what()))
            : Message.trace(hit);
    byKey.put(
        key, new TaintFinding(rule, language, path, line, severity, confidence, message, trace));
  }

  private static Severity atMost(Severity severity, Severity cap) {
    return severity.compareTo(cap) < 0 ? cap : severity;
  }
}
