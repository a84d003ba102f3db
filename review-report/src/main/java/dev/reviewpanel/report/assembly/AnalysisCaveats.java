package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What COMPLETED results left out, one short line per agent ("bug: 1 analyzer failed on 1 file").
 * Workers say it in the result's {@code error}: type BudgetExhausted, FindingsCapped or
 * AnalyzerProblems, and a message whose parts ("N file(s) not fully analyzed", "kept the K most
 * severe of N findings", "N analyzer problem(s): analyzer on path: error; ...") are counted here. A
 * message in another shape still yields a caveat naming its error type.
 */
final class AnalysisCaveats {

  private static final Pattern CUT_OFF = Pattern.compile("(\\d+) file\\(s\\) not fully analyzed");
  private static final Pattern CAPPED = Pattern.compile("kept the (\\d+) most severe of (\\d+)");
  private static final Pattern PROBLEMS = Pattern.compile("(\\d+) analyzer problem\\(s\\): ");
  private static final Pattern PROBLEM = Pattern.compile("(?:^|; )(\\S+) on (\\S+?): ");

  private AnalysisCaveats() {}

  static List<String> of(ReviewPlan plan, Map<String, AgentResult> results) {
    Map<String, Tally> byAgent = new LinkedHashMap<>();
    for (PlannedTask task : plan.tasks()) {
      AgentResult result = results.get(task.taskId());
      if (result != null
          && result.status() == AgentResult.Status.COMPLETED
          && result.error() != null) {
        byAgent.computeIfAbsent(task.agent(), agent -> new Tally()).add(result.error());
      }
    }
    List<String> caveats = new ArrayList<>();
    byAgent.forEach((agent, tally) -> caveats.add(agent + ": " + tally.describe()));
    return caveats;
  }

  /** The gaps of one agent's results, summed over its shards. */
  private static final class Tally {

    private int filesCutOff;
    private int findingsKept;
    private int findingsFound;
    private int problems;
    private int problemsNamed;
    private final Set<String> failedAnalyzers = new LinkedHashSet<>();
    private final Set<String> failedFiles = new LinkedHashSet<>();
    private final Set<String> otherTypes = new LinkedHashSet<>();

    void add(AgentResult.Error error) {
      String message = error.message() == null ? "" : error.message();
      boolean understood = false;
      Matcher cutOff = CUT_OFF.matcher(message);
      if (cutOff.find()) {
        filesCutOff += Integer.parseInt(cutOff.group(1));
        understood = true;
      }
      Matcher capped = CAPPED.matcher(message);
      if (capped.find()) {
        findingsKept += Integer.parseInt(capped.group(1));
        findingsFound += Integer.parseInt(capped.group(2));
        understood = true;
      }
      Matcher problemList = PROBLEMS.matcher(message);
      if (problemList.find()) {
        problems += Integer.parseInt(problemList.group(1));
        Matcher problem = PROBLEM.matcher(message.substring(problemList.end()));
        while (problem.find()) {
          problemsNamed++;
          failedAnalyzers.add(problem.group(1));
          failedFiles.add(problem.group(2));
        }
        understood = true;
      }
      if (!understood) {
        otherTypes.add(error.type() == null ? "unknown problem" : error.type());
      }
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      if (filesCutOff > 0) {
        parts.add("time budget ran out with " + count(filesCutOff, "file") + " not fully analyzed");
      }
      if (findingsFound > 0) {
        parts.add("kept the " + findingsKept + " most severe of " + findingsFound + " findings");
      }
      // counting names needs every problem listed; a truncated message only gives the total
      if (problems > 0 && problemsNamed == problems) {
        parts.add(
            count(failedAnalyzers.size(), "analyzer")
                + " failed on "
                + count(failedFiles.size(), "file"));
      } else if (problems > 0) {
        parts.add(count(problems, "analyzer problem"));
      }
      otherTypes.forEach(type -> parts.add("incomplete (" + type + ")"));
      return String.join(", ", parts);
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }
}
