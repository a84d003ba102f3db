package dev.reviewpanel.coordinator.planning;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A file's language: its declared {@code language}, else the one its extension implies. */
@Component
public class LanguageDetector {

  // the same extensions as the workers' Language enum, so no shard names a language they lack
  private static final Map<String, String> BUILT_IN =
      Map.ofEntries(
          Map.entry("java", "java"),
          Map.entry("py", "python"),
          Map.entry("pyi", "python"),
          Map.entry("js", "javascript"),
          Map.entry("jsx", "javascript"),
          Map.entry("mjs", "javascript"),
          Map.entry("cjs", "javascript"),
          Map.entry("ts", "typescript"),
          Map.entry("tsx", "typescript"),
          Map.entry("mts", "typescript"),
          Map.entry("cts", "typescript"),
          Map.entry("properties", "properties"),
          Map.entry("yml", "yaml"),
          Map.entry("yaml", "yaml"),
          Map.entry("html", "html"),
          Map.entry("htm", "html"),
          Map.entry("jinja", "html"),
          Map.entry("jinja2", "html"),
          Map.entry("j2", "html"),
          Map.entry("djhtml", "html"),
          Map.entry("ejs", "ejs"),
          Map.entry("hbs", "handlebars"),
          Map.entry("handlebars", "handlebars"),
          Map.entry("mustache", "handlebars"),
          Map.entry("pug", "pug"),
          Map.entry("jade", "pug"),
          Map.entry("jsp", "jsp"),
          Map.entry("jspx", "jsp"),
          Map.entry("jspf", "jsp"),
          Map.entry("tag", "jsp"),
          Map.entry("xml", "xml"));

  private final Map<String, String> byExtension;

  public LanguageDetector(PlanningProperties properties) {
    Map<String, String> merged = new HashMap<>(BUILT_IN);
    properties
        .extensions()
        .forEach(
            (extension, language) ->
                merged.put(normalize(extension), language.toLowerCase(Locale.ROOT)));
    this.byExtension = Map.copyOf(merged);
  }

  /** The language id, or null when neither the declaration nor the extension names one. */
  public String detect(String path, String declared) {
    if (declared != null && !declared.isBlank()) {
      return declared.trim().toLowerCase(Locale.ROOT);
    }
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash + 1) {
      return null;
    }
    return byExtension.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String normalize(String extension) {
    String trimmed = extension.trim().toLowerCase(Locale.ROOT);
    return trimmed.startsWith(".") ? trimmed.substring(1) : trimmed;
  }
}
