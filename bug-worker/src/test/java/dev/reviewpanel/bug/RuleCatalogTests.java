package dev.reviewpanel.bug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

class RuleCatalogTests {

  @Test
  void shouldDeclareCompleteRulesWithUniqueIdsNamedAfterTheirLanguage() throws Exception {
    List<Rule> rules = new ArrayList<>();
    for (Class<?> type : analyzerClasses()) {
      Set<String> prefixes = new HashSet<>();
      for (Language language : newInstance(type).languages()) {
        prefixes.add(
            switch (language) {
              case JAVA -> "java";
              case PYTHON -> "python";
              default -> "javascript";
            });
      }
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          Rule rule = (Rule) field.get(null);
          assertThat(rule.id()).matches("[a-z]+\\.[a-z-]+");
          assertThat(prefixes).contains(rule.id().substring(0, rule.id().indexOf('.')));
          assertThat(rule.category()).isNotBlank();
          assertThat(rule.severity()).isNotNull();
          assertThat(rule.confidence()).isNotNull();
          assertThat(rule.title()).isNotBlank();
          assertThat(rule.recommendation()).isNotBlank();
          if (rule.cwe() != null) {
            assertThat(rule.cwe()).matches("CWE-\\d+");
          }
          rules.add(rule);
        }
      }
    }
    assertThat(rules).hasSizeGreaterThanOrEqualTo(32);
    assertThat(new HashSet<>(rules.stream().map(Rule::id).toList())).hasSameSizeAs(rules);
  }

  private static List<Class<?>> analyzerClasses() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Analyzer.class));
    List<Class<?>> classes = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("dev.reviewpanel.bug")) {
      classes.add(Class.forName(candidate.getBeanClassName()));
    }
    assertThat(classes).hasSize(21);
    return classes;
  }

  private static Analyzer newInstance(Class<?> type) throws ReflectiveOperationException {
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    return (Analyzer) constructor.newInstance();
  }
}
