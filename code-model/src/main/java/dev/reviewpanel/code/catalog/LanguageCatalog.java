package dev.reviewpanel.code.catalog;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.catalog.Specs.Sanitizer.Role;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalog entries of one language, indexed for lookups by name. */
public final class LanguageCatalog {

  private final Language language;
  private final NameIndex<Specs.Source> accessSources;
  private final NameIndex<Specs.Source> callSources;
  private final List<Specs.Source> parameterSources;
  private final NameIndex<Specs.Sink> callSinks;
  private final NameIndex<Specs.Sink> assignSinks;
  private final List<Specs.Sink> returnSinks;
  private final NameIndex<Specs.Sanitizer> sanitizers;
  private final NameIndex<Specs.Sanitizer> guards;
  private final NameIndex<Specs.Sanitizer> lookups;
  private final NameIndex<Specs.Sanitizer> refuters;
  private final NameIndex<Specs.Propagator> propagators;
  private final List<Specs.Rule> rules;
  private final Map<String, List<Specs.Rule>> rulesBySink = new HashMap<>();

  LanguageCatalog(Catalog catalog, Language language) {
    this.language = language;
    List<Specs.Source> sources =
        catalog.sources().stream().filter(s -> s.languages().contains(language)).toList();
    accessSources = new NameIndex<>(sources, Specs.Source::access);
    callSources = new NameIndex<>(sources, Specs.Source::call);
    parameterSources = sources.stream().filter(s -> s.parameters() != null).toList();
    List<Specs.Sink> sinks =
        catalog.sinks().stream().filter(s -> s.languages().contains(language)).toList();
    callSinks = new NameIndex<>(sinks, Specs.Sink::call);
    assignSinks = new NameIndex<>(sinks, Specs.Sink::assign);
    returnSinks = sinks.stream().filter(s -> s.returnFrom() != null).toList();
    List<Specs.Sanitizer> cleaners =
        catalog.sanitizers().stream().filter(s -> s.languages().contains(language)).toList();
    sanitizers = new NameIndex<>(withRole(cleaners, Role.SANITIZER), Specs.Sanitizer::call);
    guards = new NameIndex<>(withRole(cleaners, Role.GUARD), Specs.Sanitizer::call);
    lookups = new NameIndex<>(withRole(cleaners, Role.LOOKUP), Specs.Sanitizer::call);
    refuters = new NameIndex<>(withRole(cleaners, Role.REFUTER), Specs.Sanitizer::call);
    propagators =
        new NameIndex<>(
            catalog.propagators().stream().filter(p -> p.languages().contains(language)).toList(),
            Specs.Propagator::call);
    rules = catalog.rules().stream().filter(r -> r.languages().contains(language)).toList();
    rules.forEach(
        r -> rulesBySink.computeIfAbsent(r.sink(), k -> new java.util.ArrayList<>()).add(r));
  }

  public Language language() {
    return language;
  }

  public NameIndex<Specs.Source> accessSources() {
    return accessSources;
  }

  public NameIndex<Specs.Source> callSources() {
    return callSources;
  }

  public List<Specs.Source> parameterSources() {
    return parameterSources;
  }

  public NameIndex<Specs.Sink> callSinks() {
    return callSinks;
  }

  public NameIndex<Specs.Sink> assignSinks() {
    return assignSinks;
  }

  public List<Specs.Sink> returnSinks() {
    return returnSinks;
  }

  public NameIndex<Specs.Sanitizer> sanitizers() {
    return sanitizers;
  }

  public NameIndex<Specs.Sanitizer> guards() {
    return guards;
  }

  /** Checks that hold when the value is unsafe: it is clean where they fail. */
  public NameIndex<Specs.Sanitizer> refuters() {
    return refuters;
  }

  /** Lookups in a store the server holds: their key is clean where the entry found exists. */
  public NameIndex<Specs.Sanitizer> lookups() {
    return lookups;
  }

  private static List<Specs.Sanitizer> withRole(List<Specs.Sanitizer> cleaners, Role role) {
    return cleaners.stream().filter(s -> s.role() == role).toList();
  }

  public NameIndex<Specs.Propagator> propagators() {
    return propagators;
  }

  public List<Specs.Rule> rules() {
    return rules;
  }

  /**
   * The sink kinds data of source kind {@code kind} no longer reaches after a call the review
   * cannot resolve, going by {@code names}: those of the rules that list the calls their sources
   * pass ({@code through-calls}) and do not list this one.
   */
  public Set<String> closedByUnresolved(String kind, List<String> names) {
    Set<String> closed = Set.of();
    for (Specs.Rule rule : rules) {
      if (rule.throughCalls() != null
          && rule.sourceKinds().contains(kind)
          && names.stream().noneMatch(rule.throughCalls()::matches)) {
        closed = closed.isEmpty() ? new HashSet<>() : closed;
        closed.add(rule.sink());
      }
    }
    return closed;
  }

  /**
   * The sink kinds that data built into text after {@code prefix}, the text's constant start, is
   * clean for: their rules' {@code clean-after-prefix} finds it there.
   */
  public java.util.Set<String> cleanAfterPrefix(String prefix) {
    java.util.Set<String> kinds = new java.util.HashSet<>();
    for (Specs.Rule rule : rules) {
      if (rule.cleanAfterPrefix() != null && rule.cleanAfterPrefix().matcher(prefix).find()) {
        kinds.add(rule.sink());
      }
    }
    return kinds;
  }

  /** The rules watching sinks of {@code kind}. */
  public List<Specs.Rule> rulesFor(String kind) {
    return rulesBySink.getOrDefault(kind, List.of());
  }
}
