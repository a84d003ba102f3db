package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Stmt;
import java.util.List;
import java.util.Set;

/**
 * Which calls iterate and which collection a loop walks, in each language's idiom: Python's {@code
 * enumerate(xs)} and {@code range(len(xs))}, JavaScript's array methods and {@code i < xs.length},
 * Java's stream stages and {@code i < xs.size()}. A collection is named as written, without a
 * leading {@code self.}/{@code this.}; null when unknown.
 */
public final class Iterated {

  /** Array methods that call their callback once per element. */
  public static final Set<String> ARRAY_ITERATION =
      Set.of(
          "forEach",
          "map",
          "filter",
          "reduce",
          "reduceRight",
          "some",
          "every",
          "find",
          "findIndex",
          "flatMap");

  private final Language language;

  Iterated(Language language) {
    this.language = language;
  }

  boolean throwLeavesLoops() {
    return language == Language.JAVA;
  }

  /** Whether a call runs its callback once per element. */
  boolean isIterating(Expr.Call call) {
    if (!(call.callee() instanceof Expr.Attribute)) {
      return false;
    }
    return switch (language) {
      case JAVASCRIPT, TYPESCRIPT -> ARRAY_ITERATION.contains(call.name());
      case JAVA -> JavaStreams.isIterating(call);
      default -> false;
    };
  }

  /** The collection an iterating call walks: {@code users} in users.stream().map(...). */
  String source(Expr.Call call) {
    if (language != Language.JAVA) {
      return call.receiver().map(Iterated::named).orElse(null);
    }
    return JavaStreams.source(call).map(Iterated::named).orElse(null);
  }

  /** The collection a loop statement walks. */
  String of(Stmt.Loop loop) {
    if (loop.keys()) {
      return null; // for (k in obj) walks the keys of an object
    }
    if (loop.iterable() != null) {
      return of(loop.iterable());
    }
    return loop.condition() == null ? null : bound(loop.condition());
  }

  /** The collection an iterable walks. */
  String of(Expr iterable) {
    return switch (language) {
      case PYTHON -> python(iterable);
      case JAVA -> written(iterable);
      default -> named(iterable);
    };
  }

  /**
   * {@code xs}, {@code enumerate(xs)}, {@code reversed(xs)}, {@code range(len(xs))}, {@code
   * range(i, len(xs))} and {@code xs.items()} all walk {@code xs}.
   */
  private static String python(Expr iterable) {
    if (!(iterable instanceof Expr.Call call)) {
      return named(iterable);
    }
    String name = call.name();
    int count = call.arguments().size();
    if (call.receiver().isEmpty() && Set.of("enumerate", "reversed").contains(name) && count == 1) {
      return call.positional(0).map(Iterated::named).orElse(null);
    }
    if (call.receiver().isEmpty() && name.equals("range") && count >= 1 && count <= 2) {
      return call.positional(count - 1)
          .filter(last -> last instanceof Expr.Call len && len.name().equals("len"))
          .flatMap(len -> ((Expr.Call) len).positional(0))
          .map(Iterated::named)
          .orElse(null);
    }
    if (Set.of("items", "keys", "values").contains(name) && count == 0) {
      return call.receiver().map(Iterated::named).orElse(null);
    }
    return null;
  }

  /** {@code xs} for an index loop's {@code i < xs.length} or {@code i < xs.size()}. */
  private String bound(Expr condition) {
    if (!(condition instanceof Expr.Operation operation) || operation.operands().size() != 2) {
      return null;
    }
    Expr right = operation.operands().get(1);
    boolean script = language == Language.JAVASCRIPT || language == Language.TYPESCRIPT;
    return switch (operation.operator()) {
      case "&&", "||" -> script ? bound(right) : null;
      case "<", "<=" -> {
        if (right instanceof Expr.Attribute length && length.name().equals("length")) {
          yield script ? named(length.object()) : written(length.object());
        }
        yield language == Language.JAVA
                && right instanceof Expr.Call size
                && size.name().equals("size")
                && size.arguments().isEmpty()
            ? size.receiver().map(Iterated::written).orElse(null)
            : null;
      }
      default -> null;
    };
  }

  /** A name or attribute chain, or null. */
  static String named(Expr expr) {
    String dotted = Expr.dotted(expr);
    return dotted.isEmpty() || !isReference(expr) ? null : strip(dotted);
  }

  /** Any expression of names, attributes, calls and constants as written: {@code map.keySet()}. */
  private static String written(Expr expr) {
    String text = text(expr);
    return text == null ? null : strip(text);
  }

  private static String text(Expr expr) {
    if (expr instanceof Expr.Name name) {
      return name.name();
    }
    if (expr instanceof Expr.Attribute attribute) {
      String object = text(attribute.object());
      return object == null ? null : object + "." + attribute.name();
    }
    if (expr instanceof Expr.Literal literal) {
      return String.valueOf(literal.value());
    }
    if (expr instanceof Expr.Index index) {
      String object = text(index.object());
      String key = text(index.key());
      return object == null || key == null ? null : object + "[" + key + "]";
    }
    if (expr instanceof Expr.Call call && !call.construct()) {
      String callee = text(call.callee());
      List<String> arguments =
          call.arguments().stream().map(argument -> text(argument.value())).toList();
      return callee == null || arguments.contains(null)
          ? null
          : callee + "(" + String.join(",", arguments) + ")";
    }
    return null;
  }

  private static boolean isReference(Expr expr) {
    return expr instanceof Expr.Name
        || (expr instanceof Expr.Attribute attribute && isReference(attribute.object()));
  }

  private static String strip(String text) {
    return text.equals("self") || text.equals("this")
        ? null
        : text.replaceFirst("^(self|this)\\.", "");
  }
}
