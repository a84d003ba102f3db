package dev.reviewpanel.local.realworld;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The yardstick's targets with PASS or FAIL, precision per rule and the untriaged findings. */
final class TargetTable {

  static final double MAX_MEDIUM_PER_KILO_LINE = 0.2;
  static final double MIN_TP_SHARE = 0.60;
  static final double MIN_TP_OR_DEBATABLE_SHARE = 0.85;
  static final double MIN_RECALL = 0.90;

  private TargetTable() {}

  static void print(
      PrintStream out,
      List<ProjectRun> clean,
      TriageScore score,
      Optional<AppRecall> recall,
      int list) {
    long lines = clean.stream().mapToLong(ProjectRun::lines).sum();
    long medium = clean.stream().mapToLong(r -> r.mediumOrAbove().size()).sum();
    double density = lines == 0 ? 0 : medium * 1000.0 / lines;
    out.println("Targets:");
    target(
        out,
        "MEDIUM+ findings per 1,000 lines, clean corpus",
        String.format(Locale.ROOT, "%.3f (%d in %,d lines)", density, medium, lines),
        "<= 0.2",
        density <= MAX_MEDIUM_PER_KILO_LINE ? "PASS" : "FAIL");
    int severeFp = score.severeFalsePositives().size();
    long severeOpen = score.untriagedSevere();
    target(
        out,
        "CRITICAL/HIGH false positives",
        severeFp + (severeOpen == 0 ? "" : " (+" + severeOpen + " CRITICAL/HIGH untriaged)"),
        "0",
        severeFp == 0 && severeOpen == 0 ? "PASS" : "FAIL");
    TriageScore.Counts all = score.overall();
    boolean judged = all.triaged() > 0;
    boolean vacuous = !judged && score.untriaged().isEmpty();
    target(
        out,
        "triaged MEDIUM+ findings that are TP",
        share(all.tp, all),
        ">= 60%",
        vacuous || (judged && all.precision() >= MIN_TP_SHARE) ? "PASS" : "FAIL");
    target(
        out,
        "triaged MEDIUM+ findings TP or debatable",
        share(all.tp + all.debatable, all),
        ">= 85%",
        vacuous || (judged && all.tpOrDebatable() >= MIN_TP_OR_DEBATABLE_SHARE) ? "PASS" : "FAIL");
    if (recall.isEmpty()) {
      target(out, "recall on our vulnerable applications", "n/a (no applications)", ">= 90%", "-");
    } else {
      AppRecall.Share overall = recall.get().overall();
      target(
          out,
          "recall on our vulnerable applications",
          String.format(
              Locale.ROOT,
              "%.1f%% (%d/%d)",
              overall.recall() * 100,
              overall.found(),
              overall.total()),
          ">= 90%",
          overall.total() > 0 && overall.recall() >= MIN_RECALL ? "PASS" : "FAIL");
    }
    out.printf(
        Locale.ROOT,
        "(%d MEDIUM+ findings over the corpus: %d triaged, %d untriaged; %d triage row(s) match"
            + " no finding any more)%n%n",
        all.triaged() + score.untriaged().size(),
        all.triaged(),
        score.untriaged().size(),
        score.staleRows());
    printPerRule(out, score);
    Untriaged.print(out, score.untriaged(), list);
  }

  private static void target(PrintStream out, String what, String value, String goal, String v) {
    out.printf(Locale.ROOT, "  %-44s %-36s target %-7s %s%n", what, value, goal, v);
  }

  private static String share(int count, TriageScore.Counts all) {
    return all.triaged() == 0
        ? "n/a (nothing triaged)"
        : String.format(
            Locale.ROOT, "%.1f%% (%d/%d)", count * 100.0 / all.triaged(), count, all.triaged());
  }

  private static void printPerRule(PrintStream out, TriageScore score) {
    Map<String, Integer> open = new TreeMap<>();
    score.untriaged().forEach(f -> open.merge(f.ruleId(), 1, Integer::sum));
    Map<String, TriageScore.Counts> rules = new TreeMap<>(score.byRule());
    open.keySet().forEach(rule -> rules.computeIfAbsent(rule, r -> new TriageScore.Counts()));
    if (rules.isEmpty()) {
      return;
    }
    out.println("Precision per rule (triaged MEDIUM+ findings):");
    out.printf(
        Locale.ROOT,
        "  %-44s %7s %5s %9s %5s %9s %13s %10s%n",
        "rule",
        "triaged",
        "TP",
        "debatable",
        "FP",
        "precision",
        "TP+debatable",
        "untriaged");
    rules.forEach((rule, c) -> ruleRow(out, rule, c, open.getOrDefault(rule, 0)));
    ruleRow(out, "overall", score.overall(), score.untriaged().size());
    out.println();
  }

  private static void ruleRow(PrintStream out, String rule, TriageScore.Counts c, int open) {
    out.printf(
        Locale.ROOT,
        "  %-44s %7d %5d %9d %5d %9s %13s %10d%n",
        rule,
        c.triaged(),
        c.tp,
        c.debatable,
        c.fp,
        percent(c.triaged(), c.precision()),
        percent(c.triaged(), c.tpOrDebatable()),
        open);
  }

  private static String percent(int triaged, double share) {
    return triaged == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
