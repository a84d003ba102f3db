package dev.reviewpanel.llm.fake;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The two wire formats the fake server speaks. */
public enum Dialect {
  OPENAI {
    @Override
    String body(String model, String content, int inputTokens, int outputTokens) {
      ObjectNode root = JSON.createObjectNode();
      root.put("id", "chatcmpl-fake");
      root.put("object", "chat.completion");
      root.put("created", 1_700_000_000L);
      root.put("model", model);
      ArrayNode choices = root.putArray("choices");
      ObjectNode choice = choices.addObject();
      choice.put("index", 0);
      choice.putObject("message").put("role", "assistant").put("content", content);
      choice.put("finish_reason", "stop");
      root.putObject("usage")
          .put("prompt_tokens", inputTokens)
          .put("completion_tokens", outputTokens)
          .put("total_tokens", inputTokens + outputTokens);
      return root.toString();
    }
  },
  OLLAMA {
    @Override
    String body(String model, String content, int inputTokens, int outputTokens) {
      ObjectNode root = JSON.createObjectNode();
      root.put("model", model);
      root.put("created_at", "2026-01-01T00:00:00Z");
      root.putObject("message").put("role", "assistant").put("content", content);
      root.put("done", true);
      root.put("done_reason", "stop");
      root.put("prompt_eval_count", inputTokens);
      root.put("eval_count", outputTokens);
      return root.toString();
    }
  };

  private static final JsonMapper JSON = JsonMapper.builder().build();

  abstract String body(String model, String content, int inputTokens, int outputTokens);
}
