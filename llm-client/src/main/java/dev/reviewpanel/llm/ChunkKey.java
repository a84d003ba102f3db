package dev.reviewpanel.llm;

import dev.reviewpanel.code.config.ContentDigest;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.LineRange;
import java.util.List;

/**
 * The cache key of one chunk's review: everything the answer depends on, with line numbers taken
 * relative to the chunk so the same code at another place in the file (after a rebase) still
 * matches. The model, the prompt version (the agent's system prompt and the user message format),
 * the path and language, the code, the changed lines, the rules' hints and the repository's
 * instructions are in it; the nonce around the code is not.
 */
final class ChunkKey {

  private ChunkKey() {}

  static String of(
      String agent, String model, Chunk chunk, List<Finding> hints, List<String> instructions) {
    int base = chunk.contextStart();
    StringBuilder text = new StringBuilder();
    field(text, agent);
    field(text, model);
    field(text, ReviewPrompts.version(agent));
    field(text, chunk.file().path());
    field(text, chunk.file().language().id());
    field(text, (chunk.start() - base) + "-" + (chunk.end() - base));
    List<LineRange> changed = chunk.file().source().changedLines();
    if (changed != null) {
      for (LineRange range : changed) {
        if (range.end() >= base && range.start() <= chunk.contextEnd()) {
          text.append(range.start() - base).append('-').append(range.end() - base).append(',');
        }
      }
    }
    text.append('\0');
    for (int n = base; n <= chunk.contextEnd(); n++) {
      text.append(chunk.file().line(n)).append('\n');
    }
    text.append('\0');
    for (Finding hint : hints) {
      field(
          text,
          (hint.location().startLine() - base)
              + " "
              + hint.ruleId()
              + " "
              + hint.category()
              + " "
              + hint.severity()
              + " "
              + hint.title());
    }
    text.append('\0');
    instructions.forEach(i -> field(text, i));
    return ContentDigest.of(text.toString());
  }

  private static void field(StringBuilder text, String value) {
    text.append(value).append('\0');
  }
}
