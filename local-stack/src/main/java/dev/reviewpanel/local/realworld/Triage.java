package dev.reviewpanel.local.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committed verdicts on real-world findings ({@code triage.tsv}): one row per finding
 * fingerprint, which stays the same while the rule id, the path and the code do, so verdicts
 * survive analyzer changes and line shifts.
 */
record Triage(Map<String, Row> byFingerprint) {

  static final String HEADER = "fingerprint\trule\tlocation\tverdict\treason";

  /** What a reviewer decided about one finding. */
  enum Verdict {
    TP,
    FP,
    DEBATABLE;

    static Verdict of(String text) {
      return Verdict.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    String label() {
      return this == DEBATABLE ? "debatable" : name();
    }
  }

  /**
   * One row.
   *
   * @param location {@code project/path:line} when the verdict was given, for the reader
   */
  record Row(String fingerprint, String rule, String location, Verdict verdict, String reason) {}

  static Triage empty() {
    return new Triage(Map.of());
  }

  /** Reads {@code file}; a missing file is an empty triage, a malformed row an error. */
  static Triage read(Path file) {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("fingerprint\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = file + " line " + (i + 1);
      if (cells.length < 5) {
        throw new IllegalStateException(where + ": expected " + HEADER.replace('\t', ' '));
      }
      Verdict verdict;
      try {
        verdict = Verdict.of(cells[3]);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            where + ": verdict '" + cells[3] + "' is not TP, FP or debatable", e);
      }
      Row row = new Row(cells[0].strip(), cells[1], cells[2], verdict, cells[4]);
      if (rows.putIfAbsent(row.fingerprint(), row) != null) {
        throw new IllegalStateException(where + ": fingerprint " + row.fingerprint() + " twice");
      }
    }
    return new Triage(Map.copyOf(rows));
  }
}
