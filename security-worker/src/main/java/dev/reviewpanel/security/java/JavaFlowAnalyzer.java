package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import dev.reviewpanel.security.java.flow.JavaMethods;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.worker.analysis.Analyzer;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Language;
import dev.reviewpanel.worker.analysis.ParsedFile;
import dev.reviewpanel.worker.analysis.Rule;
import java.util.Set;

/** A Java analyzer that inspects one method at a time with its dataflow already solved. */
abstract class JavaFlowAnalyzer implements Analyzer {

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java().ifPresent(unit -> JavaMethods.of(unit).forEach(m -> inspect(m, findings)));
  }

  abstract void inspect(MethodFlow method, Findings findings);

  static void report(Findings findings, Rule rule, Node node, String message) {
    int begin = node.getBegin().map(p -> p.line).orElse(1);
    int end = node.getEnd().map(p -> p.line).orElse(begin);
    findings.report(rule, begin, end, message);
  }

  static String origin(boolean fromRequest) {
    return fromRequest ? "request data" : "non-constant data";
  }
}
