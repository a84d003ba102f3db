package dev.reviewpanel.local.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of other processes (a stack started elsewhere, the deployed shape's six processes), read
 * from {@code /proc/<pid>/stat} (Linux): user plus system time, in clock ticks of 10 ms.
 */
final class ProcessCpu {

  private static final long NANOS_PER_TICK = 10_000_000L;

  private final List<Long> pids;

  ProcessCpu(List<Long> pids) {
    this.pids = List.copyOf(pids);
  }

  boolean any() {
    return !pids.isEmpty();
  }

  /** Total CPU time of the processes so far, in nanoseconds; a process gone counts 0. */
  long cpuNanos() {
    long ticks = 0;
    for (long pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // fields after the command name, which is in parentheses and may contain spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (IOException | RuntimeException e) {
        // not there (any more), or not Linux: nothing to add
      }
    }
    return ticks * NANOS_PER_TICK;
  }
}
