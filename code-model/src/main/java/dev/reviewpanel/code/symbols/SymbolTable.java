package dev.reviewpanel.code.symbols;

import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Import;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every function and class of one review, across its files, so that a call resolves to the function
 * it runs: same-file functions, imports and their aliases ({@code from .services import search},
 * {@code require('./db')}), {@code self}/{@code this} methods and inherited ones, methods of a
 * receiver whose class is known (constructed, typed, or a field injected through the constructor),
 * static calls on a class, and module members ({@code services.search}).
 */
public final class SymbolTable {

  private static final List<String> CONSTRUCTORS = List.of("__init__", "constructor", "<init>");

  private final List<CodeModel> models;
  private final Modules modules;
  private final Map<String, List<TypeRef>> typesByName = new HashMap<>();
  private final Map<String, List<FunctionRef>> methodsByName = new HashMap<>();
  private final Map<String, List<TypeRef>> subtypes = new HashMap<>();
  // Keyed by identity: a model's record hash walks its whole tree, every function and statement,
  // so a hash lookup per resolved name made a large file's analysis quadratic.
  private final Map<CodeModel, Map<String, Import>> importsByAlias = new IdentityHashMap<>();
  private final Map<CodeModel, Map<String, Function>> topLevel = new IdentityHashMap<>();
  private final FieldTypes fieldTypes;

  private SymbolTable(List<CodeModel> models) {
    this.models = List.copyOf(models);
    this.modules = new Modules(models);
    for (CodeModel model : models) {
      for (var t : model.types()) {
        typesByName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(new TypeRef(model, t));
        if (model.language() == dev.reviewpanel.code.analysis.Language.JAVA) {
          t.supertypes()
              .forEach(
                  s ->
                      subtypes
                          .computeIfAbsent(simpleTypeName(s), k -> new ArrayList<>())
                          .add(new TypeRef(model, t)));
        }
      }
      Map<String, Import> aliases = new HashMap<>();
      model.imports().forEach(i -> aliases.put(i.alias(), i));
      importsByAlias.put(model, aliases);
      Map<String, Function> functions = new HashMap<>();
      for (Function function : model.functions()) {
        if (function.owner() != null && function.kind() != Function.Kind.LAMBDA) {
          methodsByName
              .computeIfAbsent(function.name(), k -> new ArrayList<>())
              .add(new FunctionRef(model, function));
        } else if (function.enclosing() == null && function.kind() == Function.Kind.FUNCTION) {
          functions.putIfAbsent(function.name(), function);
        }
      }
      topLevel.put(model, functions);
    }
    this.fieldTypes = new FieldTypes(this);
  }

  public static SymbolTable of(List<CodeModel> models) {
    return new SymbolTable(models);
  }

  public List<CodeModel> models() {
    return models;
  }

  /** The import that binds {@code alias} in {@code model}, if any. */
  public Optional<Import> importOf(CodeModel model, String alias) {
    return Optional.ofNullable(importsByAlias.getOrDefault(model, Map.of()).get(alias));
  }

