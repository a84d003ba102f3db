package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entry point of the dataflow: one {@link MethodFlow} per method and constructor of a file. */
public final class JavaMethods {

  private JavaMethods() {}

  /**
   * Every method and constructor of {@code unit}, each with the fields of its own type. Solved anew
   * on each call: callers keep the result with their file ({@code ParsedFile.derived}), not on the
   * tree, which the agents of one process may share.
   */
  public static List<MethodFlow> of(ParsedFile file) {
    return solve(file);
  }

  // Helpers called with request data are solved again with those arguments; a few passes reach
  // helpers of helpers.
  private static final int CALLER_PASSES = 3;

  private static List<MethodFlow> solve(ParsedFile file) {
    List<MethodFlow> flows = new ArrayList<>();
    Map<TypeDeclaration<?>, FieldTable> tables = new IdentityHashMap<>();
    MethodSummaries summaries =
        new MethodSummaries(
            JavaNodes.of(file, MethodDeclaration.class),
            type -> tables.computeIfAbsent(type, FieldTable::new));
    for (CallableDeclaration<?> callable : JavaNodes.of(file, CallableDeclaration.class)) {
      if (callable.isAbstract()) {
        continue;
      }
      fieldsOf(callable, tables)
          .ifPresent(
              fields -> flows.add(new MethodFlow(callable, fields, summaries, -1, List.of())));
    }
    for (int pass = 0; pass < CALLER_PASSES; pass++) {
      Map<CallableDeclaration<?>, List<Flow>> incoming = CallerArguments.of(flows, summaries);
      boolean changed = false;
      for (int i = 0; i < flows.size(); i++) {
        MethodFlow flow = flows.get(i);
        List<Flow> arguments = incoming.get(flow.callable());
        if (arguments != null && !arguments.equals(flow.fromCallers())) {
          CallableDeclaration<?> callable = flow.callable();
          FieldTable fields = fieldsOf(callable, tables).orElseThrow();
          flows.set(i, new MethodFlow(callable, fields, summaries, -1, arguments));
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return flows;
  }

  private static Optional<FieldTable> fieldsOf(
      CallableDeclaration<?> callable, Map<TypeDeclaration<?>, FieldTable> tables) {
    return callable
        .findAncestor(TypeDeclaration.class)
        .map(type -> tables.computeIfAbsent(type, FieldTable::new));
  }
}
