package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.model.Import;
import dev.reviewpanel.code.symbols.ModuleFiles;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Calls of functions that another file of the review declares and that run a query or an HTTP
 * request themselves ({@code repository.user(id)} where {@code def user(user_id): return
 * db.session.get(User, user_id)}): in a loop, one round-trip per iteration all the same.
 */
final class ImportedQueries {

  /** A function's own remote call: what it talks to and the call, as written. */
  record Remote(String kind, String call, String file) {}

  private ImportedQueries() {}

  /** The remote call {@code callee} ({@code module.function} or an imported function) makes. */
  static Optional<Remote> of(ParsedFile file, String callee) {
    String[] parts = callee.split("\\.");
    if (parts.length > 2 || parts[0].isEmpty() || file.scope().size() < 2) {
      return Optional.empty();
    }
    Optional<Import> imported =
        CodeModels.of(file).imports().stream().filter(i -> parts[0].equals(i.alias())).findFirst();
    if (imported.isEmpty()) {
      return Optional.empty();
    }
    Import i = imported.get();
    if (parts.length == 2) {
      return functionIn(file, i.target(), parts[1]);
    }
    return i.name() == null ? Optional.empty() : functionIn(file, i.module(), i.name());
  }

  private static Optional<Remote> functionIn(ParsedFile file, String module, String function) {
    for (String path : ModuleFiles.candidates(Language.PYTHON, file.path(), module)) {
      Optional<ParsedFile> found =
          file.scope().open(path).filter(f -> f.language() == Language.PYTHON);
      if (found.isPresent()) {
        return Optional.ofNullable(Declared.of(found.get()).remote.get(function));
      }
    }
    return Optional.empty();
  }

  /** The top-level functions of one file that make a remote call, with the first such call. */
  private static final class Declared {

    private final Map<String, Remote> remote = new HashMap<>();

    private Declared(ParsedFile file) {
      SyntaxTree tree = file.syntaxTree();
      TSNode root = tree.root();
      String name = file.path().substring(file.path().lastIndexOf('/') + 1);
      for (int i = 0; i < root.getNamedChildCount(); i++) {
        TSNode function = root.getNamedChild(i);
        if (function.getType().equals("decorated_definition")) {
          function = function.getChildByFieldName("definition");
        }
        if (function.isNull() || !function.getType().equals("function_definition")) {
          continue;
        }
        String declared = tree.text(function.getChildByFieldName("name"));
        SyntaxTree.walk(
            function.getChildByFieldName("body"),
            node -> {
              if (!remote.containsKey(declared) && node.getType().equals("call")) {
                String callee = PythonCalls.callee(tree, node);
                PythonCalls.remote(callee)
                    .ifPresent(kind -> remote.put(declared, new Remote(kind, callee, name)));
              }
            });
      }
    }

    static Declared of(ParsedFile file) {
      return file.derived(Declared.class, Declared::new);
    }
  }
}
