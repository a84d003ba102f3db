package dev.reviewpanel.local;

import java.io.PrintStream;
import java.util.Arrays;

/** Entry point behind {@code ./review-panel}: dispatches to a sub-command. */
public final class ReviewPanelCommand {

  private ReviewPanelCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "help" : args[0];
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    try {
      return switch (command) {
        case "up" -> UpCommand.parse(rest).run(out);
        case "dlt" -> DeadLetterCommand.parse(rest).run(out);
        case "help", "--help", "-h" -> usage(out, 0);
        default -> {
          err.println("unknown command '" + command + "'");
          yield usage(err, 2);
        }
      };
    } catch (IllegalArgumentException e) {
      err.println("review-panel: " + e.getMessage());
      return 2;
    }
  }

  private static int usage(PrintStream out, int exitCode) {
    out.println(
        """
        usage: review-panel up [--no-demo] [--key=value ...]
               review-panel dlt list|replay <topic>-dlt [--bootstrap-servers=localhost:9092]

          up   start a Kafka broker (localhost:9092) and all five services in this JVM
               (coordinator on http://127.0.0.1:8080), submit examples/request.json once
               and print its report, then serve until Ctrl-C.
               --no-demo       skip the example review
               --key=value     any Spring property, given to every service
                               (e.g. --review.security.api-keys=secret)
               --review.local.kafka-port=9092, --review.local.controller-port=9093,
               --review.local.data-dir=DIR (keep Kafka data between runs),
               --review.local.examples=examples/request.json

          dlt  list the records of a dead-letter topic with the reason each was rejected, or
               replay them to the topic they came from (key, value and their own headers)
        """);
    return exitCode;
  }
}
