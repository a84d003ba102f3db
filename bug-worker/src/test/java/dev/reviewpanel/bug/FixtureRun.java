package dev.reviewpanel.bug;

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

/** Runs one analyzer over a fixture under {@code src/test/resources/fixtures}. */
public final class FixtureRun {

  private FixtureRun() {}

  /** The fixture {@code fixtures/<path>}, parsed. */
  public static ParsedFile parse(String path, Language language) {
    return ParsedFile.of(path, language, read("fixtures/" + path));
  }

  /** The findings of {@code analyzer} on {@code fixtures/<path>}. */
  public static List<Finding> findings(Analyzer analyzer, String path, Language language) {
    ParsedFile file = parse(path, language);
    Findings findings = new Findings("bug", file);
    analyzer.analyze(file, findings);
    return findings.toList();
  }

  /** The findings as {@code ruleId@line}, in reporting order, for exact assertions. */
  public static List<String> ruleLines(Analyzer analyzer, String path, Language language) {
    return findings(analyzer, path, language).stream()
        .map(f -> f.ruleId() + "@" + f.location().startLine())
        .toList();
  }

  /** The findings as {@code ruleId@line:SEVERITY}, for assertions on severity. */
  public static List<String> severities(Analyzer analyzer, String path, Language language) {
    return findings(analyzer, path, language).stream()
        .map(f -> f.ruleId() + "@" + f.location().startLine() + ":" + f.severity())
        .toList();
  }

  private static String read(String resource) {
    try (InputStream in = FixtureRun.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
