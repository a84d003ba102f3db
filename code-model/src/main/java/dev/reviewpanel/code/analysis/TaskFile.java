package dev.reviewpanel.code.analysis;

import java.util.function.Supplier;

/**
 * One file of a running task, opened on demand: by a cross-file pass (the taint pass opens every
 * file of the review at the first file's turn) and again at its own turn. The parse and what the
 * analyzers derived from it are kept from the first open until the file's own turn ends, when the
 * {@link ParseCache}'s bound for running tasks allows, so a file is parsed and modelled once per
 * task whatever the size of the cache; otherwise each open reads it from the cache or parses it
 * afresh, as it always did. Every file opened belongs to the task's scope.
 */
final class TaskFile implements Supplier<ParsedFile> {

  private final ParseCache parses;
  private final SourceFile source;
  private ReviewScope scope;
  private ParsedFile kept;

  TaskFile(ParseCache parses, SourceFile source) {
    this.parses = parses;
    this.source = source;
  }

  /** The task's files, which analyses that cross files reach through this file. */
  synchronized void within(ReviewScope scope) {
    this.scope = scope;
  }

  @Override
  public synchronized ParsedFile get() {
    if (kept != null) {
      return kept;
    }
    ParsedFile file = parses.open(source);
    if (scope != null) {
      file.scope(scope);
    }
    if (parses.retain(file)) {
      kept = file;
    }
    return file;
  }

  /** The file's turn is over (or the task is): its parse is no longer held for the task. */
  synchronized void release() {
    if (kept != null) {
      parses.release(kept);
      kept = null;
    }
  }
}
