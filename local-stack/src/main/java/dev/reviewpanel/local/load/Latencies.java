package dev.reviewpanel.local.load;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of latencies in milliseconds (nearest rank). */
record Latencies(int count, double p50, double p90, double p99, double max) {

  static final Latencies NONE = new Latencies(0, 0, 0, 0, 0);

  static Latencies of(Collection<Double> millis) {
    if (millis.isEmpty()) {
      return NONE;
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new Latencies(
        sorted.length,
        rank(sorted, 0.50),
        rank(sorted, 0.90),
        rank(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  private static double rank(double[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  String describe() {
    if (count == 0) {
      return "none";
    }
    return String.format("p50 %s  p90 %s  p99 %s  max %s ms", ms(p50), ms(p90), ms(p99), ms(max));
  }

  static String ms(double millis) {
    return millis < 10 ? String.format("%.1f", millis) : String.format("%.0f", millis);
  }
}
