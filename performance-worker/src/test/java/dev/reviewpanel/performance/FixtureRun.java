package dev.reviewpanel.performance;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.events.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs one analyzer over a fixture under {@code src/test/resources/fixtures}. */
public final class FixtureRun {

  private FixtureRun() {}

  /** The fixture {@code fixtures/<fixture>}, parsed. */
  public static ParsedFile parse(String fixture, Language language) {
    return ParsedFile.of(fixture, language, read(fixture));
  }

  public static Findings analyze(Analyzer analyzer, String fixture, Language language) {
    ParsedFile file = parse(fixture, language);
    Findings findings = new Findings("performance", file);
    analyzer.analyze(file, findings);
    return findings;
  }

  /** What was found, as {@code ruleId@line}, in report order. */
  public static List<String> found(Analyzer analyzer, String fixture, Language language) {
    return analyze(analyzer, fixture, language).toList().stream()
        .map(f -> f.ruleId() + "@" + f.location().startLine())
        .toList();
  }

  /** What was found, by the line it starts on (one finding a line). */
  public static Map<Integer, Finding> byLine(Analyzer analyzer, String fixture, Language language) {
    return analyze(analyzer, fixture, language).toList().stream()
        .collect(Collectors.toMap(f -> f.location().startLine(), f -> f));
  }

  private static String read(String fixture) {
    try (InputStream in = FixtureRun.class.getResourceAsStream("/fixtures/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