  /**
   * The class {@code name} as seen from {@code from}: its own, an imported one, or a unique one.
   */
  public Optional<TypeRef> type(CodeModel from, String name) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    String simple = simpleTypeName(name);
    List<TypeRef> candidates = typesByName.getOrDefault(simple, List.of());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String qualified = qualifiedTypeName(name);
    if (qualified.indexOf('.') > 0) {
      // HtmlTemplates.Builder: the nested class of that name, not every Builder of the review
      List<TypeRef> exact =
          candidates.stream()
              .filter(
                  c ->
                      qualified.equals(c.type().qualifiedName())
                          || qualified.endsWith("." + c.type().qualifiedName()))
              .toList();
      candidates = exact.isEmpty() ? candidates : exact;
    }
    for (TypeRef candidate : candidates) {
      if (candidate.model() == from) {
        return Optional.of(candidate);
      }
    }
    Optional<Import> imported = importOf(from, simple);
    if (imported.isPresent()) {
      Optional<CodeModel> file = modules.resolve(from, imported.get().module());
      for (TypeRef candidate : candidates) {
        if (file.isPresent() && candidate.model() == file.get()) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.of(candidates.get(0));
  }

  // Outer.Inner<T> -> Outer.Inner
  private static String qualifiedTypeName(String type) {
    String name = type.strip();
    int generic = name.indexOf('<');
    return generic > 0 ? name.substring(0, generic) : name;
  }

  /** {@code Optional[Repo]}, {@code List<Repo>}, {@code repo.Repo} -> {@code Repo}. */
  static String simpleTypeName(String type) {
    String name = type.strip();
    int generic = name.indexOf('<');
    if (generic > 0) {
      name = name.substring(0, generic);
    }
    if (name.startsWith("Optional[") && name.endsWith("]")) {
      name = name.substring(9, name.length() - 1);
    }
    name = name.replace("'", "").replace("\"", "");
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /**
   * The method {@code name} of a class or its supertypes in the review; for a Java interface or
   * abstract method, the implementation a class of the review gives it (a service interface and its
   * one implementation).
   */
  public Optional<FunctionRef> method(TypeRef type, String name) {
    Optional<FunctionRef> found = declared(type, name);
    if (found.isPresent()
        && found.get().function().body().isEmpty()
        && type.model().language() == dev.reviewpanel.code.analysis.Language.JAVA) {
      String owner = found.get().function().owner();
      String declaring = owner == null ? type.type().name() : simpleTypeName(owner);
      for (TypeRef implementation : subtypes.getOrDefault(declaring, List.of())) {
        for (Function function :
            implementation.model().methods(implementation.type().qualifiedName())) {
          if (function.name().equals(name) && !function.body().isEmpty()) {
            return Optional.of(new FunctionRef(implementation.model(), function));
          }
        }
      }
    }
    return found;
  }

  private Optional<FunctionRef> declared(TypeRef type, String name) {
    for (int depth = 0; type != null && depth < 8; depth++) {
      for (Function function : type.model().methods(type.type().qualifiedName())) {
        if (function.name().equals(name)) {
          return Optional.of(new FunctionRef(type.model(), function));
        }
      }
      TypeRef current = type;
      type =
          current.type().supertypes().stream()
              .map(s -> type(current.model(), s))
              .flatMap(Optional::stream)
              .filter(t -> t.type() != current.type())
              .findFirst()
              .orElse(null);
    }
    return Optional.empty();
  }

  /** The constructor a class runs when constructed, if declared. */
  public Optional<FunctionRef> constructor(TypeRef type) {
    for (String name : CONSTRUCTORS) {
      Optional<FunctionRef> found = method(type, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The declared or constructor-assigned type of {@code field} in class {@code owner}. */
  public Optional<String> fieldType(CodeModel model, String owner, String field) {
    return fieldTypes.of(model, owner, field);
  }

  /**
   * The function a call of {@code callee} runs, seen from {@code caller} in {@code model}; {@code
   * receiverType} is the class of a method call's receiver when the caller knows it.
   */
  public Optional<FunctionRef> resolve(
      CodeModel model, Function caller, Expr callee, String receiverType) {
    if (callee instanceof Expr.Name name) {
      return byName(model, caller, name.name());
    }
    if (!(callee instanceof Expr.Attribute attribute)) {
      return Optional.empty();
    }
    String method = attribute.name();
    if (attribute.object() instanceof Expr.Name receiver) {
      String r = receiver.name();
      if ((r.equals("self") || r.equals("this") || r.equals("cls")) && caller.owner() != null) {
        return model.type(caller.owner()).flatMap(t -> method(new TypeRef(model, t), method));
      }
      Optional<Import> imported = importOf(model, r);
      if (imported.isPresent() && receiverType == null) {
        Optional<CodeModel> file = modules.resolve(model, imported.get().target());
        if (file.isEmpty()) {
          file = modules.resolve(model, imported.get().module());
        }
        if (file.isPresent()) {
          return member(file.get(), method);
        }
      }
      if (receiverType == null && typesByName.containsKey(r)) {
        return type(model, r).flatMap(t -> method(t, method));
      }
    }
    if (receiverType != null) {
      return type(model, receiverType).flatMap(t -> method(t, method));
    }
    return Optional.empty();
  }

  private Optional<FunctionRef> byName(CodeModel model, Function caller, String name) {
    Function local = topLevel.get(model).get(name);
    if (local != null) {
      return Optional.of(new FunctionRef(model, local));
    }
    if (caller != null && caller.owner() != null && model.type(caller.owner()).isPresent()) {
      Optional<FunctionRef> own =
          method(new TypeRef(model, model.type(caller.owner()).get()), name);
      if (own.isPresent()) {
        return own;
      }
    }
    Optional<TypeRef> type = typesByName.containsKey(name) ? type(model, name) : Optional.empty();
    if (type.isPresent()) {
      return constructor(type.get());
    }
    Optional<Import> imported = importOf(model, name);
    if (imported.isEmpty()) {
      return Optional.empty();
    }
    Import i = imported.get();
    Optional<CodeModel> file = modules.resolve(model, i.module());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String member = i.name() == null ? "default" : i.name();
    return member(file.get(), member);
  }

  /** A top-level function a file defines or exports under {@code name}. */
  private Optional<FunctionRef> member(CodeModel file, String name) {
    Function function = topLevel.get(file).get(name);
    if (function == null && name.equals("default")) {
      function = topLevel.get(file).get("default");
      if (function == null && file.exports().size() > 1) {
        String exported = file.exports().get(file.exports().indexOf("default") == 0 ? 1 : 0);
        function = topLevel.get(file).get(exported);
      }
    }
    return Optional.ofNullable(function).map(f -> new FunctionRef(file, f));
  }

  /** Methods named {@code name} across the review's classes. */
  public List<FunctionRef> methodsNamed(String name) {
    return methodsByName.getOrDefault(name, List.of());
  }
}
