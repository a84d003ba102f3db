package dev.reviewpanel.gateway.scm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code scm_gateway_provider_calls_total{provider, status}}: every call to a provider's API. */
@Component
public class ProviderMetrics {

  private final MeterRegistry registry;

  public ProviderMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void call(Provider provider, String status) {
    Counter.builder("scm.gateway.provider.calls")
        .description("Calls to a provider's REST API, by HTTP status (or unreachable)")
        .tag("provider", provider.id())
        .tag("status", status)
        .register(registry)
        .increment();
  }
}
