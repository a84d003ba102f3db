package dev.reviewpanel.coordinator.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class LanguageDetectorTests {

  private final LanguageDetector detector =
      new LanguageDetector(
          new PlanningProperties(50, DataSize.ofKilobytes(512), Map.of(".kt", "Kotlin")));

  @Test
  void shouldDetectLanguagesFromExtensions() {
    assertThat(detector.detect("src/A.java", null)).isEqualTo("java");
    assertThat(detector.detect("app/views.py", null)).isEqualTo("python");
    assertThat(detector.detect("web/a.mjs", null)).isEqualTo("javascript");
    assertThat(detector.detect("web/a.CJS", null)).isEqualTo("javascript");
    assertThat(detector.detect("web/Button.tsx", null)).isEqualTo("typescript");
    assertThat(detector.detect("build/Main.kt", null)).isEqualTo("kotlin");
  }

  @Test
  void shouldDetectTheExtensionsTheWorkersKnow() {
    assertThat(detector.detect("stubs/client.pyi", null)).isEqualTo("python");
    assertThat(detector.detect("web/server.mts", null)).isEqualTo("typescript");
    assertThat(detector.detect("web/legacy.CTS", null)).isEqualTo("typescript");
  }

  @Test
  void shouldPreferTheDeclaredLanguage() {
    assertThat(detector.detect("scripts/run", "Python")).isEqualTo("python");
  }

  @Test
  void shouldKnowNothingAboutOtherFiles() {
    assertThat(detector.detect("README.md", null)).isNull();
    assertThat(detector.detect("Makefile", null)).isNull();
    assertThat(detector.detect("config/.java", null)).isNull();
  }
}
