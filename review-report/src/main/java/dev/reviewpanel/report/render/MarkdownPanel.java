package dev.reviewpanel.report.render;

import dev.reviewpanel.events.Panel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The panel in Markdown: each vote with its weights, the veto, and the disagreements. */
final class MarkdownPanel {

  private MarkdownPanel() {}

  static String render(Panel panel) {
    if (panel == null || panel.votes().isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("## Panel\n\n");
    md.append("| Agent | Vote | Confidence | Weight | Weighted risk | Reason |\n");
    md.append("|---|---|---|---|---:|---|\n");
    for (Panel.Vote vote : panel.votes()) {
      md.append("| ").append(MarkdownText.inline(vote.agent()));
      md.append(" | ").append(vote.vote() == null ? "abstained" : vote.vote());
      md.append(" | ").append(vote.confidence() == null ? "" : vote.confidence());
      md.append(" | ").append(weights(vote));
      md.append(" | ").append(vote.weightedRisk());
      md.append(" | ").append(MarkdownText.inline(MarkdownText.shorten(vote.reason(), 240)));
      md.append(" |\n");
    }
    md.append('\n');
    if (panel.veto() != null) {
      Panel.Veto veto = panel.veto();
      md.append("**Veto:** ").append(MarkdownText.inline(veto.agent()));
      md.append(" → ").append(veto.decision()).append(": ");
      md.append(MarkdownText.inline(veto.reason()));
      md.append(veto.decisive() ? " (decisive)" : " (the risk score agreed)").append("\n\n");
    }
    if (!panel.disagreements().isEmpty()) {
      md.append("**Disagreements**\n\n");
      for (Panel.Disagreement d : panel.disagreements()) {
        md.append("- ").append(MarkdownText.inline(d.topic())).append(": ");
        md.append(MarkdownText.inline(MarkdownText.shorten(d.settledBy(), 400))).append('\n');
      }
      md.append('\n');
    }
    if (panel.method() != null) {
      md.append("<sub>").append(MarkdownText.html(panel.method())).append("</sub>\n\n");
    }
    return md.toString();
  }

  private static String weights(Panel.Vote vote) {
    List<String> parts = new ArrayList<>();
    vote.categoryWeights()
        .forEach((category, w) -> parts.add(MarkdownText.inline(category) + " " + format(w)));
    return format(vote.weight()) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private static String format(double weight) {
    return String.format(Locale.ROOT, "%.1f", weight);
  }
}
