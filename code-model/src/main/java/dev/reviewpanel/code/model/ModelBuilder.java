package dev.reviewpanel.code.model;

import dev.reviewpanel.code.analysis.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What an adapter collects while it walks one file: functions in a flat list with their owner class
 * and enclosing function, classes, imports and exports.
 */
public final class ModelBuilder {

  private final String path;
  private final Language language;
  private final List<Import> imports = new ArrayList<>();
  private final List<TypeDecl> types = new ArrayList<>();
  private final List<Function> functions = new ArrayList<>();
  private final List<String> exports = new ArrayList<>();
  private final Deque<String> owners = new ArrayDeque<>();
  private final Deque<String> enclosing = new ArrayDeque<>();
  private String packageName = "";
  private Function module;

  public ModelBuilder(String path, Language language) {
    this.path = path;
    this.language = language;
  }

  public void packageName(String name) {
    packageName = name;
  }

  public void addImport(Import declared) {
    imports.add(declared);
  }

  /** The import read so far that binds {@code alias} in this file, if any. */
  public java.util.Optional<Import> importNamed(String alias) {
    return imports.stream().filter(i -> alias.equals(i.alias())).findFirst();
  }

  public void addType(TypeDecl type) {
    types.add(type);
  }

  public void export(String name) {
    if (!exports.contains(name)) {
      exports.add(name);
    }
  }

  /** The class whose body is being read, or null. */
  public String owner() {
    return owners.peek();
  }

  /** The function whose body is being read, or null at top level. */
  public String enclosing() {
    return enclosing.peek();
  }

  /** A qualified name for a declaration read now: {@code Owner.name} or {@code outer.name}. */
  public String qualify(String name) {
    String scope = enclosing.isEmpty() ? owners.peek() : enclosing.peek();
    return scope == null ? name : scope + "." + name;
  }

  public void enterType(String qualifiedName) {
    owners.push(qualifiedName);
  }

  public void exitType() {
    owners.pop();
  }

  public void enterFunction(String qualifiedName) {
    enclosing.push(qualifiedName);
  }

  public void exitFunction() {
    enclosing.pop();
  }

  public void addFunction(Function function) {
    functions.add(function);
  }

  /** The file's top-level code, as the first function of the model. */
  public void module(List<Stmt> body, int endLine) {
    module =
        new Function(
            "<module>",
            "<module>",
            null,
            null,
            Function.Kind.MODULE,
            List.of(),
            List.of(),
            body,
            1,
            endLine);
  }

  public CodeModel build() {
    List<Function> all = new ArrayList<>(functions.size() + 1);
    all.add(module);
    all.addAll(functions);
    return new CodeModel(path, language, packageName, imports, types, all, exports);
  }
}
