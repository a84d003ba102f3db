package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.Optional;
import java.util.Set;

/**
 * Calls that park the calling thread: sleeps, file I/O, waiting on a future or a Reactor publisher,
 * and the remote calls of {@link RemoteCalls}.
 */
final class BlockingCalls {

  private static final Set<String> FILES_IO =
      Set.of(
          "readString",
          "readAllBytes",
          "readAllLines",
          "lines",
          "write",
          "writeString",
          "copy",
          "move",
          "delete",
          "deleteIfExists",
          "newInputStream",
          "newOutputStream",
          "newBufferedReader",
          "newBufferedWriter",
          "list",
          "walk");
  private static final Set<String> FILES = Set.of("Files");
  private static final Set<String> THREAD = Set.of("Thread");
  private static final Set<String> TIME_UNIT = Set.of("TimeUnit");
  private static final Set<String> FILE_STREAMS =
      Set.of("FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile");
  private static final Set<String> REACTOR_BLOCK =
      Set.of("block", "blockFirst", "blockLast", "blockOptional", "toIterable", "toStream");
  private static final Set<String> BLOCKING_CLIENTS =
      Set.of("HttpClient", "RestTemplate", "JdbcTemplate", "NamedParameterJdbcTemplate");
  private static final Set<String> FUTURE_TYPES =
      Set.of("Future", "CompletableFuture", "FutureTask", "ListenableFuture", "ForkJoinTask");

  private BlockingCalls() {}

  /**
   * What {@code call} blocks on, e.g. {@code "Thread.sleep"}, or empty.
   *
   * @param remoteToo whether a remote call (JDBC, repository, RestTemplate...) counts: not in
   *     Reactor code, where a same-named reactive repository returns a publisher instead
   */
  static Optional<String> of(MethodCallExpr call, boolean remoteToo) {
    String name = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    if (name.equals("sleep")
        && scope.map(s -> TypeNames.isOneOf(s, THREAD) || isTimeUnit(s)).orElse(false)) {
      return Optional.of(scope.get() + ".sleep");
    }
    if (FILES_IO.contains(name) && scope.map(s -> TypeNames.isOneOf(s, FILES)).orElse(false)) {
      return Optional.of("Files." + name);
    }
    if (name.equals("join") && call.getArguments().isEmpty()) {
      return Optional.of("join()");
    }
    if (name.equals("get")
        && call.getArguments().size() != 1
        && scope
            .flatMap(JavaNames::of)
            .map(d -> FUTURE_TYPES.contains(d.typeName()))
            .orElse(false)) {
      return Optional.of("Future.get()");
    }
    // Clients that are blocking whatever code they run in, so also inside Reactor chains.
    Optional<String> client =
        scope
            .flatMap(JavaNames::of)
            .map(JavaDeclaration::typeName)
            .filter(BLOCKING_CLIENTS::contains);
    if (client.isPresent() && !name.endsWith("Async") && !name.startsWith("new")) {
      return Optional.of(client.get() + "." + name);
    }
    if (REACTOR_BLOCK.contains(name) && call.getArguments().size() <= 1) {
      return Optional.of(name + "()");
    }
    return remoteToo ? RemoteCalls.kind(call).map(kind -> kind + " call") : Optional.empty();
  }

  /** {@code new FileInputStream(..)} and the like. */
  static Optional<String> of(ObjectCreationExpr creation) {
    String type = creation.getType().getNameAsString();
    return FILE_STREAMS.contains(type) ? Optional.of("new " + type) : Optional.empty();
  }

  private static boolean isTimeUnit(Expression scope) {
    return scope instanceof FieldAccessExpr unit && TypeNames.isOneOf(unit.getScope(), TIME_UNIT)
        || scope instanceof NameExpr name
            && name.getNameAsString().matches("SECONDS|MILLISECONDS|MINUTES|MICROSECONDS");
  }
}
