package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;

/** Access paths and dotted names of expressions: {@code self.repo}, {@code params[id]}. */
final class Paths {

  private Paths() {}

  /** The access path of a name, field chain or constant subscript; null for anything else. */
  static String of(Expr expr) {
    if (expr instanceof Expr.Name name) {
      return name.name();
    }
    if (expr instanceof Expr.Attribute attribute) {
      String object = of(attribute.object());
      return object == null ? null : object + "." + attribute.name();
    }
    if (expr instanceof Expr.Index index && index.constantKey().isPresent()) {
      String object = of(index.object());
      return object == null ? null : object + "[" + index.constantKey().get() + "]";
    }
    return null;
  }

  /**
   * The dotted name of a call's callee as written: {@code cur.execute}, {@code ?.send} for
   * f().send.
   */
  static String dotted(Expr expr) {
    if (expr instanceof Expr.Name name) {
      return name.name();
    }
    if (expr instanceof Expr.Attribute attribute) {
      return dotted(attribute.object()) + "." + attribute.name();
    }
    if (expr instanceof Expr.Index index) {
      return dotted(index.object());
    }
    if (expr instanceof Expr.Call call) {
      // require('child_process').exec(...) is child_process.exec
      if (call.name().equals("require")
          && call.positional(0).orElse(null) instanceof Expr.Literal module
          && module.value() instanceof String name) {
        return name;
      }
      return dotted(call.callee()) + "()";
    }
    return "?";
  }

  static boolean isSelf(String name) {
    return name.equals("self") || name.equals("this");
  }

  /**
   * The field of the instance an access path writes into: {@code values} for {@code self.values},
   * {@code this.values[key]} or {@code this.values.items}; null for a path not below self or this.
   */
  static String selfField(String path) {
    if (path == null) {
      return null;
    }
    String root = Env.root(path);
    if (!isSelf(root) || path.length() <= root.length() + 1 || path.charAt(root.length()) != '.') {
      return null;
    }
    String field = Env.root(path.substring(root.length() + 1));
    return field.isEmpty() ? null : field;
  }

  static String fieldKey(CodeModel model, String owner, String field) {
    return model.path() + "#" + owner + "." + field;
  }

  /** A short rendering of an expression for messages: {@code request.args['q']}. */
  static String show(Expr expr) {
    String path = of(expr);
    if (path != null) {
      return path.length() > 60 ? path.substring(0, 60) + "…" : path;
    }
    if (expr instanceof Expr.Call call) {
      return dotted(call.callee()) + "(…)";
    }
    return "the value";
  }
}
