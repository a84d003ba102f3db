package dev.reviewpanel.report.risk;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.List;

/**
 * How {@link RiskScore} came to a score.
 *
 * @param score the risk, 0 to 100
 * @param evidence the summed evidence of the root causes
 * @param worst the most severe finding that carried evidence, or null without any
 * @param causes the root causes, strongest first
 */
public record Assessment(int score, double evidence, Severity worst, List<Cause> causes) {

  public Assessment {
    causes = List.copyOf(causes);
  }

  /**
   * One root cause and the report of it that counts.
   *
   * @param counted the strongest report: most weighted evidence, then most severe, then most sure
   * @param reports every report of this root cause, strongest first
   */
  public record Cause(RootCause key, Finding counted, double evidence, List<Finding> reports) {

    public Cause {
      reports = List.copyOf(reports);
    }
  }
}
