package dev.reviewpanel.security;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.events.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source file under {@code src/test/resources/fixtures}. Lines that must be reported carry a
 * trailing {@code expect: <rule-id>} comment (in the file's comment syntax); every other line, the
 * safe look-alikes included, must stay silent.
 */
public record Fixture(ParsedFile file) {

  // in the file's own comment syntax: // and # in code, <!-- -->, <%-- --%>, <%# %>, {# #} in
  // templates
  private static final Pattern EXPECT =
      Pattern.compile(
          "(?://|#|<!--|<%--|<%#|\\{#)\\s*expect:\\s*([\\w.,\\- ]+?)\\s*(?:#\\}|--%>|-->|%>)?$");

  public static Fixture load(String resource, Language language) {
    try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Fixture(ParsedFile.of(resource, language, content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings of {@code analyzer} on this file. */
  public List<Finding> findings(Analyzer analyzer) {
    Findings findings = new Findings("security", file);
    analyzer.analyze(file, findings);
    return findings.toList();
  }

  /** What {@code analyzer} reports, as {@code rule-id@line}, in line order. */
  public List<String> reported(Analyzer analyzer) {
    return findings(analyzer).stream()
        .map(f -> f.ruleId() + "@" + f.location().startLine())
        .sorted(Fixture::byLine)
        .toList();
  }

  /** The first of {@code findings} on or after the first line containing {@code text}. */
  public Finding findingFrom(List<Finding> findings, String text) {
    int line = 1;
    while (line <= file.lineCount() && !file.line(line).contains(text)) {
      line++;
    }
    int start = line;
    return findings.stream()
        .filter(f -> f.location().startLine() >= start)
        .min(Comparator.comparingInt(f -> f.location().startLine()))
        .orElseThrow(() -> new AssertionError("no finding from '" + text + "'"));
  }

  /** What the fixture's {@code expect:} comments announce, as {@code rule-id@line}. */
  public List<String> expected() {
    List<String> expected = new ArrayList<>();
    for (int line = 1; line <= file.lineCount(); line++) {
      Matcher matcher = EXPECT.matcher(file.line(line).strip());
      if (matcher.find()) {
        for (String rule : matcher.group(1).split(",")) {
          expected.add(rule.strip() + "@" + line);
        }
      }
    }
    return expected;
  }

  private static int byLine(String a, String b) {
    int byLine =
        Integer.compare(
            Integer.parseInt(a.substring(a.lastIndexOf('@') + 1)),
            Integer.parseInt(b.substring(b.lastIndexOf('@') + 1)));
    return byLine != 0 ? byLine : a.compareTo(b);
  }
}
