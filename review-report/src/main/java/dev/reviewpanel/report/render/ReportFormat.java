package dev.reviewpanel.report.render;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import java.util.Locale;

/** The renderings of a report, with their media types: the same for the API and the CLI. */
public enum ReportFormat {
  JSON("application/json") {
    @Override
    public String render(ReviewReport report) {
      return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }
  },
  MARKDOWN("text/markdown") {
    @Override
    public String render(ReviewReport report) {
      return new MarkdownReportRenderer().render(report);
    }
  },
  SARIF("application/sarif+json") {
    @Override
    public String render(ReviewReport report) {
      return new SarifReportRenderer().render(report);
    }
  };

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public abstract String render(ReviewReport report);

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format named {@code name} ({@code json}, {@code markdown} or {@code md}, {@code sarif}).
   */
  public static ReportFormat of(String name) {
    String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    if (key.equals("MD")) {
      return MARKDOWN;
    }
    try {
      return valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (one of json, sarif, markdown)");
    }
  }
}
