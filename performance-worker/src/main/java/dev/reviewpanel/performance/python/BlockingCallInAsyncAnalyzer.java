package dev.reviewpanel.performance.python;

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
 * A blocking call ({@code time.sleep}, {@code requests.get}, {@code subprocess.run}) inside an
 * {@code async def}: it stalls the event loop and every other coroutine with it.
 */
@Component
public class BlockingCallInAsyncAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.blocking-call-in-async",
          "concurrency",
          null,
          Severity.HIGH,
          Confidence.HIGH,
          "Blocking call inside an async function",
          "Use the async equivalent (await asyncio.sleep, httpx.AsyncClient / aiohttp,"
              + " asyncio.create_subprocess_exec) or move the call off the loop with"
              + " await asyncio.to_thread(...).");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("call");

  public BlockingCallInAsyncAnalyzer() {
    super("python-blocking-call-in-async", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (!nodeType.equals("call")) {
                return;
              }
              String callee = PythonCalls.callee(tree, node);
              if (PythonCalls.blocks(callee) && PythonLoops.inAsyncFunction(node)) {
                findings.report(
                    RULE,
                    SyntaxTree.startLine(node),
                    "%s() blocks the event loop inside an async function".formatted(callee));
              }
            });
  }
}
