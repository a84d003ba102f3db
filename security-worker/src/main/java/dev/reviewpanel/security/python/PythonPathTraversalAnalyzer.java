package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Path traversal (CWE-22) in Python: request data in the path given to {@code open}, {@code
 * send_file}, {@code os.remove}... {@code secure_filename} and {@code os.path.basename} clean it.
 */
@Component
public class PythonPathTraversalAnalyzer extends PythonTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.path-traversal",
          "path-traversal",
          "CWE-22",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Path traversal",
          "Keep only a file name (werkzeug secure_filename, os.path.basename), or resolve the path"
              + " and check it stays under the base directory; send_from_directory does both.");

  private static final Set<String> SINKS =
      Set.of(
          "open",
          "io.open",
          "codecs.open",
          "os.open",
          "send_file",
          "flask.send_file",
          "FileResponse",
          "os.remove",
          "os.unlink",
          "os.rmdir",
          "shutil.rmtree",
          "shutil.copy",
          "shutil.copyfile",
          "shutil.move",
          "os.listdir",
          "aiofiles.open");

  // (BASE / name).read_bytes(): a pathlib path built from request data.
  private static boolean isTaintedPath(PythonCall call, PythonTaint taint) {
    TSNode function = call.node().getChildByFieldName("function");
    return function.getType().equals("attribute")
        && taint.isTainted(function.getChildByFieldName("object"));
  }

  private static final Set<String> PATH_METHODS =
      Set.of("read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir");

  @Override
  public String name() {
    return "python-path-traversal";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings) {
    if (PATH_METHODS.contains(call.name()) && isTaintedPath(call, taint)) {
      report(
          findings,
          RULE,
          call.node(),
          "Path traversal (CWE-22): request data → pathlib path → ." + call.name() + "().");
      return;
    }
    if (!SINKS.contains(call.qualifiedName())) {
      return;
    }
    argument(call, 0, "file", tree)
        .filter(taint::isTainted)
        .ifPresent(
            path ->
                report(
                    findings,
                    RULE,
                    call.node(),
                    "Path traversal (CWE-22): request data → file path → "
                        + call.qualifiedName()
                        + "()."));
  }
}
