package dev.reviewpanel.worker.llm;

import dev.reviewpanel.llm.LlmProperties;
import dev.reviewpanel.llm.LlmReviewer;
import dev.reviewpanel.llm.ReplyCache;
import dev.reviewpanel.worker.WorkerProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The LLM reviewer's beans, declared by hand (no langchain4j starter works with Boot 4): a {@link
 * LlmReviewer} exists only when {@code review.llm.provider} (or this agent's override) is not
 * {@code none}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
public class LlmConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

  @Bean
  @Conditional(ProviderConfigured.class)
  LlmReviewer reviewLlmReviewer(
      LlmProperties llm, WorkerProperties worker, MeterRegistry registry, ReplyCache cache) {
    log.info("LLM reviewer for {}: {}", worker.agent(), llm.forAgent(worker.agent()));
    return LlmReviewer.create(llm, worker.agent(), registry, Clock.systemUTC(), cache);
  }

  /** True when this worker's agent has a provider other than none. */
  static final class ProviderConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment env = context.getEnvironment();
      String agent = env.getProperty("review.worker.agent", "");
      String shared = env.getProperty("review.llm.provider", "none");
      String provider = env.getProperty("review.llm.agents." + agent + ".provider", shared);
      return !provider.isBlank() && !provider.trim().equalsIgnoreCase("none");
    }
  }
}
