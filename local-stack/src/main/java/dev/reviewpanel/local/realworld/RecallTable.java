package dev.reviewpanel.local.realworld;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.local.realworld.VulnMarkers.Marker;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recall on our vulnerable applications per app, language and category, with what was missed. */
final class RecallTable {

  private RecallTable() {}

  static void print(PrintStream out, String apps, AppRecall recall, int list) {
    AppRecall.Share overall = recall.overall();
    out.printf(
        Locale.ROOT,
        "Recall on our vulnerable applications (%s): %d marked vulnerabilities%n",
        apps,
        overall.total());
    shares(out, "app", recall.by(Marker::app));
    shares(out, "language", recall.by(m -> ProjectRun.languageOf(m.path())));
    shares(out, "category", recall.by(Marker::category));
    out.printf(
        Locale.ROOT,
        "  %-12s %-34s %5d/%-5d %6.1f%%%n%n",
        "overall",
        "",
        overall.found(),
        overall.total(),
        overall.recall() * 100);
    List<Marker> missed = recall.missed();
    out.println("Missed vulnerabilities: " + missed.size());
    missed.stream()
        .limit(list)
        .forEach(m -> out.printf("  %-24s %s:%d%n", m.category(), m.path(), m.line()));
    more(out, missed.size(), list);
    List<Finding> alarms = recall.possibleFalsePositives();
    out.println("Security findings on no marked line (possible false positives): " + alarms.size());
    alarms.stream()
        .limit(list)
        .forEach(
            f -> out.printf("  %-8s %-40s %s%n", f.severity(), f.ruleId(), ProjectRun.location(f)));
    more(out, alarms.size(), list);
    out.println();
  }

  private static void shares(PrintStream out, String by, Map<String, AppRecall.Share> shares) {
    shares.forEach(
        (key, share) ->
            out.printf(
                Locale.ROOT,
                "  %-12s %-34s %5d/%-5d %6.1f%%%n",
                by,
                key,
                share.found(),
                share.total(),
                share.recall() * 100));
  }

  private static void more(PrintStream out, int size, int list) {
    if (size > list) {
      out.println("  ... " + (size - list) + " more (--list N shows more)");
    }
  }
}
