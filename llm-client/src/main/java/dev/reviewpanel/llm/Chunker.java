package dev.reviewpanel.llm;

import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits files into requests of at most about {@code maxTokens}: a file that fits is one chunk; a
 * larger one is cut at declaration boundaries (functions, methods, classes) and, when one
 * declaration alone is too large, at line boundaries. Each chunk carries a few lines of context.
 * With a diff, chunks without a changed line are not sent: nothing in them could be reported.
 */
final class Chunker {

  static final int CONTEXT_LINES = 5;
  // Where a declaration begins, at top level or one indentation step in.
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^(?:\\s{0,4}|\\t?)(?:@\\w+|(?:public|private|protected|static|final|abstract|async|export"
              + "|default|def|class|interface|enum|record|function|func|fn|const|let|var)\\b"
              + "|(?:[\\w<>\\[\\],?]+\\s+)+\\w+\\s*\\([^;]*$)");

  private final long maxTokens;

  Chunker(long maxTokens) {
    this.maxTokens = maxTokens;
  }

  List<Chunk> chunks(ParsedFile file) {
    int lines = file.lineCount();
    List<Chunk> chunks = new ArrayList<>();
    if (lines == 0) {
      return chunks;
    }
    if (TokenEstimate.of(file.content()) <= maxTokens) {
      addIfChanged(chunks, file, 1, lines);
      return chunks;
    }
    int start = 1;
    long size = 0;
    int lastBoundary = -1;
    for (int n = 1; n <= lines; n++) {
      long lineTokens = TokenEstimate.of(file.line(n)) + 2;
      if (n > start && DECLARATION.matcher(file.line(n)).find()) {
        lastBoundary = n;
      }
      if (size + lineTokens > maxTokens && n > start) {
        int cut = lastBoundary > start ? lastBoundary : n;
        addIfChanged(chunks, file, start, cut - 1);
        start = cut;
        size = tokens(file, start, n - 1);
        lastBoundary = -1;
      }
      size += lineTokens;
    }
    addIfChanged(chunks, file, start, lines);
    return chunks;
  }

  private static long tokens(ParsedFile file, int from, int to) {
    long total = 0;
    for (int n = from; n <= to; n++) {
      total += TokenEstimate.of(file.line(n)) + 2;
    }
    return total;
  }

  private static void addIfChanged(List<Chunk> chunks, ParsedFile file, int start, int end) {
    for (int n = start; n <= end; n++) {
      if (file.source().isChanged(n)) {
        chunks.add(
            new Chunk(
                file,
                start,
                end,
                Math.max(1, start - CONTEXT_LINES),
                Math.min(file.lineCount(), end + CONTEXT_LINES)));
        return;
      }
    }
  }
}
