package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.gateway.scm.InlineComment;
import dev.reviewpanel.gateway.summary.FindingText;
import dev.reviewpanel.gateway.summary.NotReviewed;
import dev.reviewpanel.gateway.summary.SummaryState;
import dev.reviewpanel.gateway.summary.SummaryView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What to post for one report: inline comments for counted findings on added lines whose
 * fingerprint has no comment yet; everything else counted goes to the summary, and findings that
 * were open and are gone are marked resolved.
 */
record PostPlan(
    List<Finding> commented,
    List<InlineComment> comments,
    List<Finding> outsideDiff,
    List<Finding> alreadyCommented,
    Map<String, String> resolved,
    int suppressed,
    String anchorFailure) {

  /** Resolved findings kept in the summary's memory. */
  static final int RESOLVED_MEMORY = 100;

  /** Open findings kept in the summary's memory; the comment must stay under 64 KiB. */
  static final int OPEN_MEMORY = 300;

  static PostPlan of(
      ReviewReport report, Anchors anchors, Set<String> posted, SummaryState previous) {
    List<Finding> commented = new ArrayList<>();
    List<InlineComment> comments = new ArrayList<>();
    List<Finding> outside = new ArrayList<>();
    List<Finding> already = new ArrayList<>();
    int suppressed = 0;
    Set<String> seen = new java.util.HashSet<>(posted);
    for (Finding finding : report.findings()) {
      if (finding.suppressed()) {
        suppressed++;
        continue;
      }
      OptionalInt line = anchors.lineFor(finding);
      if (line.isEmpty()) {
        outside.add(finding);
      } else if (!seen.add(finding.fingerprint())) {
        already.add(finding);
      } else {
        commented.add(finding);
        String path = finding.location().path();
        comments.add(
            new InlineComment(
                path,
                anchors.previousPath(path),
                line.getAsInt(),
                FindingText.inlineComment(finding)));
      }
    }
    // a review that did not run, or in which an agent failed or timed out, resolves nothing: the
    // findings it did not see are not fixed, only unseen
    Set<String> current = currentFingerprints(report);
    if (!everyAgentRan(report)) {
      current.addAll(previous.open().keySet());
    }
    Map<String, String> resolved = new LinkedHashMap<>();
    previous
        .open()
        .forEach(
            (fingerprint, label) -> {
              if (!current.contains(fingerprint)) {
                resolved.put(fingerprint, label);
              }
            });
    previous
        .resolved()
        .forEach(
            (fingerprint, label) -> {
              if (!current.contains(fingerprint) && resolved.size() < RESOLVED_MEMORY) {
                resolved.putIfAbsent(fingerprint, label);
              }
            });
    return new PostPlan(commented, comments, outside, already, resolved, suppressed, null);
  }

  /** The plan once the provider refused some inline comments: their findings go to the summary. */
  PostPlan unanchored(List<InlineComment> refused, String why) {
    List<Finding> kept = new ArrayList<>();
    List<InlineComment> keptComments = new ArrayList<>();
    List<Finding> outside = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      if (refused.contains(comments.get(i))) {
        outside.add(commented.get(i));
      } else {
        kept.add(commented.get(i));
        keptComments.add(comments.get(i));
      }
    }
    outside.addAll(outsideDiff);
    return new PostPlan(kept, keptComments, outside, alreadyCommented, resolved, suppressed, why);
  }

  SummaryState state(ReviewReport report, String sha, SummaryState previous) {
    Map<String, String> open = new LinkedHashMap<>();
    if (!everyAgentRan(report)) {
      open.putAll(previous.open());
    }
    for (Finding finding : report.findings()) {
      if (!finding.suppressed() && open.size() < OPEN_MEMORY) {
        open.putIfAbsent(finding.fingerprint(), FindingText.label(finding));
      }
    }
    // a failed review leaves the commit unreviewed: a reopened pull request or a redelivery retries
    String reviewed = report.status() == ReviewReport.Status.FAILED ? previous.reviewedSha() : sha;
    return new SummaryState(
        reviewed, open, resolved, previous.pendingSha(), previous.notReviewed());
  }

  SummaryView view(
      ReviewReport report, String sha, List<NotReviewed> notReviewed, String reportUrl) {
    return new SummaryView(
        report,
        sha,
        commented,
        outsideDiff,
        alreadyCommented,
        resolved,
        notReviewed,
        suppressed,
        reportUrl,
        anchorFailure);
  }

  private static boolean everyAgentRan(ReviewReport report) {
    return report.status() != ReviewReport.Status.FAILED
        && report.agents().stream()
            .allMatch(a -> a.status() == ReviewReport.AgentOutcome.COMPLETED);
  }

  private static Set<String> currentFingerprints(ReviewReport report) {
    Set<String> fingerprints = new java.util.HashSet<>();
    report.findings().stream()
        .filter(f -> !f.suppressed())
        .forEach(f -> fingerprints.add(f.fingerprint()));
    return fingerprints;
  }
}
