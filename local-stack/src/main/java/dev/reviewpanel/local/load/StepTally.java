package dev.reviewpanel.local.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** What happened to the reviews offered in one step, as the senders saw it. */
final class StepTally {

  final double rate;
  final long firstIntendedMillis;

  /** Accepted review id -> when it was meant to be sent (epoch ms). */
  final Map<String, Long> accepted = new ConcurrentHashMap<>();

  final LongAdder sent = new LongAdder();
  final LongAdder late = new LongAdder();
  final LongAdder rejected = new LongAdder();
  final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<Double> submitMillis = new ConcurrentLinkedQueue<>();
  volatile long lastIntendedMillis;
  volatile long offered;

  StepTally(double rate, long firstIntendedMillis) {
    this.rate = rate;
    this.firstIntendedMillis = firstIntendedMillis;
  }

  void accepted(String reviewId, long intendedMillis, double submitMs) {
    accepted.put(reviewId, intendedMillis);
    submitMillis.add(submitMs);
  }

  void rejected(double submitMs) {
    rejected.increment();
    submitMillis.add(submitMs);
  }

  void error(String kind) {
    errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  long errorCount() {
    return errors.values().stream().mapToLong(LongAdder::sum).sum();
  }

  String errorSummary() {
    List<String> parts =
        errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().sum()).toList();
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
