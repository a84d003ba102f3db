package dev.reviewpanel.bug.syntax;

import dev.reviewpanel.worker.analysis.Language;
import dev.reviewpanel.worker.analysis.ParsedFile;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTypescript;

/**
 * A tree-sitter query compiled once per language that finds the nodes an analyzer cares about. The
 * query engine walks the tree natively, which is far cheaper than visiting every node through JNI;
 * analyzers then inspect only the captured nodes. Compiled queries are immutable and shared between
 * threads; each run uses its own cursor.
 */
public final class NodeQuery {

  private final Map<Language, TSQuery> queries = new EnumMap<>(Language.class);

  /**
   * Compiles {@code pattern} for each language.
   *
   * @param pattern a tree-sitter query whose captures are handed to the visitor, e.g. {@code
   *     (except_clause) @clause}
   */
  public NodeQuery(Set<Language> languages, String pattern) {
    for (Language language : languages) {
      queries.put(language, new TSQuery(grammar(language), pattern));
    }
  }

  /** Hands every captured node of {@code file} to {@code visitor}, in document order. */
  public void forEach(ParsedFile file, Consumer<TSNode> visitor) {
    TSQuery query = queries.get(file.language());
    if (query == null) {
      return;
    }
    try (TSQueryCursor cursor = new TSQueryCursor()) {
      cursor.exec(query, file.syntaxTree().root());
      TSQueryMatch match = new TSQueryMatch();
      while (cursor.nextMatch(match)) {
        for (TSQueryCapture capture : match.getCaptures()) {
          visitor.accept(capture.getNode());
        }
      }
    }
  }

  private static TSLanguage grammar(Language language) {
    return switch (language) {
      case PYTHON -> new TreeSitterPython();
      case JAVASCRIPT -> new TreeSitterJavascript();
      case TYPESCRIPT -> new TreeSitterTypescript();
      case JAVA -> throw new IllegalArgumentException("Java is analyzed with JavaParser");
    };
  }
}
