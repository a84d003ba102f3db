package dev.reviewpanel.bug.python;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.code.symbols.ModuleFiles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.treesitter.TSNode;

/**
 * What one Python file declares at its top level, for checks that follow a call into it: the
 * functions declared {@code async def} (a name also declared with a plain {@code def} is not), and
 * the names its imports bind, each as the module it comes from and the member it names.
 */
final class PythonModule {

  /** {@code from M import N as alias}: module M, member N; {@code import a.b as alias}: a.b. */
  record Imported(String module, String member) {}

  private final ParsedFile file;
  private final Set<String> async = new HashSet<>();
  private final Set<String> plain = new HashSet<>();
  private final Map<String, Imported> imports = new HashMap<>();
  private final boolean declaresAsync;
  // module name -> its file in the review; a file calls the same modules again and again
  private final Map<String, Optional<PythonModule>> resolved = new ConcurrentHashMap<>();

  private PythonModule(ParsedFile file) {
    this.file = file;
    this.declaresAsync = file.content().contains("async def");
    SyntaxTree tree = file.syntaxTree();
    TSNode root = tree.root();
    for (int i = 0; i < root.getNamedChildCount(); i++) {
      TSNode statement = root.getNamedChild(i);
      switch (statement.getType()) {
        case "function_definition", "decorated_definition" ->
            declare(tree, definition(statement), isRewrapped(tree, statement));
        case "import_from_statement" -> importFrom(tree, statement);
        case "import_statement" -> importModules(tree, statement);
        default -> {}
      }
    }
  }

  /** The top-level facts of {@code file}, computed once per parsed file. */
  static PythonModule of(ParsedFile file) {
    return file.derived(PythonModule.class, PythonModule::new);
  }

  /** True when the file declares {@code name} only as {@code async def}. */
  boolean isAsync(String name) {
    return async.contains(name) && !plain.contains(name);
  }

  /** Whether any {@code async def} appears in the file, at any depth. */
  boolean declaresAsync() {
    return declaresAsync;
  }

  /**
   * {@code from . import notify} names the module {@code .notify}; {@code from a import b}, a.b.
   */
  static String joined(String module, String member) {
    return module.endsWith(".") ? module + member : module + "." + member;
  }

  Optional<Imported> imported(String alias) {
    return Optional.ofNullable(imports.get(alias));
  }

  /** The file of the review that {@code module} names, seen from this file. */
  Optional<PythonModule> resolve(String module) {
    return resolved.computeIfAbsent(module, this::find);
  }

  private Optional<PythonModule> find(String module) {
    for (String path : ModuleFiles.candidates(Language.PYTHON, file.path(), module)) {
      Optional<PythonModule> found =
          path.equals(file.path())
              ? Optional.of(this)
              : file.scope()
                  .fact(
                      path,
                      PythonModule.class,
                      f -> f.language() == Language.PYTHON ? new PythonModule(f) : null);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  static TSNode definition(TSNode statement) {
    return statement.getType().equals("decorated_definition")
        ? statement.getChildByFieldName("definition")
        : statement;
  }

  static boolean isAsyncDefinition(TSNode function) {
    return function.getChildCount() > 0 && function.getChild(0).getType().equals("async");
  }

  private void declare(SyntaxTree tree, TSNode function, boolean rewrapped) {
    if (!function.isNull() && function.getType().equals("function_definition")) {
      String name = tree.text(function.getChildByFieldName("name"));
      (isAsyncDefinition(function) && !rewrapped ? async : plain).add(name);
    }
  }

  // A decorator may hand back a plain function (async_to_sync, a task queue's wrapper): only the
  // decorators that keep the function as it is leave an async def a coroutine function.
  private static final Set<String> KEEPING =
      Set.of("staticmethod", "classmethod", "abstractmethod", "override", "typing.override");

  static boolean isRewrapped(SyntaxTree tree, TSNode statement) {
    if (!statement.getType().equals("decorated_definition")) {
      return false;
    }
    for (int i = 0; i < statement.getNamedChildCount(); i++) {
      TSNode decorator = statement.getNamedChild(i);
      if (decorator.getType().equals("decorator")
          && !KEEPING.contains(tree.text(decorator).substring(1).strip())) {
        return true;
      }
    }
    return false;
  }

  private void importFrom(SyntaxTree tree, TSNode statement) {
    TSNode module = statement.getChildByFieldName("module_name");
    if (module.isNull()) {
      return;
    }
    String from = tree.text(module);
    for (int i = 0; i < statement.getNamedChildCount(); i++) {
      TSNode name = statement.getNamedChild(i);
      if (name.getStartByte() == module.getStartByte()) {
        continue;
      }
      if (name.getType().equals("dotted_name")) {
        imports.put(tree.text(name), new Imported(from, tree.text(name)));
      } else if (name.getType().equals("aliased_import")) {
        imports.put(
            tree.text(name.getChildByFieldName("alias")),
            new Imported(from, tree.text(name.getChildByFieldName("name"))));
      }
    }
  }

  private void importModules(SyntaxTree tree, TSNode statement) {
    for (int i = 0; i < statement.getNamedChildCount(); i++) {
      TSNode name = statement.getNamedChild(i);
      if (name.getType().equals("aliased_import")) {
        imports.put(
            tree.text(name.getChildByFieldName("alias")),
            new Imported(tree.text(name.getChildByFieldName("name")), null));
      } else if (name.getType().equals("dotted_name") && !tree.text(name).contains(".")) {
        imports.put(tree.text(name), new Imported(tree.text(name), null));
      }
    }
  }
}
