package dev.reviewpanel.local.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One step's figures: rates, latencies off the report timestamps, lost and duplicate reports. */
record StepResult(
    double offered,
    double achieved,
    long sent,
    long late,
    long accepted,
    long rejected,
    long errors,
    String errorSummary,
    long lost,
    long duplicates,
    long revisions,
    Latencies endToEnd,
    Latencies visible,
    Latencies submit,
    Latencies floor,
    JvmUsage.Delta usage) {

  static StepResult of(
      StepTally tally, ReportWatch reports, Latencies floor, JvmUsage.Delta usage) {
    List<Double> latencies = new ArrayList<>();
    List<Double> visible = new ArrayList<>();
    long lost = 0;
    long duplicates = 0;
    long revisions = 0;
    long lastReport = tally.firstIntendedMillis;
    for (Map.Entry<String, Long> accepted : tally.accepted.entrySet()) {
      ReportWatch.Arrival arrival = reports.arrival(accepted.getKey());
      if (arrival == null || arrival.reports.get() == 0) {
        lost++;
        continue;
      }
      latencies.add((double) Math.max(0, arrival.firstMillis - accepted.getValue()));
      visible.add((double) Math.max(0, arrival.seenMillis - accepted.getValue()));
      lastReport = Math.max(lastReport, arrival.firstMillis);
      duplicates += arrival.reports.get() - 1;
      revisions += arrival.revisions.get();
    }
    double span = Math.max(1, lastReport - tally.firstIntendedMillis) / 1000.0;
    double offeredSpan = Math.max(1, tally.lastIntendedMillis - tally.firstIntendedMillis) / 1000.0;
    return new StepResult(
        tally.rate,
        latencies.size() / Math.max(span, offeredSpan),
        tally.sent.sum(),
        tally.late.sum(),
        tally.accepted.size(),
        tally.rejected.sum(),
        tally.errorCount(),
        tally.errorSummary(),
        lost,
        duplicates,
        revisions,
        Latencies.of(latencies),
        Latencies.of(visible),
        Latencies.of(tally.submitMillis),
        floor,
        usage);
  }

  void print(PrintStream out) {
    out.printf(
        "  offered %.1f/s  achieved %.1f/s  sent %d (late %d)  accepted %d  rejected (429) %d"
            + "  errors %d%s%n",
        offered, achieved, sent, late, accepted, rejected, errors, errorSummary);
    out.printf("  submit -> report   %s  (report record timestamps)%n", endToEnd.describe());
    out.printf("  submit -> visible  %s  (read committed by this driver)%n", visible.describe());
    out.printf("  submit answered    %s%n", submit.describe());
    out.printf(
        "  lost %d (accepted, no report by the end of the grace)  duplicate reports %d"
            + "  (summary revisions aside: %d)%n",
        lost, duplicates, revisions);
    if (floor != null && floor.count() > 0) {
      out.printf("  kafka floor        %s  (4 hops, plain clients)%n", floor.describe());
      out.printf(
          "  => p50 = floor %s + overhead %s ms; p99 = floor %s + overhead %s ms%n",
          Latencies.ms(floor.p50()),
          Latencies.ms(endToEnd.p50() - floor.p50()),
          Latencies.ms(floor.p99()),
          Latencies.ms(endToEnd.p99() - floor.p99()));
    }
    if (usage != null && accepted > 0) {
      usage.print(out, accepted);
    }
  }
}
