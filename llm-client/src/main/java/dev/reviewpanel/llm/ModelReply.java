package dev.reviewpanel.llm;

/** What a model answered, and what the exchange cost in tokens. */
record ModelReply(String text, long inputTokens, long outputTokens) {}
