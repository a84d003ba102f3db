package dev.reviewpanel.code.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses shared by every engine of a process that is given this cache: the agents of one process
 * (the one-JVM stack runs all three) read the same files of a review, and a file's text parsed by
 * one is not parsed again by the next. Keyed by language and the whole text, so only identical text
 * shares a tree. What it shares is read-only once built ({@link ParsedFile#java()}), while each
 * engine's {@link ParsedFile} keeps its own budget, scope and derived facts.
 *
 * <p>Two bounds, both in characters of text: trees kept for reuse by anyone, least recently used
 * first out ({@code maxChars}); and trees a running task holds from its cross-file pass until each
 * file's own turn ({@code maxRetainedChars}, see {@link TaskFile}), across all running tasks. The
 * first alone cannot keep a review larger than itself: a pass over all files, then a turn of each,
 * evicts every file before its turn. The second keeps the task's files for the task, and bounds how
 * many running tasks may do so at once, so a backlog of large reviews holds no more trees than it
 * allows (the others' files are parsed again at their turns).
 */
public final class ParseCache {

  /** No sharing: every file is parsed on its own, and at each open. */
  public static final ParseCache NONE = new ParseCache(0, 0);

  private final long maxChars;
  private final long maxRetainedChars;
  private final Map<Key, FileSyntax> entries = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<Key, Retained> retained = new HashMap<>();
  private long chars;
  private long retainedChars;
  private long hits;
  private long misses;

  /** A cache keeping parses of texts up to {@code maxChars} characters in all (0: none kept). */
  public ParseCache(long maxChars) {
    this(maxChars, 0);
  }

  /**
   * A cache keeping parses of texts up to {@code maxChars} characters in all for reuse, and letting
   * running tasks hold parses of up to {@code maxRetainedChars} for their own files' turns.
   */
  public ParseCache(long maxChars, long maxRetainedChars) {
    this.maxChars = Math.max(0, maxChars);
    this.maxRetainedChars = Math.max(0, maxRetainedChars);
  }

  private record Key(Language language, boolean tsx, String content) {

    static Key of(FileSyntax syntax) {
      return new Key(syntax.language(), syntax.tsx(), syntax.content());
    }
  }

  private static final class Retained {
    final FileSyntax syntax;
    int holders;

    Retained(FileSyntax syntax) {
      this.syntax = syntax;
    }
  }

  /** A file of {@code source}, with its lines and tree shared with earlier files of its text. */
  public ParsedFile open(SourceFile source) {
    return new ParsedFile(source, syntaxOf(source.language(), source.path(), source.content()));
  }

  FileSyntax syntaxOf(Language language, String path, String content) {
    FileSyntax fresh = new FileSyntax(language, path, content);
    boolean cached = maxChars > 0 && content.length() <= maxChars;
    if (!cached && maxRetainedChars == 0) {
      return fresh;
    }
    Key key = Key.of(fresh);
    synchronized (this) {
      FileSyntax known = entries.get(key);
      if (known == null) {
        Retained held = retained.get(key);
        known = held == null ? null : held.syntax;
      }
      if (known != null) {
        hits++;
        return known;
      }
      misses++;
      if (cached) {
        keep(key, fresh);
      }
      return fresh;
    }
  }

  private void keep(Key key, FileSyntax syntax) {
    if (entries.putIfAbsent(key, syntax) != null) {
      return;
    }
    chars += key.content().length();
    var eldest = entries.entrySet().iterator();
    while (chars > maxChars && eldest.hasNext()) {
      chars -= eldest.next().getKey().content().length();
      eldest.remove();
    }
  }

  /**
   * Holds {@code file}'s parse for a running task until {@link #release}; false (nothing held) when
   * the running tasks already hold {@code maxRetainedChars}.
   */
  synchronized boolean retain(ParsedFile file) {
    Key key = Key.of(file.syntax());
    Retained held = retained.get(key);
    if (held == null) {
      long size = key.content().length();
      if (retainedChars + size > maxRetainedChars) {
        return false;
      }
      held = new Retained(file.syntax());
      retained.put(key, held);
      retainedChars += size;
    }
    held.holders++;
    return true;
  }

  /** Ends a hold of {@link #retain}; the parse stays for reuse as the most recently used. */
  synchronized void release(ParsedFile file) {
    Key key = Key.of(file.syntax());
    Retained held = retained.get(key);
    if (held == null || --held.holders > 0) {
      return;
    }
    retained.remove(key);
    retainedChars -= key.content().length();
    if (maxChars > 0 && key.content().length() <= maxChars) {
      keep(key, held.syntax);
    }
  }

  /** Files opened whose text was already parsed or being parsed (since this cache was made). */
  public synchronized long hits() {
    return hits;
  }

  /** Files opened whose text was new to the cache. */
  public synchronized long misses() {
    return misses;
  }

  /** Characters of text whose parses are kept for reuse. */
  public synchronized long chars() {
    return chars;
  }

  /** Characters of text whose parses running tasks hold. */
  public synchronized long retainedChars() {
    return retainedChars;
  }
}
