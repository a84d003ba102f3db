package dev.reviewpanel.gateway.scm;

import dev.reviewpanel.events.EventJson;
import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** A provider's answer: status, headers and body bytes. */
public record ProviderResponse(int status, HttpHeaders headers, byte[] body) {

  public boolean found() {
    return status / 100 == 2;
  }

  public JsonNode json() {
    return EventJson.mapper().readTree(body);
  }
}
