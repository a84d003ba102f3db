package dev.reviewpanel.local.load;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU, allocation and GC of this JVM over a step: meaningful with {@code --start}, where the whole
 * stack runs here. Per review, these figures hold steady on a busy machine where latencies do not,
 * which makes them the measure for comparing two builds.
 */
final class JvmUsage {

  private final long cpuNanos;
  private final long allocated;
  private final long gcMillis;
  private final long wallNanos;

  private JvmUsage() {
    this.cpuNanos = cpu();
    this.allocated = allocated();
    this.gcMillis =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(GarbageCollectorMXBean::getCollectionTime)
            .sum();
    this.wallNanos = System.nanoTime();
  }

  static JvmUsage now() {
    return new JvmUsage();
  }

  /** CPU of other processes between two readings, printed like this JVM's. */
  static Delta processes(long cpuNanosBefore, long cpuNanosAfter, long wallNanos) {
    return new Delta(cpuNanosAfter - cpuNanosBefore, -1, -1, wallNanos);
  }

  Delta since(JvmUsage before) {
    return new Delta(
        cpuNanos - before.cpuNanos,
        allocated - before.allocated,
        gcMillis - before.gcMillis,
        wallNanos - before.wallNanos);
  }

  /** Usage between two snapshots. */
  record Delta(long cpuNanos, long allocatedBytes, long gcMillis, long wallNanos) {
    void print(PrintStream out, long reviews) {
      if (allocatedBytes < 0) {
        out.printf(
            "  the stack's processes: %.2f cores busy, CPU %.1f ms/review%n",
            (double) cpuNanos / wallNanos, cpuNanos / 1e6 / reviews);
        return;
      }
      out.printf(
          "  this JVM: %.2f cores busy, CPU %.1f ms/review, allocated ~%.1f MB/review, GC %d ms%n",
          (double) cpuNanos / wallNanos,
          cpuNanos / 1e6 / reviews,
          allocatedBytes / 1e6 / reviews,
          gcMillis);
    }
  }

  private static long cpu() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  // live threads only: what threads that ended allocated is missed, hence "~"
  private static long allocated() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
      long total = 0;
      for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
        total += Math.max(0, bytes);
      }
      return total;
    }
    return 0;
  }
}
