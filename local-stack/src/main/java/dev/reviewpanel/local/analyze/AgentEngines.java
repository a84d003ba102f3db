package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.ParseCache;
import dev.reviewpanel.code.scope.TestCodePolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The workers' analyzers without Kafka: a plain Spring context per agent scans the worker's package
 * for its components, leaving out every {@code @Configuration} (the worker application and with it
 * the Kafka runtime), so an analyzer is built exactly as the worker builds it.
 */
final class AgentEngines {

  static final Map<String, String> PACKAGES =
      Map.of(
          "security", "dev.reviewpanel.security",
          "bug", "dev.reviewpanel.bug",
          "performance", "dev.reviewpanel.performance");
  static final List<String> ALL = List.of("security", "bug", "performance");

  private final Map<String, AnalysisEngine> engines;

  private AgentEngines(Map<String, AnalysisEngine> engines) {
    this.engines = engines;
  }

  /** Loads the analyzers of {@code agents}, in the order given, with the default policies. */
  static AgentEngines load(Collection<String> agents) {
    return load(agents, TestCodePolicy.DEFAULTS);
  }

  /** Loads the analyzers of {@code agents}, reporting test code as {@code testCode} says. */
  static AgentEngines load(Collection<String> agents, TestCodePolicy testCode) {
    return load(agents, testCode, ParseCache.NONE);
  }

  /** Loads the analyzers of {@code agents}, whose engines share the parses of {@code parses}. */
  static AgentEngines load(Collection<String> agents, ParseCache parses) {
    return load(agents, TestCodePolicy.DEFAULTS, parses);
  }

  private static AgentEngines load(
      Collection<String> agents, TestCodePolicy testCode, ParseCache parses) {
    Map<String, AnalysisEngine> engines = new LinkedHashMap<>();
    for (String agent : agents) {
      String basePackage = PACKAGES.get(agent);
      if (basePackage == null) {
        throw new IllegalArgumentException(
            "unknown agent '" + agent + "' (known: " + String.join(", ", ALL) + ")");
      }
      engines.put(
          agent,
          new AnalysisEngine(agent, analyzersIn(basePackage), Clock.systemUTC(), testCode, parses));
    }
    return new AgentEngines(engines);
  }

  private static List<Analyzer> analyzersIn(String basePackage) {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context);
      scanner.addExcludeFilter(new AnnotationTypeFilter(Configuration.class));
      scanner.scan(basePackage);
      context.refresh();
      // analyzers are stateless, so they outlive the context that built them
      return new ArrayList<>(context.getBeanProvider(Analyzer.class).orderedStream().toList());
    }
  }

  Map<String, AnalysisEngine> byAgent() {
    return engines;
  }

  List<String> agents() {
    return List.copyOf(engines.keySet());
  }
}
