package dev.reviewpanel.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/**
 * A {@link ReviewModel} over a langchain4j {@link ChatModel}: OpenAI-compatible servers get the
 * findings JSON schema as {@code response_format}, Ollama gets {@code format: json}.
 */
final class ChatReviewModel implements ReviewModel {

  private final ChatModel chat;
  private final String name;
  private final ResponseFormat format;

  private ChatReviewModel(ChatModel chat, String name, ResponseFormat format) {
    this.chat = chat;
    this.name = name;
    this.format = format;
  }

  /** A model for {@code settings}, answering in the shape {@code schema} describes. */
  static ChatReviewModel of(LlmSettings settings, JsonSchema schema) {
    ResponseFormat format =
        switch (settings.provider()) {
          case OPENAI ->
              ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build();
          case OLLAMA -> ResponseFormat.JSON;
          case NONE -> throw new IllegalArgumentException("no LLM provider configured");
        };
    return new ChatReviewModel(ChatModels.create(settings), ChatModels.modelName(settings), format);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ModelReply ask(String system, String user) {
    ChatResponse response =
        chat.chat(
            ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(format)
                .build());
    String text = response.aiMessage() == null ? null : response.aiMessage().text();
    TokenUsage usage = response.tokenUsage();
    long in =
        usage == null || usage.inputTokenCount() == null
            ? estimate(system + user)
            : usage.inputTokenCount();
    long out =
        usage == null || usage.outputTokenCount() == null
            ? estimate(text)
            : usage.outputTokenCount();
    return new ModelReply(text == null ? "" : text, in, out);
  }

  private static long estimate(String text) {
    return TokenEstimate.of(text);
  }
}
