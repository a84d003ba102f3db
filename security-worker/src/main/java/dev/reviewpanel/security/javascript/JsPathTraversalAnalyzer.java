package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Path traversal (CWE-22) in JavaScript/TypeScript: request data in the path given to {@code fs}
 * reads and writes, {@code res.sendFile} or {@code res.download}. {@code sendFile} with a {@code
 * root} option rejects {@code ..} itself; {@code path.basename} keeps only a file name.
 */
@Component
public class JsPathTraversalAnalyzer extends JsTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.path-traversal",
          "path-traversal",
          "CWE-22",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Path traversal",
          "Use path.basename on the input, or resolve it and check it starts with the base"
              + " directory; with Express pass { root } to res.sendFile.");

  private static final Set<String> FS_RECEIVERS = Set.of("fs", "fs.promises", "fsp", "fse");
  private static final Set<String> FS_FUNCTIONS =
      Set.of(
          "readFile",
          "readFileSync",
          "createReadStream",
          "writeFile",
          "writeFileSync",
          "createWriteStream",
          "appendFile",
          "appendFileSync",
          "unlink",
          "unlinkSync",
          "rm",
          "rmSync",
          "readdir",
          "readdirSync");
  private static final Set<String> RESPONSES = Set.of("res", "response", "resp");

  @Override
  public String name() {
    return "js-path-traversal";
  }

  @Override
  void inspect(JsCall call, SyntaxTree tree, JsTaint taint, Findings findings) {
    boolean fs = FS_RECEIVERS.contains(call.receiver()) && FS_FUNCTIONS.contains(call.name());
    boolean send =
        RESPONSES.contains(call.receiver())
            && (call.name().equals("download")
                || (call.name().equals("sendFile") && !hasRoot(call, tree)));
    if ((fs || send) && call.argument(0).filter(taint::isTainted).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "Path traversal (CWE-22): request data → file path → " + call.qualifiedName() + "().");
    }
  }

  private static boolean hasRoot(JsCall call, SyntaxTree tree) {
    return call.argument(1).map(o -> tree.text(o).matches("(?s)\\{.*\\broot\\s*:.*")).orElse(false);
  }
}
