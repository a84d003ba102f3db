package dev.reviewpanel.local.analyze;

import dev.reviewpanel.coordinator.render.MarkdownReportRenderer;
import dev.reviewpanel.coordinator.render.SarifReportRenderer;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import java.util.Locale;

/** How {@code analyze} writes its report: the wire JSON, or the coordinator's renderings. */
enum ReportFormat {
  JSON {
    @Override
    String render(ReviewReport report) {
      return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }
  },
  SARIF {
    @Override
    String render(ReviewReport report) {
      return new SarifReportRenderer().render(report);
    }
  },
  MARKDOWN {
    @Override
    String render(ReviewReport report) {
      return new MarkdownReportRenderer().render(report);
    }
  };

  abstract String render(ReviewReport report);

  static ReportFormat of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (one of json, sarif, markdown)");
    }
  }
}
