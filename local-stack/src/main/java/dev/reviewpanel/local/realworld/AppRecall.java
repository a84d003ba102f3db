package dev.reviewpanel.local.realworld;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.local.realworld.VulnMarkers.Marker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Recall on our own vulnerable applications: a marked line counts as found when a finding of its
 * category (rule id ending in {@code .<category>}, or that category) starts on it; a security
 * finding on no line marked with its category is listed as a possible false positive.
 */
record AppRecall(List<Marker> found, List<Marker> missed, List<Finding> possibleFalsePositives) {

  static final String SECURITY = "security";

  /** Found and total of one slice of the markers. */
  record Share(int found, int total) {

    double recall() {
      return total == 0 ? 0 : (double) found / total;
    }

    Share plus(Share other) {
      return new Share(found + other.found, total + other.total);
    }
  }

  static AppRecall score(List<Marker> markers, List<Finding> findings) {
    List<Marker> found = new ArrayList<>();
    List<Marker> missed = new ArrayList<>();
    Set<String> explained = new HashSet<>();
    for (Marker marker : markers) {
      List<Finding> hits =
          findings.stream()
              .filter(f -> f.location().path().equals(marker.path()))
              .filter(f -> f.location().startLine() == marker.line())
              .filter(f -> ofCategory(f, marker.category()))
              .toList();
      (hits.isEmpty() ? missed : found).add(marker);
      hits.forEach(f -> explained.add(key(f)));
    }
    List<Finding> possibleFalsePositives =
        findings.stream()
            .filter(f -> SECURITY.equals(f.agent()))
            .filter(f -> !explained.contains(key(f)))
            .toList();
    return new AppRecall(List.copyOf(found), List.copyOf(missed), possibleFalsePositives);
  }

  static boolean ofCategory(Finding finding, String category) {
    return (finding.ruleId() != null && finding.ruleId().endsWith("." + category))
        || category.equals(finding.ruleId())
        || category.equals(finding.category());
  }

  private static String key(Finding finding) {
    return finding.ruleId() + "@" + ProjectRun.location(finding);
  }

  Share overall() {
    return new Share(found.size(), found.size() + missed.size());
  }

  /** Shares keyed by what {@code key} says of each marker, in key order. */
  Map<String, Share> by(Function<Marker, String> key) {
    Map<String, Share> shares = new TreeMap<>();
    found.forEach(m -> shares.merge(key.apply(m), new Share(1, 1), Share::plus));
    missed.forEach(m -> shares.merge(key.apply(m), new Share(0, 1), Share::plus));
    return shares;
  }

  AppRecall plus(AppRecall other) {
    List<Marker> allFound = new ArrayList<>(found);
    allFound.addAll(other.found);
    List<Marker> allMissed = new ArrayList<>(missed);
    allMissed.addAll(other.missed);
    List<Finding> alarms = new ArrayList<>(possibleFalsePositives);
    alarms.addAll(other.possibleFalsePositives);
    return new AppRecall(allFound, allMissed, alarms);
  }

  static AppRecall none() {
    return new AppRecall(List.of(), List.of(), List.of());
  }
}
