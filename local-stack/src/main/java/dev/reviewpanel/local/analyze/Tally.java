package dev.reviewpanel.local.analyze;

/** Confusion counts of a set of labeled cases, and the rates derived from them. */
final class Tally {

  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int trueNegatives;

  /** Counts one case: {@code positive} is its label, {@code flagged} what the analyzers said. */
  void add(boolean positive, boolean flagged) {
    if (positive && flagged) {
      truePositives++;
    } else if (positive) {
      falseNegatives++;
    } else if (flagged) {
      falsePositives++;
    } else {
      trueNegatives++;
    }
  }

  int cases() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  int tp() {
    return truePositives;
  }

  int fp() {
    return falsePositives;
  }

  int fn() {
    return falseNegatives;
  }

  int tn() {
    return trueNegatives;
  }

  /** TP / (TP + FP), NaN when nothing was flagged. */
  double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** TPR: TP / (TP + FN), NaN without positive cases. */
  double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** FP / (FP + TN), NaN without negative cases. */
  double falsePositiveRate() {
    return ratio(falsePositives, falsePositives + trueNegatives);
  }

  /** TPR − FPR (Youden's J), with a missing side counted as 0 so it stays defined. */
  double score() {
    double tpr = recall();
    double fpr = falsePositiveRate();
    return (Double.isNaN(tpr) ? 0 : tpr) - (Double.isNaN(fpr) ? 0 : fpr);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
