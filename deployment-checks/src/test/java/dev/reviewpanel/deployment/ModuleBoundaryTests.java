package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.deployment.ProjectModules.Module;
import dev.reviewpanel.deployment.ProjectModules.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on the sources and poms of every module in the root pom: a
 * module never uses another service's packages (local-stack, which composes the services, only
 * their application classes); libraries stay free of services and, where they say so, of Spring and
 * Kafka; a test jar (or the test-support module) is never a production dependency; no service
 * depends on another. Each rule is one test; a new rule is a new test over {@link ProjectModules}.
 */
class ModuleBoundaryTests {

  /** The module that starts the services in one JVM: it may name their application classes. */
  static final String COMPOSER = "local-stack";

  /** The module of what tests share: a jar of main classes, but for test scope only. */
  static final String TEST_SUPPORT = "test-support";

  /** Libraries that promise no Spring and no Kafka, so anything can embed them. */
  static final Set<String> FRAMEWORK_FREE =
      Set.of("shared-events", "code-model", "review-report", TEST_SUPPORT);

  private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");

  private static List<Module> modules;
  private static Map<String, Module> serviceByPackage;

  @BeforeAll
  static void readProject() {
    modules = ProjectModules.all();
    serviceByPackage = new LinkedHashMap<>();
    for (Module module : modules) {
      if (module.isService()) {
        module.ownPackages().forEach(p -> serviceByPackage.put(p, module));
      }
    }
  }

  @Test
  void shouldFindTheModulesAndServices() {
    assertThat(modules)
        .extracting(Module::name)
        .contains("review-report", "synthesis-service", TEST_SUPPORT);
    assertThat(serviceByPackage)
        .containsKeys("dev.reviewpanel.coordinator", "dev.reviewpanel.synthesis")
        .doesNotContainKeys("dev.reviewpanel.report", "dev.reviewpanel.worker");
  }

  @Test
  void shouldNeverUseAnotherServicesPackages() {
    List<String> violations = new ArrayList<>();
    for (Module module : modules) {
      for (String set : List.of("main", "test")) {
        for (Path source : module.sources(set)) {
          for (Reference ref : ProjectModules.references(source)) {
            Module owner = serviceByPackage.get(ref.topPackage());
            if (owner != null && !owner.equals(module) && !composesApplication(module, ref)) {
              violations.add(
                  module.name() + ": " + relative(source) + " uses " + ref.qualifiedName());
            }
          }
        }
      }
    }
    assertThat(violations).as("references to another service's packages").isEmpty();
  }

  @Test
  void shouldKeepFrameworkFreeLibrariesFreeOfSpringAndKafka() {
    List<String> violations = new ArrayList<>();
    for (Module module : modules) {
      if (!FRAMEWORK_FREE.contains(module.name())) {
        continue;
      }
      for (Path source : module.sources("main")) {
        String code = JavaText.codeOnly(ProjectModules.read(source));
        if (code.contains("org.springframework.") || code.contains("org.apache.kafka.")) {
          violations.add(module.name() + ": " + relative(source));
        }
      }
    }
    assertThat(violations).as("Spring or Kafka in a framework-free library").isEmpty();
  }

  @Test
  void shouldNeverMakeATestJarAProductionDependency() {
    List<String> violations = new ArrayList<>();
    for (Module module : modules) {
      Matcher m = DEPENDENCY.matcher(withoutManagement(module.pom()));
      while (m.find()) {
        String dependency = m.group(1);
        boolean testJar =
            dependency.contains("<type>test-jar</type>")
                || dependency.contains("<classifier>tests</classifier>")
                || tag(dependency, "artifactId").equals(TEST_SUPPORT);
        if (testJar && !dependency.contains("<scope>test</scope>")) {
          violations.add(module.name() + ": " + tag(dependency, "artifactId"));
        }
      }
    }
    assertThat(violations).as("test jars outside test scope").isEmpty();
  }

  @Test
  void shouldNeverLetAServiceOrALibraryDependOnAService() {
    Set<String> services =
        Set.copyOf(serviceByPackage.values().stream().map(Module::name).toList());
    List<String> violations = new ArrayList<>();
    for (Module module : modules) {
      if (module.name().equals(COMPOSER) || !module.sources("main").iterator().hasNext()) {
        continue; // the composer runs them; a tests-only module reads them as test dependencies
      }
      Matcher m = DEPENDENCY.matcher(withoutManagement(module.pom()));
      while (m.find()) {
        String artifact = tag(m.group(1), "artifactId");
        if (services.contains(artifact) && !artifact.equals(module.name())) {
          violations.add(module.name() + " depends on " + artifact);
        }
      }
    }
    assertThat(violations).as("dependencies on a service module").isEmpty();
  }

  // local-stack starts each service by its application class in the service's top package
  private static boolean composesApplication(Module module, Reference ref) {
    String rest = ref.qualifiedName().substring(ref.topPackage().length());
    return module.name().equals(COMPOSER) && rest.matches("\\.[A-Z][A-Za-z0-9]*Application");
  }

  private static String withoutManagement(String pom) {
    return pom.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "");
  }

  private static String tag(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
    return m.find() ? m.group(1).strip() : "?";
  }

  private static String relative(Path source) {
    return ProjectFiles.root().relativize(source).toString();
  }
}
