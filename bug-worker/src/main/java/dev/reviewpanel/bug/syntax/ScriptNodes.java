package dev.reviewpanel.bug.syntax;

import dev.reviewpanel.worker.analysis.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * The nodes of a Python, JavaScript or TypeScript file in walk order (parents before children),
 * each with its type, read once with a cursor and shared by every bug analyzer of the file: each
 * tree-sitter call crosses JNI, so one walk per analyzer cost most of the analysis time.
 */
public final class ScriptNodes {

  private final List<TSNode> nodes = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final Map<String, List<TSNode>> byType = new HashMap<>();

  private ScriptNodes(TSNode root) {
    try (TSTreeCursor cursor = new TSTreeCursor(root)) {
      while (true) {
        TSNode node = cursor.currentNode();
        String type = node.getType();
        nodes.add(node);
        types.add(type);
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add(node);
        if (cursor.gotoFirstChild()) {
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) {
            return;
          }
        }
      }
    }
  }

  /** Every node of the file's syntax tree, read on first use and then shared. */
  public static ScriptNodes of(ParsedFile file) {
    return file.derived(ScriptNodes.class, f -> new ScriptNodes(f.syntaxTree().root()));
  }

  /** The nodes of type {@code type}, in document order. */
  public List<TSNode> ofType(String type) {
    return byType.getOrDefault(type, List.of());
  }

  /** Visits every node whose type is one of {@code wanted}, with its type, in walk order. */
  public void forEach(Set<String> wanted, BiConsumer<TSNode, String> visitor) {
    for (int i = 0; i < nodes.size(); i++) {
      String type = types.get(i);
      if (wanted.contains(type)) {
        visitor.accept(nodes.get(i), type);
      }
    }
  }
}
