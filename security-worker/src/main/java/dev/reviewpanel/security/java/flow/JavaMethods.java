package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of the dataflow: one {@link MethodFlow} per method and constructor of a file. */
public final class JavaMethods {

  // The solved flows ride on the tree itself, so the analyzers of one file share one solve.
  private static final DataKey<List<MethodFlow>> FLOWS = new DataKey<>() {};

  private JavaMethods() {}

  /** Every method and constructor of {@code unit}, each with the fields of its own type. */
  public static List<MethodFlow> of(CompilationUnit unit) {
    if (unit.containsData(FLOWS)) {
      return unit.getData(FLOWS);
    }
    List<MethodFlow> flows = solve(unit);
    unit.setData(FLOWS, flows);
    return flows;
  }

  private static List<MethodFlow> solve(CompilationUnit unit) {
    List<MethodFlow> flows = new ArrayList<>();
    Map<TypeDeclaration<?>, FieldTable> tables = new IdentityHashMap<>();
    MethodSummaries summaries =
        new MethodSummaries(
            unit.findAll(MethodDeclaration.class),
            type -> tables.computeIfAbsent(type, FieldTable::new));
    for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
      if (callable.isAbstract()) {
        continue;
      }
      callable
          .findAncestor(TypeDeclaration.class)
          .ifPresent(
              type ->
                  flows.add(
                      new MethodFlow(
                          callable, tables.computeIfAbsent(type, FieldTable::new), summaries)));
    }
    return flows;
  }
}
