package eval.concat;

import java.util.Map;

public class ReportLines {
  public String render(Map<String, Integer> totals) {
    String report = "Totals\n";
    for (Map.Entry<String, Integer> e : totals.entrySet()) {
      report = report + e.getKey() + ": " + e.getValue() + "\n"; // expect: string-concat-in-loop
    }
    return report;
  }
}
