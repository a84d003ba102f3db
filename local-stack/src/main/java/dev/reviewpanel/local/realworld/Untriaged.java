package dev.reviewpanel.local.realworld;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The MEDIUM+ findings nobody has judged yet: listed, and written as triage rows to fill in
 * (verdict {@code ?}, a hint as reason) so re-triage after an analyzer change is an edit.
 */
final class Untriaged {

  private Untriaged() {}

  static void print(PrintStream out, List<Finding> untriaged, int list) {
    long severe = untriaged.stream().filter(f -> f.severity().atLeast(Severity.HIGH)).count();
    out.printf(
        Locale.ROOT,
        "MEDIUM+ findings with no triage row: %d (CRITICAL/HIGH: %d)%n",
        untriaged.size(),
        severe);
    untriaged.stream()
        .limit(list)
        .forEach(
            f ->
                out.printf(
                    Locale.ROOT,
                    "  %s  %-8s %-40s %s%n",
                    f.fingerprint(),
                    f.severity(),
                    f.ruleId(),
                    ProjectRun.location(f)));
    if (untriaged.size() > list) {
      out.println("  ... " + (untriaged.size() - list) + " more (--untriaged FILE writes all)");
    }
    out.println();
  }

  static void write(Path file, List<Finding> untriaged) {
    write(file, untriaged, Triage.empty());
  }

  /**
   * Writes {@code findings} as triage rows: the verdict and reason of {@code triage} where it has a
   * row ({@code ?} and a hint where not), each reason led by the finding's severity, so the whole
   * list of MEDIUM+ findings can be read, sorted and compared between two analyzer versions.
   */
  static void write(Path file, List<Finding> findings, Triage triage) {
    StringBuilder text = new StringBuilder(Triage.HEADER).append('\n');
    for (Finding f : findings) {
      Triage.Row row = triage.byFingerprint().get(f.fingerprint());
      String verdict = row == null ? "?" : row.verdict().label();
      String reason =
          f.severity()
              + " "
              + (row == null ? f.title() + ": " + oneLine(f.snippet()) : row.reason());
      text.append(
              String.join(
                  "\t", f.fingerprint(), f.ruleId(), ProjectRun.location(f), verdict, reason))
          .append('\n');
    }
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
