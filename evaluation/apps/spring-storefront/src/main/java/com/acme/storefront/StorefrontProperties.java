package com.acme.storefront;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "storefront")
public record StorefrontProperties(
    String reportsDir,
    String uploadsDir,
    String catalogFeed,
    Ldap ldap,
    List<String> allowedReturnHosts) {

  public record Ldap(String url, String base, String bindDn, String bindPassword) {}
}
