package dev.reviewpanel.worker.testapp;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.TransientAnalysisException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Stands in for a remote reviewer that is down: fails transiently on files under outage/. */
@Component
class OutageAnalyzer implements Analyzer {

  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public String name() {
    return "outage";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    if (file.path().startsWith("outage/")) {
      calls.incrementAndGet();
      // Quotes the code it was sent, as remote reviewers do: the secret in it must not be logged.
      throw new TransientAnalysisException(
          "remote reviewer unavailable (HTTP 503) for: String token = \"outage-s3cr3t-value\";");
    }
  }

  /** How often it failed, to prove the task was retried. */
  int failures() {
    return calls.get();
  }
}
