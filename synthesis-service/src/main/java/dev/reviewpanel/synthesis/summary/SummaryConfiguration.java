package dev.reviewpanel.synthesis.summary;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The LLM summary writer, declared by hand, when a provider is set and summaries are enabled. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SummaryLlmProperties.class)
class SummaryConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SummaryConfiguration.class);

  @Bean
  @ConditionalOnExpression(
      "${review.llm.summary.enabled:false} and '${review.llm.provider:none}' != 'none'")
  LlmSummaryWriter reviewLlmSummaryWriter(SummaryLlmProperties llm, MeterRegistry registry) {
    log.info("LLM executive summaries from {}", llm);
    ChatModel chat = chatModel(llm);
    return new LlmSummaryWriter(
        (system, user) ->
            chat.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text(),
        llm.summary().timeout(),
        new SummaryCircuit(
            llm.circuitBreaker().failureThreshold(),
            llm.circuitBreaker().openDuration(),
            Clock.systemUTC()),
        registry,
        Clock.systemUTC());
  }

  static ChatModel chatModel(SummaryLlmProperties llm) {
    String model = llm.summary().model() != null ? llm.summary().model() : llm.model();
    if ("ollama".equalsIgnoreCase(llm.provider().trim())) {
      return OllamaChatModel.builder()
          .baseUrl(llm.baseUrl() == null ? "http://localhost:11434" : llm.baseUrl())
          .modelName(model)
          .timeout(llm.summary().timeout())
          .maxRetries(0)
          .numPredict(llm.summary().maxOutputTokens())
          .build();
    }
    OpenAiChatModel.OpenAiChatModelBuilder builder =
        OpenAiChatModel.builder()
            .baseUrl(llm.baseUrl())
            .modelName(model == null ? "default" : model)
            .timeout(llm.summary().timeout())
            .maxRetries(0)
            .maxTokens(llm.summary().maxOutputTokens());
    if (llm.apiKey() != null && llm.apiKeyHeader() != null) {
      return builder.customHeaders(Map.of(llm.apiKeyHeader(), llm.apiKey())).build();
    }
    return builder.apiKey(llm.apiKey() == null ? "unused" : llm.apiKey()).build();
  }
}
