package dev.reviewpanel.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;

/**
 * langchain4j chat models for our providers, declared by hand (no starter works with Boot 4), all
 * over {@link ProviderHttpClient}, deterministic (temperature 0) and without client-level retries
 * beyond {@link LlmSettings#maxRetries()}: the workers' reviewers and synthesis' summaries share
 * it.
 */
public final class ChatModels {

  static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

  private ChatModels() {}

  /** The chat model {@code settings} describe; throws when the provider is {@code none}. */
  public static ChatModel create(LlmSettings settings) {
    String model = modelName(settings);
    return switch (settings.provider()) {
      case OPENAI ->
          openAi(settings)
              .modelName(model)
              .timeout(settings.timeout())
              .maxRetries(settings.maxRetries())
              .maxTokens(settings.maxOutputTokens())
              .temperature(0.0)
              .build();
      case OLLAMA ->
          OllamaChatModel.builder()
              .httpClientBuilder(ProviderHttpClient.builder())
              .baseUrl(settings.baseUrl() == null ? OLLAMA_DEFAULT_URL : settings.baseUrl())
              .modelName(model)
              .timeout(settings.timeout())
              .maxRetries(settings.maxRetries())
              .numPredict(settings.maxOutputTokens())
              .temperature(0.0)
              .build();
      case NONE -> throw new IllegalArgumentException("no LLM provider configured");
    };
  }

  /** The model's name as sent and metered; {@code default} when none is configured. */
  public static String modelName(LlmSettings settings) {
    return settings.model() == null ? "default" : settings.model();
  }

  private static OpenAiChatModel.OpenAiChatModelBuilder openAi(LlmSettings settings) {
    OpenAiChatModel.OpenAiChatModelBuilder builder =
        OpenAiChatModel.builder()
            .httpClientBuilder(ProviderHttpClient.builder())
            .baseUrl(settings.baseUrl());
    String key = settings.apiKey();
    if (key != null && settings.apiKeyHeader() != null) {
      // Servers such as Azure OpenAI take the key in their own header, not as a bearer token.
      return builder.apiKey(null).customHeaders(Map.of(settings.apiKeyHeader(), key));
    }
    return builder.apiKey(key == null ? "unused" : key);
  }
}
