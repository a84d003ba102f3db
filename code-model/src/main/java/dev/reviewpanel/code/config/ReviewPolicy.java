package dev.reviewpanel.code.config;

import dev.reviewpanel.code.config.IgnoreComments.Directive;
import dev.reviewpanel.code.config.RepositoryConfig.Setting;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import java.util.Optional;
import java.util.Set;

/**
 * What a repository says about its findings, applied in one place for every analyzer and the LLM
 * reviewer alike: rules and categories switched off or given another severity ({@code
 * .review-panel.yml}), inline {@code review-panel-ignore} comments, and the accepted findings of
 * its baseline. Nothing is dropped: a finding it silences stays in the result, suppressed.
 */
public final class ReviewPolicy {

  /** No configuration, no baseline: inline comments still apply. */
  public static final ReviewPolicy DEFAULT =
      new ReviewPolicy(RepositoryConfig.NONE, Baseline.EMPTY);

  static final String BASELINE_FILE = ".review-panel-baseline.json";

  private final RepositoryConfig config;
  private final Set<String> baseline;
  private final String digest;

  public ReviewPolicy(RepositoryConfig config, Baseline baseline) {
    this.config = config;
    this.baseline = baseline.fingerprints();
    this.digest =
        ContentDigest.of(
            config.digest()
                + "\n"
                + String.join(",", baseline.fingerprints().stream().sorted().toList()));
  }

  public RepositoryConfig config() {
    return config;
  }

  /** Changes whenever the configuration or the baseline does: part of result cache keys. */
  public String digest() {
    return digest;
  }

  /**
   * How a finding is reported.
   *
   * @param fingerprint the finding's fingerprint, for the baseline
   * @param line where the finding starts, for inline comments
   */
  public Verdict judge(
      String ruleId,
      String category,
      Severity severity,
      String fingerprint,
      int line,
      IgnoreComments comments) {
    Optional<Setting> setting = config.settingFor(ruleId, category);
    Severity effective = setting.map(Setting::severity).filter(s -> s != null).orElse(severity);
    if (setting.isPresent() && setting.get().off()) {
      return new Verdict(
          effective,
          new Suppression(
              Suppression.Kind.CONFIG,
              "rule " + ruleId + " is switched off in " + RepositoryConfigReader.FILE_NAME),
          null);
    }
    Optional<Directive> directive = comments.covering(ruleId, line);
    if (directive.isPresent() && directive.get().hasReason()) {
      return new Verdict(
          effective, new Suppression(Suppression.Kind.IN_SOURCE, directive.get().reason()), null);
    }
    Directive reasonless = directive.orElse(null);
    if (baseline.contains(fingerprint)) {
      return new Verdict(
          effective,
          new Suppression(Suppression.Kind.BASELINE, "accepted in " + BASELINE_FILE),
          reasonless);
    }
    return new Verdict(effective, null, reasonless);
  }

  /**
   * The outcome for one finding.
   *
   * @param severity the severity it is reported at
   * @param suppression why it is not counted, or null when it counts
   * @param reasonless an ignore comment naming its rule without a reason, reported on its own; null
   *     when there is none
   */
  public record Verdict(Severity severity, Suppression suppression, Directive reasonless) {}
}
