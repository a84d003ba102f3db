package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.code.model.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Conditions: constant folding ({@code if False:}, {@code if DEBUG and ...} with a constant flag,
 * {@code mode == "legacy"} with a constant mode), and the checks a branch performs on a value
 * before using it: allow-list membership ({@code x in ALLOWED}, {@code ALLOWED.includes(x)}),
 * equality with a constant, and the catalog's guards ({@code isdigit}, {@code is_safe_url}...). In
 * the branch where the check holds, the checked value is clean for the guard's sink kinds.
 */
final class Guards {

  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> COMPARISONS =
      Set.of(
          "==",
          "===",
          "!=",
          "!==",
          "<",
          ">",
          "<=",
          ">=",
          "in",
          "not in",
          "is",
          "is not",
          "instanceof");

  private final FunctionFlow flow;

  Guards(FunctionFlow flow) {
    this.flow = flow;
  }

  static boolean isComparison(String operator) {
    return COMPARISONS.contains(operator);
  }

  /**
   * The truth of a condition when it is known: a constant, or short-circuit with a constant side
   * ({@code DEBUG and x} with DEBUG false, {@code x or True}); null when it depends on input.
   */
  Boolean condition(Expr expr) {
    Object folded = fold(expr);
    if (folded != Value.UNKNOWN) {
      return truthy(folded);
    }
    if (expr instanceof Expr.Operation operation && operation.operands().size() == 2) {
      String op = operation.operator();
      Boolean left = condition(operation.operands().get(0));
      Boolean right = condition(operation.operands().get(1));
      if ((op.equals("and") || op.equals("&&"))
          && (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right))) {
        return false;
      }
      if ((op.equals("or") || op.equals("||"))
          && (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right))) {
        return true;
      }
    }
    return null;
  }

  /** The constant value of an expression, or {@link Value#UNKNOWN}. */
  Object fold(Expr expr) {
    if (expr instanceof Expr.Literal literal) {
      return literal.value();
    }
    if (expr instanceof Expr.Name name) {
      Value value = flow.env.get(name.name());
      if (value == null && flow.globals != null) {
        value = flow.globals.get(name.name());
      }
      return value == null ? Value.UNKNOWN : value.constant();
    }
    if (!(expr instanceof Expr.Operation operation)) {
      return Value.UNKNOWN;
    }
    List<Expr> operands = operation.operands();
    String op = operation.operator();
    if (operands.size() == 1) {
      Object value = fold(operands.get(0));
      return (op.equals("not") || op.equals("!")) && value != Value.UNKNOWN
          ? !truthy(value)
          : Value.UNKNOWN;
    }
    if (operands.size() != 2) {
      return Value.UNKNOWN;
    }
    Object left = fold(operands.get(0));
    // a and b / a || b evaluate to one of their operands, as in Python and JavaScript
    if (op.equals("and") || op.equals("&&")) {
      return left == Value.UNKNOWN || truthy(left)
          ? (left == Value.UNKNOWN ? Value.UNKNOWN : fold(operands.get(1)))
          : left;
    }
    if (op.equals("or") || op.equals("||") || op.equals("??")) {
      return left == Value.UNKNOWN ? Value.UNKNOWN : truthy(left) ? left : fold(operands.get(1));
    }
    Object right = fold(operands.get(1));
    if (left == Value.UNKNOWN || right == Value.UNKNOWN) {
      return Value.UNKNOWN;
    }
    return switch (op) {
      case "==", "===", "is" -> same(left, right);
      case "!=", "!==", "is not" -> !same(left, right);
      default ->
          flow.model.language() == dev.reviewpanel.code.analysis.Language.JAVA
              ? JavaArithmetic.fold(op, left, right)
              : Value.UNKNOWN;
    };
  }

  private static boolean same(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    return Objects.equals(left, right);
  }

  static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    return !(value instanceof String s) || !s.isEmpty();
  }

  /** Cleans what {@code condition} checks, in the branch where it is {@code holds}. */
  void apply(Expr condition, boolean holds) {
    if (!holds) {
      noLeadingSlashes(condition);
    }
    if (condition instanceof Expr.Operation operation) {
      String op = operation.operator();
      List<Expr> operands = operation.operands();
      if ((op.equals("not") || op.equals("!")) && operands.size() == 1) {
        apply(operands.get(0), !holds);
        return;
      }
      if ((op.equals("and") || op.equals("&&")) && holds) {
        operands.forEach(o -> apply(o, true));
        return;
      }
      if ((op.equals("or") || op.equals("||")) && !holds) {
        operands.forEach(o -> apply(o, false));
        return;
      }
      if (operands.size() == 2) {
        comparison(op, operands.get(0), operands.get(1), holds);
      }
      return;
    }
    if (condition instanceof Expr.Call call) {
      guardCall(call, holds);
    } else if (holds && (condition instanceof Expr.Name || condition instanceof Expr.Attribute)) {
      exists(condition); // if resource: / if (resource)
    }
  }

  /**
   * Where {@code condition} is false, a path it tests no longer starts with {@code //}: after
   * {@code while (p.length() > 1 && p.charAt(1) == '/') p.deleteCharAt(0)}, or past {@code if
   * (p.startsWith("//")) return}. The request's own path in it then names a path on this server.
   */
  void noLeadingSlashes(Expr condition) {
    Expr tested = doubleSlashTested(condition);
    String path = tested == null ? null : Paths.of(tested);
    if (path == null) {
      return;
    }
    Value value = flow.expressions.of(tested);
    Taint local =
        value
            .taint()
            .map(
                f ->
                    f.cleaned().contains(Flow.SAME_ORIGIN_PATH)
                        ? f.clean(Set.of(SAME_ORIGIN_SAFE_FOR))
                        : f);
    if (local != value.taint()) {
      flow.env.put(path, value.withTaint(local));
    }
  }

  private static final String SAME_ORIGIN_SAFE_FOR = "redirect";

  // p.startsWith("//"), or a conjunction of length checks and p.charAt(1) == '/'
  private static Expr doubleSlashTested(Expr condition) {
    if (condition instanceof Expr.Call call
        && (call.name().equals("startsWith") || call.name().equals("startswith"))
        && call.positional(0).orElse(null) instanceof Expr.Literal literal
        && "//".equals(literal.value())) {
      return call.receiver().orElse(null);
    }
    if (!(condition instanceof Expr.Operation operation)) {
      return null;
    }
    String op = operation.operator();
    if (op.equals("==") && operation.operands().size() == 2) {
      Expr left = operation.operands().get(0);
      Expr right = operation.operands().get(1);
      if (left instanceof Expr.Call call
          && call.name().equals("charAt")
          && call.positional(0).orElse(null) instanceof Expr.Literal index
          && index.value() instanceof Number n
          && n.intValue() == 1
          && right instanceof Expr.Literal slash
          && "/".equals(String.valueOf(slash.value()))) {
        return call.receiver().orElse(null);
      }
      return null;
    }
    if (!op.equals("&&")) {
      return null;
    }
    Expr tested = null;
    for (Expr operand : operation.operands()) {
      Expr found = doubleSlashTested(operand);
      if (found != null) {
        tested = found;
      } else if (!(operand instanceof Expr.Operation check
          && isComparison(check.operator())
          && check.operands().get(0) instanceof Expr.Call length
          && length.name().equals("length"))) {
        return null; // something else may have ended the loop with the slashes still there
      }
    }
    return tested;
  }

  // null, None, undefined
  private static boolean isNothing(Expr expr) {
    return expr instanceof Expr.Literal literal && literal.value() == null
        || expr instanceof Expr.Name name && name.name().equals("undefined");
  }

  // what a found entry is asked to show it exists: a file, a directory, a readable resource
  private static final Set<String> EXISTS =
      Set.of(
          "exists",
          "isFile",
          "isDirectory",
          "canRead",
          "isReadable",
          "is_file",
          "is_dir",
          "isPresent");

  /**
   * A value shown to exist (not null, or {@code exists()}): when it was found by a lookup, the key
   * it was found by named an entry of the server's store, and both are clean for what the lookup
   * cleans.
   */
  private void exists(Expr checked) {
    String path = Paths.of(checked);
    Value value = path == null ? null : flow.env.get(path);
    if (value == null || value.lookup() == null) {
      return;
    }
    Lookup lookup = value.lookup();
    flow.env.put(path, value.withTaint(value.taint().clean(lookup.cleans())));
    Value key = flow.env.get(lookup.key());
    if (key != null) {
      flow.env.put(lookup.key(), key.withTaint(key.taint().clean(lookup.cleans())));
    }
  }

  /** The access path a lookup's key names, through plain conversions ({@code path.toString()}). */
  static String keyPath(Expr key) {
    Expr current = key;
    while (Paths.of(current) == null && current instanceof Expr.Call call) {
      if (!CONVERSIONS.contains(call.name())) {
        return null;
      }
      current =
          call.receiver().isPresent()
              ? (call.arguments().isEmpty() ? call.receiver().get() : null)
              : (call.arguments().size() == 1 ? call.positional(0).orElse(null) : null);
      if (current == null) {
        return null;
      }
    }
    return Paths.of(current);
  }

  private void comparison(String op, Expr left, Expr right, boolean holds) {
    boolean differs =
        (op.equals("!=") || op.equals("!==") || op.equals("is not")) && holds
            || (op.equals("==") || op.equals("===") || op.equals("is")) && !holds;
    if (differs && isNothing(right)) {
      exists(left);
    } else if (differs && isNothing(left)) {
      exists(right);
    }
    boolean member = op.equals("in") && holds || op.equals("not in") && !holds;
    if (member && isServerSide(right)) {
      clean(left, Set.of(Flow.ALL));
      checkedPart(left);
    }
    boolean equal =
        (op.equals("==") || op.equals("===")) && holds
            || (op.equals("!=") || op.equals("!==")) && !holds;
    if (equal) {
      confinedPrefix(left, right);
      confinedPrefix(right, left);
      if (isServerSide(right) && !(left instanceof Expr.Literal)) {
        bindConstant(left, right);
        checkedPart(left);
      } else if (isServerSide(left) && !(right instanceof Expr.Literal)) {
        bindConstant(right, left);
        checkedPart(right);
      }
    }
  }

  // target.origin === ALLOWED_ORIGIN, host in settings.allowed_hosts: the URL they belong to is
  // pinned to a host the server chose
  private static final Set<String> URL_PARTS =
      Set.of("origin", "host", "hostname", "netloc", "protocol", "scheme");

  private void checkedPart(Expr checked) {
    if (checked instanceof Expr.Attribute attribute && URL_PARTS.contains(attribute.name())) {
      clean(attribute.object(), Set.of("ssrf", "redirect"));
    }
  }

  // file.slice(0, root.length) === root, p.substring(0, base.length()) == base, p.indexOf(root)
  // === 0: the prefix test startsWith spells out; past it the value stays under the server's root
  private static final Set<String> PREFIX_SLICES = Set.of("slice", "substring", "substr");
  private static final Set<String> PREFIX_SAFE_FOR = Set.of("path", "redirect", "ssrf");

  private void confinedPrefix(Expr tested, Expr other) {
    if (!(tested instanceof Expr.Call call) || call.receiver().isEmpty()) {
      return;
    }
    boolean slice =
        PREFIX_SLICES.contains(call.name())
            && call.arguments().size() == 2
            && isZero(call.positional(0).orElse(null))
            && isServerSide(other);
    boolean indexOf =
        call.name().equals("indexOf")
            && call.arguments().size() == 1
            && isZero(other)
            && call.positional(0).map(this::isServerSide).orElse(false);
    if (slice || indexOf) {
      clean(call.receiver().get(), PREFIX_SAFE_FOR);
    }
  }

  private static boolean isZero(Expr expr) {
    return expr instanceof Expr.Literal literal
        && literal.value() instanceof Number n
        && n.doubleValue() == 0;
  }

  /** A value the request does not control: a constant, or a collection the server built. */
  private boolean isServerSide(Expr expr) {
    if (expr instanceof Expr.Literal literal) {
      return literal.value() != null;
    }
    return isConstantTable(expr)
        || flow.expressions.of(expr).taint().isEmpty() && Paths.of(expr) != null;
  }

  private void bindConstant(Expr target, Expr to) {
    String path = Paths.of(target);
    if (path == null) {
      return;
    }
    if (to instanceof Expr.Literal literal) {
      flow.env.put(path, Value.constant(literal.value()));
    } else {
      Value value = flow.expressions.of(target);
      flow.env.put(path, value.withTaint(value.taint().clean(Set.of(Flow.ALL))));
    }
  }

  private void guardCall(Expr.Call call, boolean holds) {
    if (!holds) {
      // if has_insecure_element(parts): return None -- past it, parts passed the check
      for (Specs.Sanitizer refuter : flow.catalog.refuters().match(flow.calls.names(call))) {
        call.arguments().forEach(a -> clean(a.value(), refuter.cleans()));
      }
      return;
    }
    if (EXISTS.contains(call.name()) && call.arguments().isEmpty()) {
      call.receiver().ifPresent(this::exists);
    }
    // ALLOWED.includes(x), ALLOWED.has(x), allowed_set.__contains__(x)
    if (Set.of("includes", "has", "contains", "__contains__", "indexOf").contains(call.name())
        && call.receiver().filter(this::isServerSide).isPresent()) {
      call.positional(0).ifPresent(v -> clean(v, Set.of(Flow.ALL)));
      return;
    }
    List<Specs.Sanitizer> guards = flow.catalog.guards().match(flow.calls.names(call));
    for (Specs.Sanitizer guard : guards) {
      if (guard.ifText() != null
          && !(call.positional(0).map(this::fold).orElse(Value.UNKNOWN) instanceof String text
              && guard.ifText().matcher(text).find())) {
        continue;
      }
      call.receiver().ifPresent(r -> clean(r, guard.cleans()));
      if (flow.model.language() == dev.reviewpanel.code.analysis.Language.JAVA) {
        // file.getCanonicalPath().startsWith(base): the check is on file
        call.receiver().map(Guards::derivedFrom).ifPresent(r -> clean(r, guard.cleans()));
        // allowed.matcher(text).matches(): the check is on text
        call.receiver().map(Guards::matched).ifPresent(r -> clean(r, guard.cleans()));
      }
      call.arguments().forEach(a -> clean(a.value(), guard.cleans()));
    }
  }

  private static final Set<String> SAME_PATH =
      Set.of(
          "getCanonicalPath",
          "getCanonicalFile",
          "getAbsolutePath",
          "getAbsoluteFile",
          "toAbsolutePath",
          "normalize",
          "toRealPath",
          "toPath",
          "toFile",
          "toString",
          "toURI");

  // the text a regex matcher was made for, or null
  private static Expr matched(Expr receiver) {
    return receiver instanceof Expr.Call call && call.name().equals("matcher")
        ? call.positional(0).orElse(null)
        : null;
  }

  // the value a chain of path conversions starts from, or null
  private static Expr derivedFrom(Expr receiver) {
    Expr current = receiver;
    while (current instanceof Expr.Call call && SAME_PATH.contains(call.name())) {
      Expr inner = call.receiver().orElse(null);
      if (inner == null) {
        return null;
      }
      current = inner;
    }
    return current == receiver ? null : current;
  }

  // ALLOWED.has(String(x)), x.strip() in CHOICES: a check on a plain conversion of x checks x
  private static final Set<String> CONVERSIONS =
      Set.of(
          "String",
          "str",
          "toString",
          "trim",
          "strip",
          "lower",
          "upper",
          "toLowerCase",
          "toUpperCase");

  private void clean(Expr checked, Set<String> kinds) {
    String path = Paths.of(checked);
    if (path == null) {
      if (checked instanceof Expr.Call call && CONVERSIONS.contains(call.name())) {
        Expr inner =
            call.receiver().isPresent()
                ? (call.arguments().isEmpty() ? call.receiver().get() : null)
                : (call.arguments().size() == 1 ? call.positional(0).orElse(null) : null);
        if (inner != null) {
          clean(inner, kinds);
        }
      }
      return;
    }
    Value value = flow.expressions.of(checked);
    flow.env.put(path, value.withTaint(value.taint().clean(kinds)));
  }

  /** A constant collection: an UPPER_CASE name, a literal list/set/dict, or a frozen constant. */
  boolean isConstantTable(Expr expr) {
    return isConstantTable(expr, null);
  }

  /** As {@link #isConstantTable(Expr)}, with the value of {@code expr} when already known. */
  boolean isConstantTable(Expr expr, Value known) {
    if (expr instanceof Expr.Collection collection) {
      return collection.entries().stream().allMatch(e -> e.value() instanceof Expr.Literal);
    }
    String path = Paths.of(expr);
    if (path == null) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('.') + 1);
    if (!CONSTANT_NAME.matcher(last).matches()) {
      return false;
    }
    // request.GET is upper-case too, but it is request data, not a table
    return (known != null ? known : flow.expressions.of(expr)).taint().isEmpty();
  }
}
