package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.security.java.flow.ScopeText;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Rule;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Path traversal (CWE-22): request data used as a file path, unless the path is normalized and
 * checked with {@code startsWith} against a base directory, or reduced to its file name.
 */
@Component
public class PathTraversalAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.path-traversal",
          "path-traversal",
          "CWE-22",
          Severity.HIGH,
          Confidence.HIGH,
          "Path traversal",
          "Resolve the name against a fixed base directory, normalize it, and reject it unless"
              + " the result still startsWith the base; or keep only getFileName().");

  private static final Set<String> FILE_TYPES =
      Set.of(
          "File",
          "FileInputStream",
          "FileOutputStream",
          "FileReader",
          "FileWriter",
          "RandomAccessFile",
          "ZipFile",
          "JarFile");
  private static final Set<String> PATH_FACTORIES = Set.of("Paths", "Path", "Files");

  @Override
  public String name() {
    return "java-path-traversal";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (ObjectCreationExpr creation : method.own(ObjectCreationExpr.class)) {
      String type = creation.getType().getNameAsString();
      if (FILE_TYPES.contains(type)) {
        check(method, creation, creation.getArguments(), "new " + type + "()", findings);
      }
    }
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      String simpleScope = ScopeText.simpleOf(call);
      if (PATH_FACTORIES.contains(simpleScope)) {
        check(
            method,
            call,
            call.getArguments(),
            simpleScope + "." + call.getNameAsString() + "()",
            findings);
      }
    }
  }

  private static void check(
      MethodFlow method, Node sink, List<Expression> arguments, String what, Findings findings) {
    if (method.isStoredInCheckedPath(sink)) {
      return;
    }
    for (Expression argument : arguments) {
      if (method.flowOf(argument).exposedTo(Exposure.PATH)) {
        report(findings, RULE, sink, "File path given to " + what + " comes from request data.");
        return;
      }
    }
  }
}
