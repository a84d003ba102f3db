package dev.reviewpanel.code.model;

import java.util.List;

/**
 * A class (or interface, enum, record). Its methods are the {@link Function}s whose {@code owner}
 * is this {@code qualifiedName}.
 *
 * @param supertypes names of the base classes and interfaces as written
 * @param fields declared fields with their types and initializers (constructor-assigned fields
 *     typed by a parameter appear here too)
 */
public record TypeDecl(
    String name,
    String qualifiedName,
    List<String> supertypes,
    List<Annotation> annotations,
    List<Field> fields,
    int line) {

  public TypeDecl {
    supertypes = List.copyOf(supertypes);
    annotations = List.copyOf(annotations);
    fields = List.copyOf(fields);
  }

  /** A field or class attribute; {@code type} and {@code initializer} may be null. */
  public record Field(
      String name, String type, Expr initializer, List<Annotation> annotations, int line) {

    public Field {
      annotations = List.copyOf(annotations);
    }
  }
}
