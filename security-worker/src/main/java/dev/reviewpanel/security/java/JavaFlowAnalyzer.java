package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.JavaMethods;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.security.java.flow.TaintTrace;
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
    boolean named = rule.cwe() == null || message.contains(rule.cwe());
    findings.report(rule, begin, end, named ? message : message + " (" + rule.cwe() + ")");
  }

  /** Reports {@code value} reaching {@code sink} with the CWE and a source → sink trace. */
  static void reportTaint(
      Findings findings,
      Rule rule,
      Node sink,
      MethodFlow method,
      Expression value,
      Exposure exposure,
      String sinkText) {
    report(
        findings,
        rule,
        sink,
        rule.title()
            + " ("
            + rule.cwe()
            + "): "
            + TaintTrace.of(method, value, exposure, sinkText)
            + ".");
  }

  static String origin(boolean fromRequest) {
    return fromRequest ? "request data" : "non-constant data";
  }
}
