package dev.reviewpanel.code.model;

import dev.reviewpanel.code.analysis.Language;
import java.util.List;
import java.util.Optional;

/**
 * The language-neutral model of one source file, built once per parsed file and shared by every
 * analyzer ({@link CodeModels#of}).
 *
 * @param functions every function of the file, flat: top-level code first ({@link
 *     Function.Kind#MODULE}), then functions, methods and lambdas in source order
 * @param exports names the file exports to other files (JavaScript {@code export}/{@code
 *     module.exports}); empty where everything top-level is visible (Python, Java)
 */
public record CodeModel(
    String path,
    Language language,
    String packageName,
    List<Import> imports,
    List<TypeDecl> types,
    List<Function> functions,
    List<String> exports) {

  public CodeModel {
    imports = List.copyOf(imports);
    types = List.copyOf(types);
    functions = List.copyOf(functions);
    exports = List.copyOf(exports);
  }

  /** The top-level code of the file. */
  public Function module() {
    return functions.get(0);
  }

  public Optional<TypeDecl> type(String qualifiedName) {
    return types.stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
  }

  /** The methods of a class, in source order. */
  public List<Function> methods(String typeQualifiedName) {
    return functions.stream().filter(f -> typeQualifiedName.equals(f.owner())).toList();
  }
}
