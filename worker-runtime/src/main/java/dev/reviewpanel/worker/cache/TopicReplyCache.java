package dev.reviewpanel.worker.cache;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.llm.ReplyCache;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/** The LLM's answers, shared by every worker instance through {@code review-llm-cache}. */
final class TopicReplyCache implements ReplyCache {

  private final CompactedTopicCache topic;

  TopicReplyCache(CompactedTopicCache topic) {
    this.topic = topic;
  }

  @Override
  public Optional<CachedReply> find(String key) {
    return topic.get(key).flatMap(TopicReplyCache::read);
  }

  @Override
  public void store(String key, CachedReply reply) {
    topic.put(key, EventJson.mapper().writeValueAsBytes(reply));
  }

  // An entry another version wrote in another shape is a miss, not an error.
  private static Optional<CachedReply> read(byte[] value) {
    try {
      return Optional.of(EventJson.mapper().readValue(value, CachedReply.class));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
