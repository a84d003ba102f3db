package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import java.util.Optional;

/**
 * A construct that repeats code: a loop statement or an iterating call such as {@code forEach}.
 *
 * @param node the loop statement or the iterating method call
 * @param iterated the collection it walks over, normalized ({@code this.} dropped), when known
 */
record Loop(Node node, Optional<String> iterated) {

  int line() {
    return Lines.of(node);
  }

  boolean contains(Node other) {
    return node.isAncestorOf(other);
  }
}
