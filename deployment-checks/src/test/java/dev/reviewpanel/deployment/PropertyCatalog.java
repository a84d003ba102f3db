package dev.reviewpanel.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration properties one service really reads: Spring Boot's own (from the configuration
 * metadata in the jars on the classpath), the service's {@code @ConfigurationProperties} records,
 * and the keys and placeholders of its config file. Answers whether an environment variable binds
 * to one of them under Spring's relaxed binding.
 */
final class PropertyCatalog {

  private static final List<String> BOOT_METADATA =
      List.of(
          "META-INF/spring-configuration-metadata.json",
          "META-INF/additional-spring-configuration-metadata.json");

  /** Environment variables the JVM itself reads, not Spring. */
  private static final List<String> JVM_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS");

  private final List<Pattern> variables = new ArrayList<>();

  private PropertyCatalog() {}

  static PropertyCatalog forService(ServiceConfig service) {
    PropertyCatalog catalog = new PropertyCatalog();
    bootProperties().forEach(catalog::add);
    service.configurationPackages().stream()
        .flatMap(ConfigurationRecords::propertiesIn)
        .forEach(catalog::add);
    service.properties().keySet().forEach(k -> catalog.add(k.replaceAll("\\[\\d+]", "[*]")));
    service.placeholderNames().forEach(catalog::add);
    return catalog;
  }

  /** True when Spring binds {@code variable} to a known property (or the JVM reads it). */
  boolean binds(String variable) {
    return JVM_VARIABLES.contains(variable)
        || variables.stream().anyMatch(p -> p.matcher(variable).matches());
  }

  /**
   * Adds a property; {@code a.b[*].c} for list elements, {@code a.b.*} for map entries. The
   * variable form is upper case, dots to underscores, dashes removed (or, legacy form, to
   * underscores).
   */
  private void add(String property) {
    StringBuilder regex = new StringBuilder();
    for (String segment : property.split("\\.")) {
      boolean indexed = segment.endsWith("[*]");
      String name = indexed ? segment.substring(0, segment.length() - 3) : segment;
      if (!regex.isEmpty()) {
        regex.append('_');
      }
      if (name.equals("*")) {
        regex.append("[A-Z0-9_]+");
      } else {
        String upper = name.toUpperCase();
        regex
            .append("(?:")
            .append(Pattern.quote(upper.replace("-", "")))
            .append('|')
            .append(Pattern.quote(upper.replace('-', '_')))
            .append(')');
      }
      if (indexed) {
        regex.append("_\\d+");
      }
    }
    variables.add(Pattern.compile(regex.toString()));
  }

  private static Stream<String> bootProperties() {
    List<String> names = new ArrayList<>();
    JsonMapper json = JsonMapper.builder().build();
    for (String resource : BOOT_METADATA) {
      for (URL url : resources(resource)) {
        try (InputStream in = url.openStream()) {
          for (JsonNode property : json.readTree(in).path("properties")) {
            String name = property.path("name").asString();
            String type = property.path("type").asString("");
            names.add(type.startsWith("java.util.Map") ? name + ".*" : name);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return names.stream();
  }

  private static List<URL> resources(String name) {
    try {
      return Collections.list(PropertyCatalog.class.getClassLoader().getResources(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
