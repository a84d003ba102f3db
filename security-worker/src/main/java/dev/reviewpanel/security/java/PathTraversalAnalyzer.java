package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.security.java.flow.ScopeText;
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
          "PrintWriter",
          "PrintStream",
          "FileSystemResource",
          "ZipFile",
          "JarFile");
  private static final Set<String> CONTENT_SOURCES =
      Set.of("getInputStream", "getReader", "getBytes", "readAllBytes");
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

  // new File(input).getName(): the file is never opened, only its last segment is kept.
  private static boolean onlyNameKept(Node sink) {
    return sink.getParentNode().orElse(null) instanceof MethodCallExpr call
        && call.getScope().orElse(null) == sink
        && (call.getNameAsString().equals("getName")
            || call.getNameAsString().equals("getFileName"));
  }

  // Files.copy(request.getInputStream(), target): the request supplies bytes, not the path.
  private static boolean isContent(Expression argument) {
    return argument.isMethodCallExpr()
        && CONTENT_SOURCES.contains(argument.asMethodCallExpr().getNameAsString());
  }

  private static void check(
      MethodFlow method, Node sink, List<Expression> arguments, String what, Findings findings) {
    if (method.isStoredInCheckedPath(sink) || onlyNameKept(sink)) {
      return;
    }
    for (Expression argument : arguments) {
      if (!isContent(argument) && method.flowOf(argument).exposedTo(Exposure.PATH)) {
        reportTaint(findings, RULE, sink, method, argument, Exposure.PATH, what);
        return;
      }
    }
  }
}
