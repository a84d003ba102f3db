package dev.reviewpanel.coordinator.security;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * API keys for {@code /api/**}; none configured means the API is open (local mode on loopback).
 *
 * @param apiKeys accepted keys, from the environment in real deployments; blank entries ignored
 */
@Validated
@ConfigurationProperties("review.security")
public record ApiKeyProperties(List<String> apiKeys) {

  public ApiKeyProperties {
    apiKeys =
        apiKeys == null
            ? List.of()
            : apiKeys.stream()
                .filter(Objects::nonNull)
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .toList();
  }
}
