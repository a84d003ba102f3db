package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of the dataflow: one {@link MethodFlow} per method and constructor of a file. */
public final class JavaMethods {

  private JavaMethods() {}

  /** Every method and constructor of {@code unit}, each with the fields of its own type. */
  public static List<MethodFlow> of(CompilationUnit unit) {
    List<MethodFlow> flows = new ArrayList<>();
    Map<TypeDeclaration<?>, FieldTable> tables = new IdentityHashMap<>();
    for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
      if (callable.isAbstract()) {
        continue;
      }
      callable
          .findAncestor(TypeDeclaration.class)
          .ifPresent(
              type ->
                  flows.add(
                      new MethodFlow(callable, tables.computeIfAbsent(type, FieldTable::new))));
    }
    return flows;
  }
}
