package dev.reviewpanel.code.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The files analyzed together as one review, for analyses that cross files: the symbol table and
 * the interprocedural taint pass. Each file is opened when such an analysis first asks for it;
 * facts about the whole scope are computed once ({@link #derived}) and shared by the analyzers of
 * every file, also when several threads analyze the scope's files.
 */
public final class ReviewScope {

  private final List<Supplier<ParsedFile>> opens;
  private final Map<Class<?>, CompletableFuture<Object>> derived = new ConcurrentHashMap<>();
  private final Map<Class<?>, Map<String, Optional<Object>>> facts = new ConcurrentHashMap<>();

  private ReviewScope(List<Supplier<ParsedFile>> opens) {
    this.opens = Collections.unmodifiableList(new ArrayList<>(opens));
  }

  /**
   * A scope of files opened on demand; a supplier may give null for a file whose language no
   * analyzer reads.
   */
  public static ReviewScope of(List<Supplier<ParsedFile>> opens) {
    return new ReviewScope(opens);
  }

  /** A scope of already parsed files. */
  public static ReviewScope ofParsed(List<ParsedFile> files) {
    return new ReviewScope(files.stream().<Supplier<ParsedFile>>map(f -> () -> f).toList());
  }

  public int size() {
    return opens.size();
  }

  /**
   * Opens the file at {@code index}; null when no analyzer reads its language. A file opened here
   * may be opened again when its own turn comes: keep what is derived from it, not the file.
   */
  public ParsedFile open(int index) {
    Supplier<ParsedFile> open = opens.get(index);
    return open == null ? null : open.get();
  }

  /**
   * Opens the file of this scope at {@code path} (as {@link ParsedFile#path()} gives it); empty
   * when the scope has no such file or no analyzer reads it. The paths are indexed on first use.
   */
  public Optional<ParsedFile> open(String path) {
    Integer index = derived(PathIndex.class, PathIndex::of).indexes().get(path);
    return index == null ? Optional.empty() : Optional.ofNullable(open(index));
  }

  /**
   * A fact of kind {@code kind} about the file at {@code path}, computed once for the whole scope
   * (files opened here are opened afresh, so facts kept on them would be computed again by every
   * file that asks); empty when the scope has no such file or {@code compute} gives null. {@code
   * compute} must not ask for another fact of the same kind.
   */
  public <T> Optional<T> fact(String path, Class<T> kind, Function<ParsedFile, T> compute) {
    return facts
        .computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(path, p -> open(p).map(compute).map(Object.class::cast))
        .map(kind::cast);
  }

  private record PathIndex(Map<String, Integer> indexes) {

    static PathIndex of(ReviewScope scope) {
      Map<String, Integer> indexes = new HashMap<>();
      for (int i = 0; i < scope.size(); i++) {
        ParsedFile file = scope.open(i);
        if (file != null) {
          indexes.putIfAbsent(file.path(), i);
        }
      }
      return new PathIndex(Map.copyOf(indexes));
    }
  }

  /**
   * A fact about the whole scope, computed by the first analyzer that asks; the others wait for it
   * and share it. A computation that fails fails for every caller (a pass the time budget cut off
   * is not started again by each later file).
   */
  public <T> T derived(Class<T> kind, Function<ReviewScope, T> compute) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> known = derived.putIfAbsent(kind, mine);
    if (known == null) {
      try {
        T value = compute.apply(this);
        mine.complete(value);
        return value;
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return kind.cast(known.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + kind.getSimpleName(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(kind.getSimpleName() + " failed", e.getCause());
    }
  }
}
