package dev.reviewpanel.coordinator.board;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Security headers on every response: the board's pages, its assets and the API. */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.addUrlPatterns("/*");
    // before the API key check, so a 401 carries the headers too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
