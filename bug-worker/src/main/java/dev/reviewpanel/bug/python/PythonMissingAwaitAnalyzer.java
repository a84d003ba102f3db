package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A coroutine function called as a statement without {@code await}: the call only builds a
 * coroutine object and drops it, so the function's body never runs. The callee is an {@code async
 * def} of the same file, a method of the enclosing class ({@code self.m()}), or a function of
 * another file of the review reached through an import ({@code from ..services import notify;
 * notify.alert()}, {@code from .jobs import run}).
 */
@Component
class PythonMissingAwaitAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.missing-await",
          "correctness",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Coroutine called without await",
          "Await the call, or schedule it with asyncio.create_task() and keep the task; a"
              + " coroutine nobody awaits never runs (RuntimeWarning: coroutine was never"
              + " awaited).");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);
  private static final Set<String> RECEIVERS_OF_OWN_CLASS = Set.of("self", "cls");

  private final NodeQuery calls = new NodeQuery(LANGUAGES, "call");

  PythonMissingAwaitAnalyzer() {
    super("python-missing-await", LANGUAGES);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    calls.forEach(
        file,
        call -> {
          TSNode statement = call.getParent();
          if (statement.isNull()
              || !statement.getType().equals("expression_statement")
              || statement.getNamedChildCount() != 1) {
            return; // awaited, assigned, returned or passed on: someone holds the coroutine
          }
          TSNode callee = call.getChildByFieldName("function");
          if (!callee.isNull() && isCoroutineFunction(file, tree, call, callee)) {
            findings.report(
                RULE,
                SyntaxTree.startLine(call),
                "'"
                    + tree.text(callee)
                    + "()' is a coroutine function called without await: the coroutine is"
                    + " dropped and its body never runs.");
          }
        });
  }

  private static boolean isCoroutineFunction(
      ParsedFile file, SyntaxTree tree, TSNode call, TSNode callee) {
    PythonModule module = PythonModule.of(file);
    if (callee.getType().equals("identifier")) {
      String name = tree.text(callee);
      return module.isAsync(name)
          || module
              .imported(name)
              .filter(i -> i.member() != null)
              .flatMap(i -> module.resolve(i.module()).map(m -> m.isAsync(i.member())))
              .orElse(false);
    }
    if (!callee.getType().equals("attribute")) {
      return false;
    }
    TSNode object = callee.getChildByFieldName("object");
    String method = tree.text(callee.getChildByFieldName("attribute"));
    if (!object.getType().equals("identifier")) {
      return false;
    }
    String receiver = tree.text(object);
    if (RECEIVERS_OF_OWN_CLASS.contains(receiver)) {
      return module.declaresAsync()
          && enclosingClass(call).map(c -> declaresAsync(tree, c, method)).orElse(false);
    }
    return module
        .imported(receiver)
        .flatMap(i -> module.resolve(moduleOf(i)))
        .map(m -> m.isAsync(method))
        .orElse(false);
  }

  // from . import notify -> .notify; from ..services import notify -> ..services.notify
  private static String moduleOf(PythonModule.Imported imported) {
    return imported.member() == null
        ? imported.module()
        : PythonModule.joined(imported.module(), imported.member());
  }

  private static Optional<TSNode> enclosingClass(TSNode node) {
    for (TSNode n = node.getParent(); !n.isNull(); n = n.getParent()) {
      if (n.getType().equals("class_definition")) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static boolean declaresAsync(SyntaxTree tree, TSNode type, String method) {
    TSNode body = type.getChildByFieldName("body");
    boolean async = false;
    for (int i = 0; !body.isNull() && i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      TSNode function = PythonModule.definition(statement);
      if (!function.isNull()
          && function.getType().equals("function_definition")
          && tree.text(function.getChildByFieldName("name")).equals(method)) {
        if (!PythonModule.isAsyncDefinition(function)
            || PythonModule.isRewrapped(tree, statement)) {
          return false;
        }
        async = true;
      }
    }
    return async;
  }
}
