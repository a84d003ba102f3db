package dev.reviewpanel.report.findings;

import dev.reviewpanel.events.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Deduplicates findings across agents and shards and ranks them. Two findings are the same issue
 * when they share fingerprint, path and start line, or when two different agents report the same
 * path, start line and CWE (category when there is no CWE). Fingerprints leave out line numbers on
 * purpose, so the same code twice in one file is two issues, not one. Of a group the highest-ranked
 * finding is kept (most severe, then most confident) and its message names the other agents that
 * saw it too.
 */
public final class FindingMerger {

  private FindingMerger() {}

  /**
   * The findings deduplicated and ranked; suppressed findings are merged among themselves and come
   * after the ones that count, so a suppressed report never hides one that counts.
   */
  public static List<Finding> merge(Collection<Finding> findings) {
    List<Finding> merged =
        new ArrayList<>(mergeRanked(findings.stream().filter(f -> f != null && !f.suppressed())));
    merged.addAll(mergeRanked(findings.stream().filter(f -> f != null && f.suppressed())));
    return List.copyOf(merged);
  }

  private static List<Finding> mergeRanked(Stream<Finding> findings) {
    List<Finding> ranked = findings.sorted(FindingRanking.ORDER).toList();
    List<Kept> kept = new ArrayList<>();
    Map<Occurrence, Kept> byOccurrence = new HashMap<>();
    Map<Spot, List<Kept>> bySpot = new HashMap<>();
    for (Finding finding : ranked) {
      Kept same = sameIssue(finding, byOccurrence, bySpot);
      if (same != null) {
        same.seenBy(finding.agent());
        continue;
      }
      Kept fresh = new Kept(finding);
      kept.add(fresh);
      Occurrence occurrence = Occurrence.of(finding);
      if (occurrence != null) {
        byOccurrence.putIfAbsent(occurrence, fresh);
      }
      Spot spot = Spot.of(finding);
      if (spot != null) {
        bySpot.computeIfAbsent(spot, s -> new ArrayList<>()).add(fresh);
      }
    }
    return kept.stream().map(Kept::finding).toList();
  }

  private static Kept sameIssue(
      Finding finding, Map<Occurrence, Kept> byOccurrence, Map<Spot, List<Kept>> bySpot) {
    Occurrence occurrence = Occurrence.of(finding);
    if (occurrence != null && byOccurrence.containsKey(occurrence)) {
      return byOccurrence.get(occurrence);
    }
    Spot spot = Spot.of(finding);
    if (spot == null) {
      return null;
    }
    // the location rule is for agents seeing the same issue; one agent's rules on a line all count
    return bySpot.getOrDefault(spot, List.of()).stream()
        .filter(k -> !Objects.equals(k.original.agent(), finding.agent()))
        .findFirst()
        .orElse(null);
  }

  /**
   * One occurrence of a fingerprinted issue: the same finding reported twice, e.g. by two shards.
   */
  private record Occurrence(String fingerprint, String path, int line) {

    static Occurrence of(Finding finding) {
      if (finding.fingerprint() == null) {
        return null;
      }
      return finding.location() == null
          ? new Occurrence(finding.fingerprint(), null, -1)
          : new Occurrence(
              finding.fingerprint(), finding.location().path(), finding.location().startLine());
    }
  }

  /** Where an issue is and what kind it is, for matching reports of different agents. */
  private record Spot(String path, int line, String kind) {

    static Spot of(Finding finding) {
      String kind = finding.cwe() != null ? finding.cwe() : finding.category();
      if (finding.location() == null || finding.location().path() == null || kind == null) {
        return null;
      }
      return new Spot(finding.location().path(), finding.location().startLine(), kind);
    }
  }

  /** A finding that survived deduplication and the other agents that reported it. */
  private static final class Kept {

    private final Finding original;
    private final Set<String> alsoSeenBy = new LinkedHashSet<>();

    Kept(Finding original) {
      this.original = original;
    }

    void seenBy(String agent) {
      if (agent != null && !agent.equals(original.agent())) {
        alsoSeenBy.add(agent);
      }
    }

    Finding finding() {
      if (alsoSeenBy.isEmpty()) {
        return original;
      }
      String note = "Also reported by " + String.join(", ", alsoSeenBy) + ".";
      String message = original.message() == null ? note : original.message() + " " + note;
      return original.withMessage(message);
    }
  }
}
