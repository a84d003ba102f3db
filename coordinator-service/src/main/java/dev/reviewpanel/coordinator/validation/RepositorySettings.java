package dev.reviewpanel.coordinator.validation;

import dev.reviewpanel.code.config.InvalidConfigException;
import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.events.Baseline;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request's repository configuration and baseline, checked before anything is enqueued: an
 * invalid {@code .review-panel.yml} rejects the review with its key and line, never falls back to
 * defaults. The configuration travels in every task, so its size is bounded.
 */
final class RepositorySettings {

  static final int MAX_CONFIG_BYTES = 64 * 1024;
  static final int MAX_BASELINE_ENTRIES = 100_000;
  private static final int MAX_FINGERPRINT = 128;

  private RepositorySettings() {}

  static void check(String config, Baseline baseline) {
    if (config != null) {
      if (config.getBytes(StandardCharsets.UTF_8).length > MAX_CONFIG_BYTES) {
        throw new ReviewRejectedException(
            Rejection.INVALID_CONFIG,
            "config is larger than " + MAX_CONFIG_BYTES + " bytes",
            "config");
      }
      try {
        RepositoryConfigReader.read(config);
      } catch (InvalidConfigException e) {
        throw new ReviewRejectedException(Rejection.INVALID_CONFIG, e.getMessage(), "config");
      }
    }
    checkBaseline(baseline.findings());
  }

  private static void checkBaseline(List<Baseline.Entry> entries) {
    if (entries.size() > MAX_BASELINE_ENTRIES) {
      throw new ReviewRejectedException(
          Rejection.INVALID_BASELINE,
          entries.size() + " baseline entries, more than the limit of " + MAX_BASELINE_ENTRIES,
          "baseline.findings");
    }
    for (int i = 0; i < entries.size(); i++) {
      Baseline.Entry entry = entries.get(i);
      String fingerprint = entry == null ? null : entry.fingerprint();
      if (fingerprint == null || fingerprint.isBlank() || fingerprint.length() > MAX_FINGERPRINT) {
        throw new ReviewRejectedException(
            Rejection.INVALID_BASELINE,
            "a baseline entry needs a fingerprint of 1 to " + MAX_FINGERPRINT + " characters",
            "baseline.findings[" + i + "].fingerprint");
      }
    }
  }
}
