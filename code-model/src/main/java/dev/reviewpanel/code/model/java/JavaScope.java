package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a name means inside a Java method, as {@link JavaNames} resolves it: a local or parameter,
 * or a field of the enclosing classes (read as {@code this.field}, so field flows and the field's
 * declared type reach the engine), and the declared type of locals (builders and maps get their own
 * model); plus what the reader tracks per method (list sizes, checked paths).
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

  private final Set<String> fieldNames;
  // local lists filled in straight-line code: how many elements each holds now
  private final Map<String, Integer> listSizes = new HashMap<>();
  // files and paths a method checks (file.getCanonicalPath().startsWith(base))
  private final java.util.Set<String> checked = new java.util.HashSet<>();

  /** The scope of a file whose fields and record components are named {@code fieldNames}. */
  JavaScope(Set<String> fieldNames) {
    this.fieldNames = fieldNames;
  }

  /** The names of every field and record component declared in {@code file}. */
  static Set<String> fieldNames(ParsedFile file) {
    Set<String> names = new HashSet<>();
    for (FieldDeclaration field : JavaNodes.of(file, FieldDeclaration.class)) {
      field.getVariables().forEach(v -> names.add(v.getNameAsString()));
    }
    for (RecordDeclaration record : JavaNodes.of(file, RecordDeclaration.class)) {
      record.getParameters().forEach(p -> names.add(p.getNameAsString()));
    }
    return names;
  }

  /** Starts a method (or a field initializer): its list sizes and checked paths start afresh. */
  void enterMethod(Node body) {
    listSizes.clear();
    checked.clear();
    if (body != null) {
      body.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class).stream()
          .filter(c -> c.getNameAsString().equals("startsWith"))
          .forEach(c -> c.getScope().ifPresent(this::checkedRoot));
    }
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

  /**
   * True when {@code name} reads an instance field of a class around it (a record component too),
   * not a local, parameter or static field; fields of local and anonymous classes stay plain names.
   */
  boolean isInstanceField(NameExpr name) {
    if (!fieldNames.contains(name.getNameAsString())) {
      return false; // no field of the file has the name: no need to look outwards
    }
    return JavaNames.of(name)
        .filter(JavaDeclaration::isField)
        .map(JavaDeclaration::node)
        .flatMap(Node::getParentNode)
        .filter(
            declared ->
                declared instanceof RecordDeclaration record && isRead(record)
                    || declared instanceof FieldDeclaration field
                        && !field.isStatic()
                        && field.getParentNode().orElse(null) instanceof TypeDeclaration<?> type
                        && isRead(type))
        .isPresent();
  }

  // the classes the reader models: top-level and member types, not local or anonymous ones
  private static boolean isRead(TypeDeclaration<?> type) {
    Node parent = type.getParentNode().orElse(null);
    return parent instanceof CompilationUnit || parent instanceof TypeDeclaration<?>;
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

  /** True when {@code local} names a local or parameter declared a StringBuilder or buffer. */
  boolean isTextBuilder(NameExpr local) {
    return TEXT_BUILDERS.contains(localType(local));
  }

  /** True when {@code local} names a local or parameter declared (or built) as a map. */
  boolean isMap(NameExpr local) {
    return MAPS.contains(localType(local));
  }

  private static String localType(NameExpr local) {
    return JavaNames.of(local).filter(d -> !d.isField()).map(JavaDeclaration::typeName).orElse("");
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
