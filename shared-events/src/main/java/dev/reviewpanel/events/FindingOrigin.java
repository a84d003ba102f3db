package dev.reviewpanel.events;

/** Whether a finding came from a deterministic rule or from a language model. */
public enum FindingOrigin {
  RULE,
  LLM
}
