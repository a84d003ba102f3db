package dev.reviewpanel.llm;

import java.util.Optional;

/**
 * Model answers kept by what was asked, so unchanged code is never paid for twice: the key covers
 * the model, the prompt version, the agent and the chunk's content (see {@link ChunkKey}).
 * Implementations are thread-safe and may be shared by every instance of a worker.
 */
public interface ReplyCache {

  /** No cache: every chunk goes to the model. */
  ReplyCache NONE =
      new ReplyCache() {
        @Override
        public Optional<CachedReply> find(String key) {
          return Optional.empty();
        }

        @Override
        public void store(String key, CachedReply reply) {}
      };

  Optional<CachedReply> find(String key);

  void store(String key, CachedReply reply);

  /**
   * A model's answer for one chunk.
   *
   * @param model the model that answered
   * @param text the answer as received
   * @param firstLine the first line the chunk showed: answers speak in absolute line numbers, so a
   *     reuse where the same code moved is shifted by the difference
   * @param inputTokens what the answer cost when it was asked
   */
  record CachedReply(
      String model, String text, int firstLine, long inputTokens, long outputTokens) {}
}
