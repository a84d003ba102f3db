package dev.reviewpanel.code.analysis;

import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every node of a Java file's tree in pre-order (the order of {@code Node.walk}), collected by one
 * walk and kept with the file ({@link ParsedFile#derived}), with the nodes of each type picked out
 * once: analyzers that each look at one type of node share the walk instead of walking the whole
 * tree each.
 */
public final class JavaNodes {

  private final List<Node> all;
  private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();

  private JavaNodes(List<Node> all) {
    this.all = Collections.unmodifiableList(all);
  }

  /** The nodes of {@code type} in {@code file}'s tree in pre-order; empty without a tree. */
  public static <T extends Node> List<T> of(ParsedFile file, Class<T> type) {
    return file.derived(JavaNodes.class, JavaNodes::walk).ofType(type);
  }

  /**
   * Every node of {@code file}'s tree in pre-order, the compilation unit first (what {@code
   * unit.walk(consumer)} visits, in its order); empty without a tree.
   */
  public static List<Node> all(ParsedFile file) {
    return file.derived(JavaNodes.class, JavaNodes::walk).all;
  }

  private static JavaNodes walk(ParsedFile file) {
    List<Node> nodes = new ArrayList<>();
    file.java().ifPresent(unit -> unit.walk(nodes::add));
    return new JavaNodes(nodes);
  }

  @SuppressWarnings("unchecked")
  private <T extends Node> List<T> ofType(Class<T> type) {
    List<?> known = byType.get(type);
    if (known == null) {
      List<T> matching = new ArrayList<>();
      for (Node node : all) {
        if (type.isInstance(node)) {
          matching.add(type.cast(node));
        }
      }
      known = Collections.unmodifiableList(matching);
      List<?> raced = byType.putIfAbsent(type, known);
      known = raced == null ? known : raced;
    }
    return (List<T>) known;
  }
}
