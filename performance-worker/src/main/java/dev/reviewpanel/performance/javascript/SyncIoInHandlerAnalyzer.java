package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Synchronous file or process I/O ({@code fs.readFileSync}, {@code execSync}) in an HTTP request
 * handler: it blocks Node's single event loop, so every concurrent request waits for the disk.
 */
@Component
public class SyncIoInHandlerAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.sync-io-in-handler",
          "concurrency",
          null,
          Severity.HIGH,
          Confidence.HIGH,
          "Synchronous I/O inside a request handler",
          "Use the promise API (await fs.promises.readFile, util.promisify(exec)) or load the"
              + " data once at startup, outside the handler.");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("call_expression");

  public SyncIoInHandlerAnalyzer() {
    super("js-sync-io-in-handler", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (!nodeType.equals("call_expression")) {
                return;
              }
              String callee = ScriptCalls.callee(tree, node);
              if (ScriptCalls.syncIo(callee)) {
                RequestHandlers.enclosing(tree, node)
                    .ifPresent(
                        handler ->
                            findings.report(
                                RULE,
                                SyntaxTree.startLine(node),
                                "%s() blocks the event loop inside the request handler at line %d"
                                    .formatted(callee, SyntaxTree.startLine(handler))));
              }
            });
  }
}
