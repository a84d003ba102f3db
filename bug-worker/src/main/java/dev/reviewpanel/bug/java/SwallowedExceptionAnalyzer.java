package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.stmt.CatchClause;
import dev.reviewpanel.bug.impact.FailureImpact;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Catch blocks that lose the error. A block holding only a comment (inside the braces or after the
 * closing one) counts as a documented, deliberate ignore, and one that writes a message to the
 * console logs it; except where no comment can make it right: a caught {@code InterruptedException}
 * that neither restores the interrupt nor rethrows. A catch of {@code Throwable}/{@code
 * Exception}/{@code Error} with nothing in it and no word why is reported once, as swallowing every
 * failure. An empty catch is MEDIUM only where the try block makes a write, a transaction step or a
 * security check ({@link FailureImpact}); around a probe, optional parsing or cleanup it is LOW. A
 * lost interrupt in code the class runs on a thread of its own is LOW: the class owns that thread's
 * interruption policy. Printing the stack trace instead of logging it is LOW: the failure is not
 * lost, only badly reported.
 */
@Component
class SwallowedExceptionAnalyzer extends NamedAnalyzer {

  static final Rule EMPTY_CATCH =
      new Rule(
          "java.empty-catch",
          "error-handling",
          "CWE-1069",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Empty catch block",
          "Handle the exception, log it with context, or rethrow it; if ignoring it is really"
              + " intended, say why in a comment or name the variable 'ignored'.");

  static final Rule SWALLOWED_BROAD =
      new Rule(
          "java.swallowed-broad-exception",
          "error-handling",
          "CWE-390",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Every exception silently swallowed",
          "Catch the specific exceptions you expect and handle them; let the rest propagate.");

  static final Rule PRINT_STACK_TRACE_ONLY =
      new Rule(
          "java.print-stack-trace-only",
          "error-handling",
          "CWE-390",
          Severity.LOW,
          Confidence.HIGH,
          "Exception only printed to the console",
          "Log the exception through the application's logger and handle or rethrow it;"
              + " printStackTrace() writes to stderr and lets execution continue in a bad state.");

  static final Rule LOST_INTERRUPT =
      new Rule(
          "java.lost-interrupt",
          "concurrency",
          "CWE-391",
          Severity.MEDIUM,
          Confidence.HIGH,
          "InterruptedException swallowed",
          "Call Thread.currentThread().interrupt() in the catch block (or rethrow) so callers"
              + " still see the interruption and the thread can shut down.");

  private static final Set<String> BROAD = Set.of("Throwable", "Exception", "Error");
  private static final Set<String> IGNORED_NAMES = Set.of("ignored", "ignore");
  private static final String EXPECTED = "expected";

  SwallowedExceptionAnalyzer() {
    super("java-swallowed-exception", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                JavaNodes.of(file, CatchClause.class)
                    .forEach(clause -> check(file, clause, findings)));
  }

  private static void check(ParsedFile file, CatchClause clause, Findings findings) {
    CatchBody body = new CatchBody(file, clause);
    int line = clause.getBegin().map(p -> p.line).orElse(1);
    String caught = clause.getParameter().getType().asString();
    Optional<FailureImpact.Lost> lost = body.lostByTry();
    if (body.caughtTypes().contains("InterruptedException") && !body.restoresInterruptOrThrows()) {
      if (body.inOwnThreadRun()) {
        findings.report(
            LOST_INTERRUPT.at(Severity.LOW, Confidence.MEDIUM),
            line,
            "InterruptedException is swallowed in code this class runs on a thread of its own"
                + " (the run() of its thread, a task it gives to new Thread(...), a worker loop it"
                + " hands to its executor); that thread's interruption policy is the class's own,"
                + " so this is a note.");
      } else {
        findings.report(
            LOST_INTERRUPT,
            line,
            "InterruptedException is caught but the thread's interrupt status is neither restored"
                + " nor propagated: whoever calls "
                + body.enclosingName()
                + " on its own thread never learns that thread was interrupted.");
      }
    } else if (body.variable().equals(EXPECTED)) {
      // The test idiom try { call(); fail(); } catch (Exception expected) {} is deliberate.
    } else if (body.caughtTypes().stream().anyMatch(BROAD::contains)
        && body.isEmpty()
        && !IGNORED_NAMES.contains(body.variable())
        && !body.hasComment()) {
      findings.report(
          lost.isPresent() ? SWALLOWED_BROAD : SWALLOWED_BROAD.at(Severity.LOW, Confidence.HIGH),
          line,
          "catch (" + caught + ") hides every failure, including bugs" + impact(lost) + ".");
      return;
    } else if (body.onlyPrintsStackTrace()) {
      findings.report(
          PRINT_STACK_TRACE_ONLY,
          line,
          "'"
              + body.variable()
              + "' is only printed; the caller never learns the operation failed.");
    }
    // Whatever else is wrong with it, a catch with nothing in it at all is an empty catch.
    if (body.isEmpty()
        && !IGNORED_NAMES.contains(body.variable())
        && !body.variable().equals(EXPECTED)
        && !body.hasComment()) {
      findings.report(
          lost.isPresent() ? EMPTY_CATCH : EMPTY_CATCH.at(Severity.LOW, Confidence.HIGH),
          line,
          "catch (" + caught + ") has an empty body: the error is lost" + impact(lost) + ".");
    }
  }

  // MEDIUM only where the swallowed failure is a lost write, transaction step or security check;
  // an empty catch around a feature probe, optional parsing or cleanup is a LOW smell.
  private static String impact(Optional<FailureImpact.Lost> lost) {
    return lost.map(l -> ", and with it " + l.describe() + " fails unnoticed")
        .orElse(" (LOW: the try block makes no write, transaction step or security check)");
  }
}
