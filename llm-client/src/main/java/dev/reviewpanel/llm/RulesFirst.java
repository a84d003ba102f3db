package dev.reviewpanel.llm;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges model findings into rule findings: every rule finding stays as it is; a model finding on
 * the same file, an overlapping line and the same category as a rule finding confirms it and is not
 * added (the rule wins); model repeats of one another are kept once.
 */
final class RulesFirst {

  private RulesFirst() {}

  /** The merged list, and how many model findings confirmed a rule's. */
  static Merge merge(List<Finding> rules, List<Finding> model) {
    List<Finding> merged = new ArrayList<>(rules);
    Set<String> seen = new HashSet<>();
    int confirmed = 0;
    for (Finding m : model) {
      if (rules.stream().anyMatch(r -> conflicts(r, m))) {
        confirmed++;
      } else if (seen.add(m.fingerprint() + "@" + m.location().startLine())) {
        merged.add(m);
      }
    }
    return new Merge(merged, confirmed);
  }

  private static boolean conflicts(Finding rule, Finding model) {
    Location a = rule.location();
    Location b = model.location();
    return a != null
        && b != null
        && a.path().equals(b.path())
        && a.startLine() <= b.endLine()
        && b.startLine() <= a.endLine()
        && rule.category() != null
        && rule.category().equalsIgnoreCase(model.category());
  }

  record Merge(List<Finding> findings, int confirmed) {}
}
