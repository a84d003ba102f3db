package dev.reviewpanel.events;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings a repository has accepted: the content of its {@code .review-panel-baseline.json}, as
 * written by {@code review-panel baseline}. A later review reports a finding whose fingerprint is
 * listed as suppressed (kind {@link Suppression.Kind#BASELINE}), out of the decision, and counts
 * only the others.
 *
 * @param version the file format, 1
 * @param findings the accepted findings, sorted by path, rule and fingerprint
 */
public record Baseline(int version, List<Entry> findings) {

  public static final int VERSION = 1;

  /** No accepted findings. */
  public static final Baseline EMPTY = new Baseline(VERSION, List.of());

  public Baseline {
    version = version <= 0 ? VERSION : version;
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** The fingerprints of every accepted finding. */
  public Set<String> fingerprints() {
    return findings.stream().map(Entry::fingerprint).collect(Collectors.toUnmodifiableSet());
  }

  /** The entries about {@code paths} only: what one task of a review needs. */
  public Baseline about(Collection<String> paths) {
    Set<String> wanted = Set.copyOf(paths);
    return new Baseline(version, findings.stream().filter(e -> wanted.contains(e.path())).toList());
  }

  /**
   * One accepted finding.
   *
   * @param fingerprint the finding's {@link Finding#fingerprint()}: what is matched
   * @param ruleId for people reading the file
   * @param path for people reading the file, and to give each task only its files' entries
   */
  public record Entry(String fingerprint, String ruleId, String path) {}
}
