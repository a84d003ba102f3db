package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.performance.model.KeySpace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the keys of a static map are made of: its declared key type, or, for a key class of the file
 * ({@code new TimeZoneDisplayKey(tz, daylight, style, locale)}), the declared types of the values
 * the growing calls build each key from (the class's fields when no call shows them); for a raw or
 * String-keyed map, a class when every growing call keys it by a class or its name ({@code
 * type.getName()}). A map has at most as many entries as its keys have values.
 *
 * @param components the simple type names, a constant as {@code constant}, {@code ?} when unknown
 * @param enums the enums declared in the file
 */
record KeyDomain(List<String> components, Set<String> enums) {

  /** Types with a handful of values each: a map keyed only by them is a table. */
  private static final Set<String> FIXED =
      Set.of("Boolean", "boolean", "Charset", "TimeUnit", "constant");

  /** Types that pick among what the platform or the program has: locales, zones, classes. */
  private static final Set<String> PLATFORM = Set.of("Locale", "TimeZone", "ZoneId", "Class");

  /** Numbers that qualify a platform value (a format style); alone they may be any id. */
  private static final Set<String> NUMBERS =
      Set.of("int", "Integer", "short", "Short", "byte", "Byte", "char", "Character");

  /** Key types a class's name fits in. */
  private static final Set<String> NAME_KEYS = Set.of("String", "Object");

  private static final Set<String> CLASS_NAMES =
      Set.of("getName", "getSimpleName", "getCanonicalName", "getTypeName");

  private static final Set<String> KEYED_GROWTH =
      Set.of("put", "putIfAbsent", "computeIfAbsent", "compute", "merge");

  static KeyDomain of(VariableDeclarator field, List<MethodCallExpr> growth) {
    Optional<CompilationUnit> unit = field.findCompilationUnit();
    Set<String> enums =
        unit.map(
                u ->
                    u.findAll(EnumDeclaration.class).stream()
                        .map(EnumDeclaration::getNameAsString)
                        .collect(Collectors.toSet()))
            .orElse(Set.of());
    Optional<String> key = keyType(field.getType());
    if (key.isEmpty() || NAME_KEYS.contains(key.get())) {
      if (keyedByClasses(growth)) {
        return new KeyDomain(List.of("Class"), enums);
      }
      if (key.isEmpty()) {
        return new KeyDomain(List.of("?"), enums);
      }
    }
    Optional<TypeDeclaration<?>> keyClass =
        unit.flatMap(
            u ->
                u.findFirst(
                        TypeDeclaration.class,
                        t -> t.getNameAsString().equals(key.get()) && !t.isEnumDeclaration())
                    .map(t -> (TypeDeclaration<?>) t));
    if (keyClass.isEmpty()) {
      return new KeyDomain(List.of(key.get()), enums);
    }
    Set<String> components = new LinkedHashSet<>();
    for (MethodCallExpr call : growth) {
      if (KEYED_GROWTH.contains(call.getNameAsString()) && call.getArguments().isNonEmpty()) {
        construction(call.getArgument(0), key.get())
            .ifPresent(c -> c.getArguments().forEach(a -> components.add(typeOf(a))));
      }
    }
    if (components.isEmpty()) {
      components.addAll(fieldTypes(keyClass.get()));
    }
    return new KeyDomain(List.copyOf(components), enums);
  }

  // MAP.put(type.getName(), ...) on a raw or String-keyed map: every key names a class
  private static boolean keyedByClasses(List<MethodCallExpr> growth) {
    List<MethodCallExpr> keyed =
        growth.stream()
            .filter(
                c -> KEYED_GROWTH.contains(c.getNameAsString()) && c.getArguments().isNonEmpty())
            .toList();
    return !keyed.isEmpty() && keyed.stream().allMatch(c -> namesClass(c.getArgument(0)));
  }

  private static boolean namesClass(Expression key) {
    if (key instanceof MethodCallExpr call && CLASS_NAMES.contains(call.getNameAsString())) {
      return call.getScope().map(KeyDomain::isClass).orElse(false);
    }
    return isClass(key);
  }

  private static boolean isClass(Expression value) {
    if (value instanceof ClassExpr) {
      return true;
    }
    if (value instanceof MethodCallExpr call) {
      return call.getNameAsString().equals("getClass") && call.getArguments().isEmpty();
    }
    return JavaNames.of(value).map(d -> d.typeName().equals("Class")).orElse(false);
  }

  /** Every component takes a handful of values: the map is a table. */
  boolean fixed() {
    return space().fixed();
  }

  /**
   * Locales, zones or classes, alone or with flags and numbers beside them: as many entries as
   * combinations the program uses, which the code does not show.
   */
  boolean platform() {
    return space().platform();
  }

  /** The kinds of the components, as every language's cache rules weigh them. */
  KeySpace space() {
    return new KeySpace(components.stream().map(this::kind).toList());
  }

  private KeySpace.Kind kind(String component) {
    if (isFixed(component)) {
      return KeySpace.Kind.FIXED;
    }
    if (PLATFORM.contains(component)) {
      return KeySpace.Kind.PLATFORM;
    }
    return NUMBERS.contains(component) ? KeySpace.Kind.NUMBER : KeySpace.Kind.OPEN;
  }

  private boolean isFixed(String component) {
    return FIXED.contains(component) || enums.contains(component);
  }

  private static Optional<String> keyType(Type type) {
    if (!(type instanceof ClassOrInterfaceType map)
        || !map.getNameAsString().endsWith("Map")
        || map.getTypeArguments().map(List::isEmpty).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(simpleName(map.getTypeArguments().get().get(0)));
  }

  private static String simpleName(Type type) {
    if (type instanceof ClassOrInterfaceType named) {
      return named.getNameAsString();
    }
    String text = type.asString();
    return text.substring(text.lastIndexOf('.') + 1);
  }

  // key, with TimeZoneDisplayKey key = new TimeZoneDisplayKey(...) before it, or the new itself
  private static Optional<ObjectCreationExpr> construction(Expression key, String keyClass) {
    Expression value = key;
    if (key instanceof NameExpr) {
      value = JavaNames.of(key).flatMap(JavaDeclaration::initializer).orElse(key);
    }
    return value instanceof ObjectCreationExpr created
            && created.getType().getNameAsString().equals(keyClass)
        ? Optional.of(created)
        : Optional.empty();
  }

  private static String typeOf(Expression value) {
    if (value instanceof BooleanLiteralExpr) {
      return "boolean";
    }
    if (value instanceof IntegerLiteralExpr || value instanceof CharLiteralExpr) {
      return "constant";
    }
    if (value instanceof FieldAccessExpr constant
        && constant.getNameAsString().matches("[A-Z][A-Z0-9_]*")) {
      return "constant"; // TimeZone.LONG, DateFormat.SHORT
    }
    if (value instanceof NameExpr) {
      return JavaNames.of(value)
          .map(d -> d.type().isUnknownType() ? "?" : simpleName(d.type()))
          .orElse("?");
    }
    return "?";
  }

  private static List<String> fieldTypes(TypeDeclaration<?> keyClass) {
    List<String> types = new ArrayList<>();
    if (keyClass instanceof RecordDeclaration record) {
      record.getParameters().forEach(p -> types.add(simpleName(p.getType())));
    }
    for (FieldDeclaration field : keyClass.getFields()) {
      if (!field.isStatic()) {
        field.getVariables().forEach(v -> types.add(simpleName(v.getType())));
      }
    }
    return types;
  }
}
