package dev.reviewpanel.coordinator.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Guards {@code /api/*} only; actuator health and metrics stay open for probes and scrapers. */
@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

  @Bean
  FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeyProperties properties) {
    FilterRegistrationBean<ApiKeyFilter> registration =
        new FilterRegistrationBean<>(new ApiKeyFilter(properties.apiKeys()));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
