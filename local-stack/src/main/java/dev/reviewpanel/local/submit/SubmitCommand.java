package dev.reviewpanel.local.submit;

import dev.reviewpanel.events.ReviewRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code review-panel submit}: sends a review to a running service, shows its agents' progress,
 * prints the summary and writes the report. Exit 0 on APPROVE, 1 on REQUEST_CHANGES or REJECT (as
 * {@code --fail-on} says), 2 when the review could not be had (unreachable, refused, timed out).
 */
public final class SubmitCommand {

  private final SubmitOptions options;
  private final Path workingDirectory;

  private SubmitCommand(SubmitOptions options, Path workingDirectory) {
    this.options = options;
    this.workingDirectory = workingDirectory;
  }

  /** Reads the arguments after {@code submit}; throws IllegalArgumentException on misuse. */
  public static SubmitCommand parse(String[] args) {
    return parse(args, System.getenv(), Path.of("").toAbsolutePath());
  }

  static SubmitCommand parse(
      String[] args, Map<String, String> environment, Path workingDirectory) {
    return new SubmitCommand(SubmitOptions.parse(args, environment), workingDirectory);
  }

  public int run(PrintStream out, PrintStream err) {
    return run(out, err, System.console() != null);
  }

  int run(PrintStream out, PrintStream err, boolean terminal) {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    // the report owns standard output when it goes there; everything else goes to err
    PrintStream talk = options.format() != null && options.output() == null ? err : out;
    try {
      ReviewRequest request = ReviewPayload.build(options, workingDirectory);
      ReviewService service = new ReviewService(options.url(), options.apiKey());
      String reviewId = service.submit(request);
      talk.printf(
          "Review %s: %d file(s) sent to %s%n", reviewId, request.files().size(), options.url());
      service.follow(reviewId, new AgentBoard(err, terminal)::on, deadline);
      JsonNode report = service.report(reviewId, deadline);
      talk.println();
      talk.println(report.path("summary").asString("(no summary)"));
      if (options.format() != null) {
        write(service.rendered(reviewId, options.format()), out);
      }
      return exitCode(report, talk);
    } catch (SubmitFailure | IllegalArgumentException e) {
      // refused by the service, or nothing sendable here (an invalid .review-panel.yml, no files)
      err.println("review-panel: " + e.getMessage());
      return 2;
    }
  }

  private int exitCode(JsonNode report, PrintStream talk) {
    String status = report.path("status").asString("");
    String decision = report.path("decision").asString("");
    if (status.equals("FAILED") || decision.isEmpty()) {
      talk.println("The review failed: no verdict.");
      return 2;
    }
    boolean fails =
        switch (decision) {
          case "REQUEST_CHANGES" -> options.failOn() == SubmitOptions.FailOn.REQUEST_CHANGES;
          case "REJECT" -> options.failOn() != SubmitOptions.FailOn.NEVER;
          default -> false;
        };
    return fails ? 1 : 0;
  }

  private void write(String rendered, PrintStream out) {
    if (options.output() == null) {
      out.println(rendered);
      return;
    }
    Path target = workingDirectory.resolve(options.output());
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, rendered + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + options.output(), e);
    }
  }
}
