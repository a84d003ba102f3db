package dev.reviewpanel.local.analyze;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints tallies as an aligned text table with a total row. */
final class ScoreTable {

  private static final String COLUMNS = " %6s %5s %5s %5s %5s %9s %7s %6s %8s%n";

  private ScoreTable() {}

  static void print(PrintStream out, String heading, Map<String, Tally> rows, Tally total) {
    int width = Math.max(heading.length(), 5);
    for (String name : rows.keySet()) {
      width = Math.max(width, name.length());
    }
    String format = "%-" + width + "s" + COLUMNS;
    out.printf(
        Locale.ROOT,
        format,
        heading,
        "cases",
        "TP",
        "FP",
        "FN",
        "TN",
        "precision",
        "recall",
        "FPR",
        "TPR-FPR");
    rows.forEach((name, tally) -> row(out, format, name, tally));
    row(out, format, "TOTAL", total);
    out.println();
  }

  private static void row(PrintStream out, String format, String name, Tally tally) {
    out.printf(
        Locale.ROOT,
        format,
        name,
        tally.cases(),
        tally.tp(),
        tally.fp(),
        tally.fn(),
        tally.tn(),
        rate(tally.precision()),
        rate(tally.recall()),
        rate(tally.falsePositiveRate()),
        rate(tally.score()));
  }

  private static String rate(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }
}
