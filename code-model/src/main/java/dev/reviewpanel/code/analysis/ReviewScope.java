package dev.reviewpanel.code.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The files analyzed together in one run (one review task), for analyses that cross files: the
 * symbol table and the interprocedural taint pass. Each file is opened when such an analysis first
 * asks for it; facts about the whole scope are computed once ({@link #derived}) and shared by the
 * analyzers of every file.
 */
public final class ReviewScope {

  private final List<String> paths;
  private final List<Supplier<ParsedFile>> opens;
  private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

  ReviewScope(List<String> paths, List<Supplier<ParsedFile>> opens) {
    this.paths = List.copyOf(paths);
    this.opens = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(opens));
  }

  /** A scope of already parsed files. */
  public static ReviewScope of(List<ParsedFile> files) {
    return new ReviewScope(
        files.stream().map(ParsedFile::path).toList(),
        files.stream().<Supplier<ParsedFile>>map(f -> () -> f).toList());
  }

  public int size() {
    return paths.size();
  }

  public String path(int index) {
    return paths.get(index);
  }

  /**
   * Opens the file at {@code index}; null when its language is not one the analyzers read. A file
   * opened here may be parsed again when its own turn comes: keep what is derived from it, not it.
   */
  public ParsedFile open(int index) {
    Supplier<ParsedFile> open = opens.get(index);
    return open == null ? null : open.get();
  }

  /** A fact about the whole scope, computed by the first analyzer that asks and then shared. */
  public <T> T derived(Class<T> kind, Function<ReviewScope, T> compute) {
    Object known = derived.get(kind);
    if (known == null) {
      known = compute.apply(this);
      Object raced = derived.putIfAbsent(kind, known);
      known = raced == null ? known : raced;
    }
    return kind.cast(known);
  }
}
