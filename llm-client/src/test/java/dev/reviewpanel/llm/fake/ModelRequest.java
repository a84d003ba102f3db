package dev.reviewpanel.llm.fake;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One request the fake server received.
 *
 * @param system the system message, or "" when none
 * @param user the user messages, joined
 * @param responseFormat OpenAI's {@code response_format} or Ollama's {@code format}, or null
 * @param authorization the {@code Authorization} header, or null
 */
public record ModelRequest(
    Dialect dialect,
    String model,
    String system,
    String user,
    JsonNode responseFormat,
    String authorization,
    JsonNode body) {

  static ModelRequest of(Dialect dialect, JsonNode body, String authorization) {
    String system = "";
    List<String> user = new ArrayList<>();
    for (JsonNode message : body.path("messages")) {
      String role = message.path("role").asString("");
      String content = message.path("content").asString("");
      if (role.equals("system")) {
        system = content;
      } else if (role.equals("user")) {
        user.add(content);
      }
    }
    JsonNode format = dialect == Dialect.OPENAI ? body.get("response_format") : body.get("format");
    return new ModelRequest(
        dialect,
        body.path("model").asString(""),
        system,
        String.join("\n", user),
        format,
        authorization,
        body);
  }

  /** True when the system prompt names this agent's domain. */
  public boolean isFor(String agent) {
    return system.toLowerCase().contains("agent: " + agent);
  }
}
