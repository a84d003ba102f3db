package dev.reviewpanel.security.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Which assignments of a name can reach a use, by position inside one function: the assignments
 * before the use back to the last one that always runs first (its block encloses the use), plus the
 * assignments later in a loop that encloses the use. Assignments in dead code never reach.
 */
public final class ReachingDefinitions {

  /** The values that reach a use, and whether the parameter of that name may still reach it. */
  public record Reaching(List<TSNode> values, boolean initialReaches) {}

  private record Definition(TSNode value, int start, int end, int blockStart, int blockEnd) {}

  private final Set<String> blockTypes;
  private final Set<String> loopTypes;
  private final Set<String> scopeTypes;
  private final DeadCode dead;
  private final Map<String, List<Definition>> byKey = new HashMap<>();
  private final Map<String, List<int[]>> loops = new HashMap<>();

  public ReachingDefinitions(
      Set<String> blockTypes, Set<String> loopTypes, Set<String> scopeTypes, DeadCode dead) {
    this.blockTypes = blockTypes;
    this.loopTypes = loopTypes;
    this.scopeTypes = scopeTypes;
    this.dead = dead;
  }

  /**
   * Records that {@code statement} assigns {@code value} to the name with scope key {@code key}.
   */
  public void define(String key, TSNode statement, TSNode value) {
    if (dead.isDead(statement)) {
      return;
    }
    TSNode block = statement.getParent();
    while (!block.isNull() && !blockTypes.contains(block.getType())) {
      if (scopeTypes.contains(block.getType())) {
        break;
      }
      block = block.getParent();
    }
    int blockStart = block.isNull() ? 0 : block.getStartByte();
    int blockEnd = block.isNull() ? Integer.MAX_VALUE : block.getEndByte();
    byKey
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(
            new Definition(
                value, statement.getStartByte(), statement.getEndByte(), blockStart, blockEnd));
  }

  /** True when the name with scope key {@code key} is assigned anywhere. */
  public boolean isDefined(String key) {
    return byKey.containsKey(key);
  }

  /** All values ever assigned to the name with scope key {@code key}. */
  public List<TSNode> all(String key) {
    List<Definition> definitions = byKey.get(key);
    return definitions == null ? List.of() : definitions.stream().map(Definition::value).toList();
  }

  /** The values of {@code key} that may reach {@code use}. */
  public Reaching reaching(String key, TSNode use) {
    List<Definition> definitions = byKey.get(key);
    if (definitions == null) {
      return new Reaching(List.of(), true);
    }
    int at = use.getStartByte();
    List<TSNode> values = new ArrayList<>();
    boolean killed = false;
    for (int i = definitions.size() - 1; i >= 0; i--) {
      Definition definition = definitions.get(i);
      if (definition.end() > at) {
        continue;
      }
      values.add(definition.value());
      if (definition.blockStart() <= at && use.getEndByte() <= definition.blockEnd()) {
        killed = true;
        break;
      }
    }
    List<int[]> enclosing = loopsAround(use);
    for (Definition definition : definitions) {
      if (definition.start() > at && inAnyLoop(definition.start(), enclosing)) {
        values.add(definition.value());
      }
    }
    return new Reaching(values, !killed);
  }

  private List<int[]> loopsAround(TSNode use) {
    List<int[]> ranges = new ArrayList<>();
    for (TSNode node = use.getParent(); !node.isNull(); node = node.getParent()) {
      String type = node.getType();
      if (scopeTypes.contains(type)) {
        break;
      }
      if (loopTypes.contains(type)) {
        ranges.add(new int[] {node.getStartByte(), node.getEndByte()});
      }
    }
    return ranges;
  }

  private static boolean inAnyLoop(int position, List<int[]> ranges) {
    for (int[] range : ranges) {
      if (range[0] <= position && position < range[1]) {
        return true;
      }
    }
    return false;
  }
}
