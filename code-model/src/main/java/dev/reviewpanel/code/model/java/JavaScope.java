package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a name means inside a Java method: a local or parameter, or a field of the enclosing classes
 * (read as {@code this.field}, so field flows and the field's declared type reach the engine), and
 * the declared type of locals (builders and maps get their own model).
 */
final class JavaScope {

  private static final Set<String> TEXT_BUILDERS = Set.of("StringBuilder", "StringBuffer");
  private static final Set<String> MAPS =
      Set.of(
          "Map",
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "ConcurrentHashMap",
          "Hashtable",
          "Properties",
          "SortedMap",
          "NavigableMap",
          "ConcurrentMap");

  // per enclosing class, innermost first: field name -> static?
  private final Deque<Map<String, Boolean>> fields = new ArrayDeque<>();
  private Map<String, String> locals = Map.of();
  // local lists filled in straight-line code: how many elements each holds now
  private final Map<String, Integer> listSizes = new HashMap<>();
  // files and paths a method checks (file.getCanonicalPath().startsWith(base))
  private final java.util.Set<String> checked = new java.util.HashSet<>();

  void enterType(TypeDeclaration<?> type) {
    Map<String, Boolean> declared = new HashMap<>();
    for (var member : type.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        field.getVariables().forEach(v -> declared.put(v.getNameAsString(), field.isStatic()));
      }
    }
    fields.push(declared);
  }

  void exitType() {
    fields.pop();
  }

  /** Starts a method (or a field initializer): every name it declares anywhere is a local. */
  Map<String, String> enterMethod(Node body, Iterable<Parameter> parameters) {
    Map<String, String> previous = locals;
    Map<String, String> declared = new HashMap<>();
    parameters.forEach(p -> declared.put(p.getNameAsString(), p.getTypeAsString()));
    if (body != null) {
      body.findAll(Parameter.class).forEach(p -> declared.put(p.getNameAsString(), type(p)));
      body.findAll(VariableDeclarator.class)
          .forEach(v -> declared.put(v.getNameAsString(), type(v)));
      body.findAll(com.github.javaparser.ast.expr.LambdaExpr.class)
          .forEach(l -> l.getParameters().forEach(p -> declared.put(p.getNameAsString(), "")));
    }
    locals = declared;
    listSizes.clear();
    checked.clear();
    if (body != null) {
      body.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class).stream()
          .filter(c -> c.getNameAsString().equals("startsWith"))
          .forEach(c -> c.getScope().ifPresent(this::checkedRoot));
    }
    return previous;
  }

  void exitMethod(Map<String, String> previous) {
    locals = previous;
  }

  private static String type(Parameter parameter) {
    return parameter.getType().isUnknownType() ? "" : parameter.getTypeAsString();
  }

  // var sb = new StringBuilder(): the type is the constructed one
  private static String type(VariableDeclarator variable) {
    String type = variable.getTypeAsString();
    if (type.equals("var")
        && variable.getInitializer().filter(i -> i instanceof ObjectCreationExpr).isPresent()) {
      return ((ObjectCreationExpr) variable.getInitializer().get()).getType().getNameAsString();
    }
    return type;
  }

  private void checkedRoot(com.github.javaparser.ast.expr.Expression scope) {
    var current = scope;
    boolean converted = false;
    while (current instanceof com.github.javaparser.ast.expr.MethodCallExpr call
        && call.getScope().isPresent()) {
      converted = true;
      current = call.getScope().get();
    }
    if (converted && current instanceof com.github.javaparser.ast.expr.NameExpr name) {
      checked.add(name.getNameAsString());
    }
  }

  /** True when the local {@code name} is checked against a base directory in this method. */
  boolean isCheckedPath(String name) {
    return checked.contains(name);
  }

  /** True when {@code name} is an instance field of an enclosing class, not hidden by a local. */
  boolean isInstanceField(String name) {
    if (locals.containsKey(name)) {
      return false;
    }
    for (Map<String, Boolean> declared : fields) {
      Boolean isStatic = declared.get(name);
      if (isStatic != null) {
        return !isStatic;
      }
    }
    return false;
  }

  /** The element count of a local list known in straight-line code, or null. */
  Integer listSize(String local) {
    return listSizes.get(local);
  }

  void listSize(String local, Integer size) {
    if (size == null) {
      listSizes.remove(local);
    } else {
      listSizes.put(local, size);
    }
  }

  java.util.Set<String> trackedLists() {
    return listSizes.keySet();
  }

  boolean isTextBuilder(String local) {
    return TEXT_BUILDERS.contains(raw(locals.get(local)));
  }

  boolean isMap(String local) {
    return MAPS.contains(raw(locals.get(local)));
  }

  static boolean isMapType(String type) {
    return MAPS.contains(raw(type));
  }

  static boolean isTextBuilderType(String type) {
    return TEXT_BUILDERS.contains(raw(type));
  }

  private static String raw(String type) {
    if (type == null) {
      return "";
    }
    int generic = type.indexOf('<');
    String name = generic < 0 ? type : type.substring(0, generic);
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
