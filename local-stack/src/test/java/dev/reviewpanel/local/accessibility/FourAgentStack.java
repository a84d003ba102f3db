package dev.reviewpanel.local.accessibility;

import dev.reviewpanel.local.LocalKafkaBroker;
import dev.reviewpanel.local.LocalStack;
import dev.reviewpanel.local.ServiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link LocalStack} parameters to a stack for the test class: a broker, the standard
 * services but the SCM gateway, and the accessibility agent, the API behind {@link #API_KEY}.
 * Started on first use and closed after the class, so no stack outlives its tests (other tests in
 * the JVM measure the heap).
 */
public final class FourAgentStack implements ParameterResolver {

  public static final String API_KEY = "four-agents-" + UUID.randomUUID();

  // the coordinator's agent registry: the standard three and the fourth, configuration only
  private static final String[][] REGISTRY = {
    {"security", "java,python,javascript,typescript"},
    {"bug", "java,python,javascript,typescript"},
    {"performance", "java,python,javascript,typescript"},
    {"accessibility", "javascript,typescript"}
  };

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FourAgentStack.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalStack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext owner = context.getTestClass().isPresent() ? classContext(context) : context;
    return owner
        .getStore(NAMESPACE)
        .computeIfAbsent(Running.class, type -> new Running(start()), Running.class)
        .stack();
  }

  // the context of the top-level test class, whatever method or nested class asks
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
      current = current.getParent().orElseThrow();
    }
    return current;
  }

  private static LocalStack start() {
    // no pull requests here: the gateway stays out
    List<ServiceSpec> services = new ArrayList<>(ServiceSpec.standard());
    services.removeIf(service -> service.name().equals("scm-gateway"));
    // the fourth agent's worker starts before the coordinator, like the standard ones
    services.add(
        services.stream().map(ServiceSpec::name).toList().indexOf("coordinator"),
        new ServiceSpec(
            "accessibility",
            AccessibilityWorkerApplication.class,
            AccessibilityWorkerApplication.CONFIG_NAME));
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < REGISTRY.length; i++) {
      properties.put("review.agents.registry[" + i + "].id", REGISTRY[i][0]);
      properties.put("review.agents.registry[" + i + "].languages", REGISTRY[i][1]);
    }
    properties.put("review.security.api-keys", API_KEY);
    // a free port can be taken by another process before the broker binds it: then new ports
    for (int attempt = 1; ; attempt++) {
      try {
        return LocalStack.start(
            new LocalStack.Settings(
                null,
                LocalKafkaBroker.freePort(),
                LocalKafkaBroker.freePort(),
                Files.createTempDirectory("review-panel-four-agents-"),
                3,
                properties,
                services.stream().collect(Collectors.toMap(ServiceSpec::name, s -> 0)),
                services,
                Duration.ofSeconds(120)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        if (attempt == 3 || !portTaken(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean portTaken(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.BindException) {
        return true;
      }
    }
    return false;
  }

  /** The store closes it after the class. */
  private record Running(LocalStack stack) implements AutoCloseable {

    @Override
    public void close() {
      stack.close();
    }
  }
}
