package dev.reviewpanel.local;

import dev.reviewpanel.local.analyze.AnalyzeCommand;
import dev.reviewpanel.local.analyze.BaselineCommand;
import dev.reviewpanel.local.analyze.BenchmarkCommand;
import dev.reviewpanel.local.analyze.EvaluateCommand;
import dev.reviewpanel.local.chaos.ChaosCommand;
import dev.reviewpanel.local.load.LoadCommand;
import dev.reviewpanel.local.realworld.RealWorldCommand;
import dev.reviewpanel.local.submit.SubmitCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/** Entry point behind {@code ./review-panel}: dispatches to a sub-command. */
public final class ReviewPanelCommand {

  private static final Set<String> OFFLINE =
      Set.of("analyze", "baseline", "evaluate", "benchmark", "submit");
  private static final String OFFLINE_LOGGING = "dev/reviewpanel/local/analyze/cli-logback.xml";
  private static final String CHAOS_LOGGING = "dev/reviewpanel/local/chaos/chaos-logback.xml";

  private ReviewPanelCommand() {}

  public static void main(String[] args) {
    if (args.length > 0 && OFFLINE.contains(args[0])) {
      // their reports go to standard output: keep logs off it (set before the first logger)
      System.setProperty("logback.configurationFile", OFFLINE_LOGGING);
    } else if (args.length > 0 && args[0].equals("chaos")) {
      System.setProperty("logback.configurationFile", CHAOS_LOGGING);
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; the exit code is 0 on success, 2 on a usage error. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "help" : args[0];
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
      return usage(out, 0);
    }
    try {
      return switch (command) {
        case "up" -> UpCommand.parse(rest).run(out);
        case "dlt" -> DeadLetterCommand.parse(rest).run(out);
        case "analyze" -> AnalyzeCommand.parse(rest).run(out, err);
        case "baseline" -> BaselineCommand.parse(rest).run(out, err);
        case "submit" -> SubmitCommand.parse(rest).run(out, err);
        case "evaluate" ->
            RealWorldCommand.wanted(rest)
                ? RealWorldCommand.parse(rest).run(out, err)
                : EvaluateCommand.parse(rest).run(out, err);
        case "benchmark" -> BenchmarkCommand.parse(rest).run(out, err);
        case "load" -> LoadCommand.parse(rest).run(out);
        case "broker" -> BrokerCommand.parse(rest).run(out);
        case "chaos" -> ChaosCommand.parse(rest).run(out);
        case "help", "--help", "-h" -> usage(out, 0);
        default -> {
          err.println("unknown command '" + command + "'");
          yield usage(err, 2);
        }
      };
    } catch (IllegalArgumentException e) {
      err.println("review-panel: " + e.getMessage());
      return 2;
    } catch (IllegalStateException e) {
      // Could not start or run (a port in use, a broker that cannot be reached): say why, briefly.
      err.println("review-panel: " + e.getMessage());
      return 1;
    }
  }

