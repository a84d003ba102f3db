package dev.reviewpanel.code.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses shared by every engine of a process that is given this cache: the agents of one process
 * (the one-JVM stack runs all three) read the same files of a review, and a file's text parsed by
 * one is not parsed again by the next, nor again when a cross-file pass opens it. Keyed by language
 * and the whole text, so only identical text shares a tree; bounded by the characters of the texts
 * it keeps, least recently used first out. What it shares is read-only once built ({@link
 * ParsedFile#java()}), while each engine's {@link ParsedFile} keeps its own budget, scope and
 * derived facts.
 */
public final class ParseCache {

  /** No sharing: every file is parsed on its own. */
  public static final ParseCache NONE = new ParseCache(0);

  private final long maxChars;
  private final Map<Key, FileSyntax> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long chars;
  private long hits;
  private long misses;

  /** A cache keeping parses of texts up to {@code maxChars} characters in all (0: none kept). */
  public ParseCache(long maxChars) {
    this.maxChars = Math.max(0, maxChars);
  }

  private record Key(Language language, boolean tsx, String content) {}

  /** A file of {@code source}, with its lines and tree shared with earlier files of its text. */
  public ParsedFile open(SourceFile source) {
    return new ParsedFile(source, syntaxOf(source.language(), source.path(), source.content()));
  }

  FileSyntax syntaxOf(Language language, String path, String content) {
    if (maxChars == 0 || content.length() > maxChars) {
      return new FileSyntax(language, path, content);
    }
    FileSyntax fresh = new FileSyntax(language, path, content);
    Key key = new Key(language, fresh.tsx(), content);
    synchronized (this) {
      FileSyntax known = entries.get(key);
      if (known != null) {
        hits++;
        return known;
      }
      misses++;
      entries.put(key, fresh);
      chars += content.length();
      var eldest = entries.entrySet().iterator();
      while (chars > maxChars && eldest.hasNext()) {
        chars -= eldest.next().getKey().content().length();
        eldest.remove();
      }
      return fresh;
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

  /** Characters of text whose parses are kept. */
  public synchronized long chars() {
    return chars;
  }
}
