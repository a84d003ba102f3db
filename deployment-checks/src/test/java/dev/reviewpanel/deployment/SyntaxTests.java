package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class SyntaxTests {

  static Stream<Path> yamlFiles() {
    List<Path> files = new ArrayList<>();
    files.add(ProjectFiles.resolve("docker-compose.yml"));
    files.addAll(ProjectFiles.under("k8s", ".yaml", ".yml"));
    files.addAll(ProjectFiles.under("observability", ".yaml", ".yml"));
    files.addAll(ProjectFiles.under("docker", ".yaml", ".yml"));
    return files.stream();
  }

  static Stream<Path> jsonFiles() {
    return Stream.concat(
        ProjectFiles.under("k8s", ".json").stream(),
        ProjectFiles.under("observability", ".json").stream());
  }

  @ParameterizedTest
  @MethodSource("yamlFiles")
  void shouldParseEveryYamlFileWithoutDuplicateKeys(Path file) throws IOException {
    String text = Files.readString(file);
    assertThatCode(() -> YamlDocuments.loadAll(text))
        .as(file.toString())
        .doesNotThrowAnyException();
    assertThat(YamlDocuments.loadAll(text)).as(file.toString()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("jsonFiles")
  void shouldParseEveryJsonFile(Path file) throws IOException {
    String text = Files.readString(file);
    assertThatCode(() -> JsonMapper.builder().build().readTree(text))
        .as(file.toString())
        .doesNotThrowAnyException();
  }

  @Test
  void shouldFindTheDeploymentFiles() {
    assertThat(yamlFiles()).hasSizeGreaterThan(15);
    assertThat(jsonFiles()).isNotEmpty();
  }
}