  private static int usage(PrintStream out, int exitCode) {
    out.println(
        """
        usage: review-panel up [--no-demo] [--key=value ...]
               review-panel dlt list|replay <topic>-dlt [--bootstrap-servers=localhost:9092]
               review-panel analyze PATH... [--agents security,bug,performance] [--diff FILE]
                   [--whole-file] [--format json|sarif|markdown] [--output FILE]
                   [--fail-on critical|high|medium|low|info] [--config FILE] [--baseline FILE]
               review-panel baseline [PATH...] [--agents ...] [--config FILE] [--output FILE]
               review-panel submit PATH... | --diff FILE | --git BASE..HEAD [--url URL]
                   [--api-key KEY] [--agents a,b] [--format json|markdown|sarif] [--output FILE]
                   [--fail-on request-changes|reject|never] [--timeout 5m] [--config FILE]
                   [--baseline FILE]
               review-panel evaluate [DIR]
               review-panel evaluate --real-world [--fetch] [--cache DIR] [--project NAME]...
                   [--untriaged FILE] [--findings FILE] [--list N]
               review-panel benchmark [DIR] [--lines N] [--heap]
               review-panel broker [--port=9092] [--controller-port=9093] [--data-dir=DIR]
               review-panel load [--rate N | --step N,N,...] [--duration 60s] [--warmup 60s]
                   [--via rest|kafka] [--shape example|java-200|big] [--start [--key=value...]]
                   [--url http://127.0.0.1:8080] [--bootstrap-servers localhost:9092]
                   [--grace 30s] [--connections 64] [--api-key KEY] [--no-floor] [--cpu-of PID,...]
                   [--write-files DIR]  (writes the shape's files to DIR instead, for benchmark DIR)
               review-panel chaos [--short] [--reviews=1000] [--rate=8] [--pause=40s]
                   [--faults=worker-kill,worker-pause,synthesis-kill,coordinator-kill,broker-restart]
                   [--agents=security,bug,performance] [--no-static] [--work-dir=target/chaos]
                   [--service-property=KEY=VALUE]... [--services-jar=OTHER-BUILD-exec.jar]

          up   start a Kafka broker (localhost:9092) and all six services in this JVM
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

          analyze   run the agents' analyzers on files or directory trees, no Kafka needed
               (.gitignore and .reviewpanelignore honoured; .git, node_modules, target and
               build skipped). --diff keeps findings on the diff's added lines of the files it
               touches (--whole-file: anywhere in them). Exit 1 when a counted finding is at
               or above --fail-on (default: fail-on of .review-panel.yml), 0 otherwise, 2 on a
               usage error or an invalid .review-panel.yml. The configuration and the baseline
               are read from the working directory (docs/configuration.md).

          baseline  write today's counted findings to .review-panel-baseline.json (sorted,
               stable): later reviews report those as suppressed and count only new ones

          submit    send a review to a running service (--url, else REVIEW_PANEL_URL, else
               http://127.0.0.1:8080; --api-key, else REVIEW_PANEL_API_KEY), show each agent's
               progress, print the summary and write the report (--format, --output). Files as
               analyze finds them, or those a diff or a git range touches, with that diff,
               and .review-panel.yml and .review-panel-baseline.json of the working directory
               (or --config, --baseline): the service applies them, its fail-on included.
               Exit 0 on APPROVE, 1 on REQUEST_CHANGES or REJECT (--fail-on reject: REJECT
               only; never: 0), 2 when the review could not be had (unreachable, refused,
               an invalid .review-panel.yml, timed out).

          evaluate  score the analyzers on a labeled corpus (default evaluation/cases):
               TP, FP, FN, TN, precision, recall, FPR and TPR-FPR per category and language.
               --real-world: fetch the open-source corpus of evaluation/real-world/corpus.tsv
               when the cache (~/.cache/review-panel/real-world) lacks it, analyze each project,
               print findings per 1,000 lines, precision against triage.tsv, and recall on the
               vulnerable applications of evaluation/apps; see evaluation/real-world/README.md

          benchmark analysis throughput in lines/s per core for each agent and language, and
               peak heap, over DIR (default evaluation/cases) replicated to --lines (100000).
               --heap analyzes that corpus as one review instead and checks it fits in 512 MiB
               (run it with java -Xmx512m)

          load  an open-loop load driver: offers reviews at a fixed rate (or each rate of
               --step) whatever the answers, to a running stack or, with --start, to one it
               starts in this JVM; prints offered and achieved rate, submit-to-report
               latency read off review-reports, 429s, errors, lost and duplicate reports,
               and the Kafka floor (the same four hops with plain clients) beside them

          chaos the fault suite: a broker and the services as processes of their own, reviews
               offered through the REST API while it kills -9 and restarts a worker,
               synthesis, a coordinator right after a 202 and the broker, and SIGSTOPs a
               worker past its task budget; checks every accepted review got exactly one
               report, none PARTIAL, no dead letters, and prints recovery times. Exit 0 when
               all checks pass. --short: 100 reviews, a worker kill and a pause (as in CI);
               --no-static: without review.instance.id, to compare recovery (docs/reliability.md)
        """);
    return exitCode;
  }
}
