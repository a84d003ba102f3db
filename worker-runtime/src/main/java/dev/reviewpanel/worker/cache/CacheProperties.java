package dev.reviewpanel.worker.cache;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The caches of work already done ({@code review.cache.*}), each a compacted topic every worker
 * instance reads into a bounded local copy.
 *
 * @param llm the model's answers per chunk ({@code review-llm-cache})
 * @param rules the rules' results per task ({@code review-rules-cache})
 * @param retention how long an entry stays in its topic: keys of old prompts, rule versions or code
 *     are never asked for again, and compaction alone would keep them for ever
 */
@Validated
@ConfigurationProperties("review.cache")
public record CacheProperties(
    @Valid @NotNull @DefaultValue Store llm,
    @Valid @NotNull @DefaultValue Store rules,
    @NotNull @DefaultValue("30d") Duration retention) {

  /**
   * One cache.
   *
   * @param enabled false: nothing is looked up or stored
   * @param maxEntries entries kept in memory by each instance
   * @param maxBytes bytes kept in memory by each instance
   */
  public record Store(
      @DefaultValue("true") boolean enabled,
      @Min(0) @DefaultValue("20000") int maxEntries,
      @NotNull @DefaultValue("64MB") DataSize maxBytes) {}
}
