package dev.reviewpanel.gateway.summary;

import dev.reviewpanel.events.Finding;

/**
 * How a finding reads in the gateway's comments. Our own small formatter; the renderers of the
 * {@code review-report} library replace it once it exists.
 */
public final class FindingText {

  private FindingText() {}

  /** One line that survives the finding moving: severity, title, file. */
  public static String label(Finding finding) {
    String label = finding.severity() + " " + finding.title() + " · " + finding.location().path();
    return label.length() <= 120 ? label : label.substring(0, 119) + "…";
  }

  /** A list item: severity, title, file and line. */
  static String item(Finding finding) {
    return "**"
        + finding.severity()
        + "** "
        + oneLine(finding.title())
        + " · `"
        + finding.location().path()
        + ":"
        + finding.location().startLine()
        + "`";
  }

  /** The body of an inline comment, ending with the marker that names its finding. */
  public static String inlineComment(Finding finding) {
    StringBuilder body = new StringBuilder();
    body.append("**")
        .append(finding.severity())
        .append(" · ")
        .append(oneLine(finding.title()))
        .append("**");
    body.append(" (`").append(finding.ruleId()).append('`');
    if (finding.cwe() != null) {
      body.append(", ").append(finding.cwe());
    }
    body.append(", ").append(finding.agent()).append(")\n\n");
    if (finding.message() != null && !finding.message().isBlank()) {
      body.append(finding.message().strip()).append("\n\n");
    }
    if (finding.recommendation() != null && !finding.recommendation().isBlank()) {
      body.append("**Fix:** ").append(finding.recommendation().strip()).append("\n\n");
    }
    return body.append(Markers.finding(finding.fingerprint())).toString();
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
