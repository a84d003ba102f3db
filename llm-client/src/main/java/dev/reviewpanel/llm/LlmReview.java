package dev.reviewpanel.llm;

import dev.reviewpanel.events.AgentResult.LlmUsage;
import dev.reviewpanel.events.Finding;
import java.util.List;

/**
 * What the LLM reviewer made of a task.
 *
 * @param findings the rule findings, unchanged, followed by the model's added findings
 * @param usage the model's part, for {@code AgentResult.llm}
 */
public record LlmReview(List<Finding> findings, LlmUsage usage) {

  public LlmReview {
    findings = List.copyOf(findings);
  }
}
