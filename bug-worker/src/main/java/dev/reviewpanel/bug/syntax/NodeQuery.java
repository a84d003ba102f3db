package dev.reviewpanel.bug.syntax;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.Set;
import java.util.function.Consumer;
import org.treesitter.TSNode;

/**
 * The nodes of given types an analyzer cares about, taken from the file's one shared walk ({@link
 * ScriptNodes}): every analyzer of a file reads the same node list instead of running its own
 * tree-sitter query or walk over the whole tree. Immutable and shared between threads.
 */
public final class NodeQuery {

  private final Set<Language> languages;
  private final Set<String> types;

  /**
   * Selects the nodes of {@code types} in files of {@code languages}.
   *
   * @param types tree-sitter node types, e.g. {@code "except_clause"}
   */
  public NodeQuery(Set<Language> languages, String... types) {
    if (languages.contains(Language.JAVA)) {
      throw new IllegalArgumentException("Java is analyzed with JavaParser");
    }
    this.languages = Set.copyOf(languages);
    this.types = Set.of(types);
  }

  /** Hands every selected node of {@code file} to {@code visitor}, in document order. */
  public void forEach(ParsedFile file, Consumer<TSNode> visitor) {
    if (!languages.contains(file.language())) {
      return;
    }
    ScriptNodes.of(file).forEach(types, (node, type) -> visitor.accept(node));
  }
}
