package dev.reviewpanel.report.panel;

import dev.reviewpanel.events.Panel;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.report.risk.Assessment;

/**
 * The panel's outcome: the risk score, the decision (the score's band, made stricter only by a
 * veto), and how the votes came to it.
 */
public record Verdict(int risk, Decision decision, Panel panel, Assessment assessment) {}
