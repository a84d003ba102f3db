package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.security.java.flow.JavaMethods;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.List;
import java.util.Set;

/** A Java analyzer that inspects one method at a time with its dataflow already solved. */
abstract class JavaFlowAnalyzer implements Analyzer {

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            unit ->
                file.derived(SolvedFlows.class, f -> new SolvedFlows(JavaMethods.of(f)))
                    .methods()
                    .forEach(m -> inspect(m, findings)));
  }

  // The analyzers of one file share one solve; kept with the file, not on its shared tree.
  private record SolvedFlows(List<MethodFlow> methods) {}

  abstract void inspect(MethodFlow method, Findings findings);

  static void report(Findings findings, Rule rule, Node node, String message) {
    int begin = node.getBegin().map(p -> p.line).orElse(1);
    int end = node.getEnd().map(p -> p.line).orElse(begin);
    boolean named = rule.cwe() == null || message.contains(rule.cwe());
    findings.report(rule, begin, end, named ? message : message + " (" + rule.cwe() + ")");
  }

  static String origin(boolean fromRequest) {
    return fromRequest ? "request data" : "non-constant data";
  }
}
