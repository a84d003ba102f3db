package dev.reviewpanel.security.java;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.security.java.flow.ScopeText;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Unsafe reflection (CWE-470): request data choosing the class to load or the method or field to
 * reach ({@code Class.forName}, {@code loadClass}, {@code getMethod}...).
 */
@Component
public class ReflectionAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.reflection",
          "reflection",
          "CWE-470",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Unsafe reflection",
          "Map input to one of a fixed set of classes or handlers (a switch or a map of allowed"
              + " names) instead of loading whatever class or member the client names.");

  private static final Set<String> LOADERS = Set.of("forName", "loadClass");
  private static final Set<String> MEMBERS =
      Set.of("getMethod", "getDeclaredMethod", "getField", "getDeclaredField");

  @Override
  public String name() {
    return "java-reflection";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      boolean sink =
          (LOADERS.contains(name) || MEMBERS.contains(name))
              && !call.getArguments().isEmpty()
              && call.getScope().isPresent();
      if (sink && method.flowOf(call.getArgument(0)).exposedTo(Exposure.REFLECTION)) {
        String receiver = name.equals("forName") ? "Class" : ScopeText.simpleOf(call);
        reportTaint(
            findings,
            RULE,
            call,
            method,
            call.getArgument(0),
            Exposure.REFLECTION,
            (receiver.isEmpty() ? "" : receiver + ".") + name);
      }
    }
  }
}
