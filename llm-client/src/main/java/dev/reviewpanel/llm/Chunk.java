package dev.reviewpanel.llm;

import dev.reviewpanel.code.analysis.ParsedFile;

/**
 * A part of one file the model reviews in one request: lines {@code start..end}, shown with {@code
 * contextStart..contextEnd} around them so a function is read with what surrounds it.
 */
record Chunk(ParsedFile file, int start, int end, int contextStart, int contextEnd) {

  boolean wholeFile() {
    return start == 1 && end == file.lineCount();
  }

  /** How the chunk is named in {@code LlmUsage.unreviewed}: the path, or {@code path:start-end}. */
  String label() {
    return wholeFile() ? file.path() : file.path() + ":" + start + "-" + end;
  }

  String text() {
    StringBuilder text = new StringBuilder();
    for (int n = contextStart; n <= contextEnd; n++) {
      text.append(String.format("%5d | ", n)).append(file.line(n)).append('\n');
    }
    return text.toString();
  }
}
