package dev.reviewpanel.gateway.scm;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The client of each configured provider. */
@Component
public class ScmClients {

  private final Map<Provider, ScmClient> clients = new EnumMap<>(Provider.class);

  public ScmClients(List<ScmClient> clients) {
    clients.forEach(client -> this.clients.put(client.provider(), client));
  }

  public ScmClient of(Provider provider) {
    ScmClient client = clients.get(provider);
    if (client == null) {
      throw new IllegalStateException("no client for " + provider.displayName());
    }
    return client;
  }
}
