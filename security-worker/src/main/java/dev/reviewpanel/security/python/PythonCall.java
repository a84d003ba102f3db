package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * A Python call node seen as receiver, name and arguments: {@code cursor.execute(q, args)} has
 * receiver {@code cursor}, name {@code execute}; {@code eval(x)} has an empty receiver.
 */
record PythonCall(
    TSNode node, String receiver, String name, List<TSNode> positional, List<TSNode> keywords) {

  static Optional<PythonCall> of(TSNode node, SyntaxTree tree) {
    return of(node, node.getType(), tree);
  }

  /** As {@link #of(TSNode, SyntaxTree)} for a node whose type is already known. */
  static Optional<PythonCall> of(TSNode node, String type, SyntaxTree tree) {
    if (!type.equals("call")) {
      return Optional.empty();
    }
    TSNode function = node.getChildByFieldName("function");
    TSNode arguments = node.getChildByFieldName("arguments");
    String receiver;
    String name;
    if (function.getType().equals("identifier")) {
      receiver = "";
      name = tree.text(function);
    } else if (function.getType().equals("attribute")) {
      receiver = tree.text(function.getChildByFieldName("object"));
      name = tree.text(function.getChildByFieldName("attribute"));
    } else {
      return Optional.empty();
    }
    List<TSNode> positional = new ArrayList<>();
    List<TSNode> keywords = new ArrayList<>();
    if (!arguments.isNull() && arguments.getType().equals("argument_list")) {
      for (int i = 0; i < arguments.getNamedChildCount(); i++) {
        TSNode argument = arguments.getNamedChild(i);
        if (argument.getType().equals("keyword_argument")) {
          keywords.add(argument);
        } else if (!argument.getType().equals("comment")) {
          positional.add(argument);
        }
      }
    }
    return Optional.of(new PythonCall(node, receiver, name, positional, keywords));
  }

  Optional<TSNode> argument(int index) {
    return index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
  }

  /** The value of keyword argument {@code keyword}, if passed. */
  Optional<TSNode> keyword(String keyword, SyntaxTree tree) {
    for (TSNode argument : keywords) {
      if (tree.text(argument.getChildByFieldName("name")).equals(keyword)) {
        return Optional.of(argument.getChildByFieldName("value"));
      }
    }
    return Optional.empty();
  }

  /** {@code receiver.name}, or just the name for a plain function. */
  String qualifiedName() {
    return receiver.isEmpty() ? name : receiver + "." + name;
  }
}
