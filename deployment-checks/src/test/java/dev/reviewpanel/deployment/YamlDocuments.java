package dev.reviewpanel.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Safe YAML loading that rejects duplicate keys, the mistake that silently drops settings. */
final class YamlDocuments {

  private YamlDocuments() {}

  static List<Map<String, Object>> loadAll(String text) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : yaml().loadAll(text)) {
      if (document != null) {
        documents.add(Tree.map(document));
      }
    }
    return documents;
  }

  static Map<String, Object> load(String text) {
    List<Map<String, Object>> documents = loadAll(text);
    if (documents.size() != 1) {
      throw new IllegalArgumentException("expected one YAML document, got " + documents.size());
    }
    return documents.get(0);
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(new SafeConstructor(options));
  }
}
