package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.code.model.Import;
import dev.reviewpanel.code.symbols.ModuleFiles;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    if (parts.length > 2 || parts[0].isEmpty() || !mayResolve(file, callee)) {
      return Optional.empty();
    }
    Import i = file.derived(ImportedNames.class, ImportedNames::of).imports().get(parts[0]);
    if (parts.length == 2) {
      return functionIn(file, i.target(), parts[1]);
    }
    return i.name() == null ? Optional.empty() : functionIn(file, i.module(), i.name());
  }

  /** Whether {@code callee} could name an imported function: the names the file's imports bind. */
  static boolean mayResolve(ParsedFile file, String callee) {
    int dot = callee.indexOf('.');
    String first = dot < 0 ? callee : callee.substring(0, dot);
    return callee.indexOf('.', dot + 1) < 0
        && file.scope().size() > 1
        && file.derived(ImportedNames.class, ImportedNames::of).imports().containsKey(first);
  }

  // import a.b as c, import a, from x import (a, b as c): every local name bound, read once with
  // a pattern rather than a model of the file, since most files import nothing a loop calls
  private record ImportedNames(Map<String, Import> imports) {

    private static final Pattern IMPORT =
        Pattern.compile("(?m)^[ \\t]*(?:from\\s+(\\S+)\\s+)?import\\s+(\\([^)]*\\)|[^\\n]*)");
    private static final Pattern NAME = Pattern.compile("([A-Za-z_][\\w.]*)(?:\\s+as\\s+(\\w+))?");

    static ImportedNames of(ParsedFile file) {
      Map<String, Import> imports = new HashMap<>();
      Matcher statement = IMPORT.matcher(file.content());
      while (statement.find()) {
        String from = statement.group(1);
        Matcher name = NAME.matcher(statement.group(2));
        while (name.find()) {
          String written = name.group(1);
          String alias = name.group(2) != null ? name.group(2) : written.split("\\.")[0];
          imports.put(
              alias,
              from == null
                  ? new Import(name.group(2) != null ? written : alias, null, alias, 0)
                  : new Import(from, written, alias, 0));
        }
      }
      return new ImportedNames(Map.copyOf(imports));
    }
  }

  private static Optional<Remote> functionIn(ParsedFile file, String module, String function) {
    for (String path : ModuleFiles.candidates(Language.PYTHON, file.path(), module)) {
      Optional<Declared> found =
          file.scope()
              .fact(
                  path,
                  Declared.class,
                  f -> f.language() == Language.PYTHON ? new Declared(f) : null);
      if (found.isPresent()) {
        return Optional.ofNullable(found.get().remote.get(function));
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
  }
}
