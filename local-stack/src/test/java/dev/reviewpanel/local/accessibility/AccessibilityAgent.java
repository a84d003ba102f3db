package dev.reviewpanel.local.accessibility;

import dev.reviewpanel.local.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fourth agent, added to a stack by one worker and coordinator configuration only. */
public final class AccessibilityAgent {

  private static final String[][] REGISTRY = {
    {"security", "java,python,javascript,typescript"},
    {"bug", "java,python,javascript,typescript"},
    {"performance", "java,python,javascript,typescript"},
    {"accessibility", "javascript,typescript"}
  };

  private AccessibilityAgent() {}

  /** The standard services with the accessibility worker started before the coordinator. */
  public static List<ServiceSpec> services() {
    List<ServiceSpec> services = new ArrayList<>(ServiceSpec.standard());
    services.add(
        services.size() - 1,
        new ServiceSpec(
            "accessibility",
            AccessibilityWorkerApplication.class,
            AccessibilityWorkerApplication.CONFIG_NAME));
    return services;
  }

  /** The coordinator's agent registry with the fourth agent, as Spring properties. */
  public static Map<String, String> registry() {
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < REGISTRY.length; i++) {
      properties.put("review.agents.registry[" + i + "].id", REGISTRY[i][0]);
      properties.put("review.agents.registry[" + i + "].languages", REGISTRY[i][1]);
    }
    return properties;
  }
}
