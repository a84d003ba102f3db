package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * A JavaScript/TypeScript call or {@code new} seen as receiver, name and arguments: {@code
 * db.query(q)} has receiver {@code db} and name {@code query}; {@code eval(x)} has no receiver.
 */
record JsCall(TSNode node, String receiver, String name, List<TSNode> arguments, boolean isNew) {

  static Optional<JsCall> of(TSNode node, SyntaxTree tree) {
    return of(node, node.getType(), tree);
  }

  /** As {@link #of(TSNode, SyntaxTree)} for a node whose type is already known. */
  static Optional<JsCall> of(TSNode node, String type, SyntaxTree tree) {
    boolean isNew = type.equals("new_expression");
    if (!isNew && !type.equals("call_expression")) {
      return Optional.empty();
    }
    TSNode function = node.getChildByFieldName(isNew ? "constructor" : "function");
    // tree-sitter-typescript reads `await f<T>(x)` as a call whose function is `await f`.
    if (!function.isNull() && function.getType().equals("await_expression")) {
      function = function.getNamedChild(0);
    }
    TSNode argumentList = node.getChildByFieldName("arguments");
    if (function.isNull() || argumentList.isNull() || !argumentList.getType().equals("arguments")) {
      return Optional.empty();
    }
    String receiver;
    String name;
    if (function.getType().equals("identifier")) {
      receiver = "";
      name = tree.text(function);
    } else if (function.getType().equals("member_expression")) {
      receiver = tree.text(function.getChildByFieldName("object"));
      name = tree.text(function.getChildByFieldName("property"));
    } else {
      return Optional.empty();
    }
    List<TSNode> arguments = new ArrayList<>();
    for (int i = 0; i < argumentList.getNamedChildCount(); i++) {
      TSNode argument = argumentList.getNamedChild(i);
      if (!argument.getType().equals("comment")) {
        arguments.add(argument);
      }
    }
    return Optional.of(new JsCall(node, receiver, name, arguments, isNew));
  }

  Optional<TSNode> argument(int index) {
    return index < arguments.size() ? Optional.of(arguments.get(index)) : Optional.empty();
  }

  String qualifiedName() {
    return receiver.isEmpty() ? name : receiver + "." + name;
  }
}
