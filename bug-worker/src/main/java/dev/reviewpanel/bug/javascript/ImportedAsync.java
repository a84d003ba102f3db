package dev.reviewpanel.bug.javascript;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.code.symbols.ModuleFiles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Functions a file imports from other files of the review ({@code import * as repo from '../repo'},
 * {@code import { markPaid } from './repo'}, {@code const repo = require('./repo')}) and whether
 * the file that declares them declares them {@code async}. Package imports are not followed: their
 * promise APIs are known by name elsewhere.
 */
final class ImportedAsync {

  private static final String SPEC = "['\"](\\.{1,2}/[^'\"]*)['\"]";
  private static final Pattern NAMESPACE =
      Pattern.compile(
          "import\\s+\\*\\s+as\\s+([\\w$]+)\\s+from\\s*"
              + SPEC
              + "|(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*require\\(\\s*"
              + SPEC
              + "\\s*\\)");
  private static final Pattern NAMED =
      Pattern.compile(
          "import\\s*(?:type\\s*)?\\{([^}]*)\\}\\s*from\\s*"
              + SPEC
              + "|(?:const|let|var)\\s*\\{([^}]*)\\}\\s*=\\s*require\\(\\s*"
              + SPEC
              + "\\s*\\)");
  private static final Pattern MEMBER =
      Pattern.compile("(?:type\\s+)?([\\w$]+)(?:\\s*(?:as|:)\\s*([\\w$]+))?");

  private record Target(String spec, String member) {}

  private final ParsedFile file;
  private final Map<String, String> namespaces = new HashMap<>();
  private final Map<String, Target> functions = new HashMap<>();

  private ImportedAsync(ParsedFile file) {
    this.file = file;
    String source = file.content();
    if (!source.contains("./")) {
      return;
    }
    Matcher namespace = NAMESPACE.matcher(source);
    while (namespace.find()) {
      int group = namespace.group(1) != null ? 1 : 3;
      namespaces.put(namespace.group(group), namespace.group(group + 1));
    }
    Matcher named = NAMED.matcher(source);
    while (named.find()) {
      int group = named.group(1) != null ? 1 : 3;
      Matcher member = MEMBER.matcher(named.group(group));
      while (member.find()) {
        String alias = member.group(2) != null ? member.group(2) : member.group(1);
        functions.put(alias, new Target(named.group(group + 1), member.group(1)));
      }
    }
  }

  static ImportedAsync of(ParsedFile file) {
    return file.derived(ImportedAsync.class, ImportedAsync::new);
  }

  /** {@code name(...)} calls an async function imported by name. */
  boolean isAsync(String name) {
    Target target = functions.get(name);
    return target != null
        && declared(target.spec()).map(d -> d.isAsync(target.member())).orElse(false);
  }

  /** {@code namespace.member(...)} calls an async function of an imported file. */
  boolean isAsync(String namespace, String member) {
    String spec = namespaces.get(namespace);
    return spec != null && declared(spec).map(d -> d.isAsync(member)).orElse(false);
  }

  private Optional<Declared> declared(String spec) {
    for (String path : ModuleFiles.candidates(file.language(), file.path(), spec)) {
      Optional<Declared> found =
          file.scope()
              .fact(
                  path,
                  Declared.class,
                  f ->
                      f.language() == Language.JAVASCRIPT || f.language() == Language.TYPESCRIPT
                          ? new Declared(f)
                          : null);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The top-level functions of one file, declared async or not (a name declared both ways is not).
   */
  private static final class Declared {

    private final Set<String> async = new HashSet<>();
    private final Set<String> plain = new HashSet<>();

    private Declared(ParsedFile file) {
      SyntaxTree tree = file.syntaxTree();
      TSNode root = tree.root();
      for (int i = 0; i < root.getNamedChildCount(); i++) {
        TSNode statement = root.getNamedChild(i);
        if (statement.getType().equals("export_statement")) {
          TSNode declaration = statement.getChildByFieldName("declaration");
          if (!declaration.isNull()) {
            declare(tree, declaration);
          }
        } else {
          declare(tree, statement);
        }
      }
    }

    boolean isAsync(String name) {
      return async.contains(name) && !plain.contains(name);
    }

    private void declare(SyntaxTree tree, TSNode node) {
      if (node.getType().equals("function_declaration")) {
        (AsyncFunctions.isAsync(node) ? async : plain)
            .add(tree.text(node.getChildByFieldName("name")));
      } else if (node.getType().equals("lexical_declaration")
          || node.getType().equals("variable_declaration")) {
        for (int i = 0; i < node.getNamedChildCount(); i++) {
          TSNode declarator = node.getNamedChild(i);
          TSNode value = declarator.getChildByFieldName("value");
          if (declarator.getType().equals("variable_declarator")
              && !value.isNull()
              && AsyncFunctions.FUNCTION_TYPES.contains(value.getType())) {
            (AsyncFunctions.isAsync(value) ? async : plain)
                .add(tree.text(declarator.getChildByFieldName("name")));
          }
        }
      }
    }
  }
}
