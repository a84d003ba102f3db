package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Expr.Collection;
import dev.reviewpanel.code.model.Function;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The linear searches of one file, for {@link ListLookupInLoopAnalyzer}: which calls or {@code in}
 * tests scan a list, in each language's idiom, and what is known of the list they scan.
 */
final class ListScans {

  private static final Set<String> JAVA_LOOKUPS =
      Set.of("contains", "indexOf", "lastIndexOf", "remove");
  private static final Set<String> JAVA_LISTS =
      Set.of("List", "ArrayList", "LinkedList", "Vector", "CopyOnWriteArrayList");
  private static final Set<String> INDEX_TYPES = Set.of("int", "short", "byte", "char");
  private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%");
  private static final int SMALL_FIXED_LIST = 8;

  private static final Set<String> SCRIPT_LOOKUPS = Set.of("includes", "indexOf", "lastIndexOf");
  private static final Set<String> ARRAY_METHODS =
      Set.of("map", "filter", "flatMap", "flat", "split");
  private static final Set<String> ARRAY_FACTORIES =
      Set.of("Array.from", "Array.of", "Object.keys", "Object.values", "Object.entries");
  private static final Pattern ARRAY_TYPE =
      Pattern.compile("(readonly\\s+)?([\\w.<>]+\\[\\]|(Readonly)?Array<.*>)", Pattern.DOTALL);
  private static final int SMALL_ARRAY = 16;

  private static final Set<String> PYTHON_LIST_BUILDERS = Set.of("list", "sorted");

  private final CodeModel model;
  private final Language language;
  private final Map<String, Function> functions = new HashMap<>();
  private final Map<Function, ListFacts> facts = new IdentityHashMap<>();

  ListScans(CodeModel model, Language language) {
    this.model = model;
    this.language = language;
    model.functions().forEach(f -> functions.putIfAbsent(f.qualifiedName(), f));
  }

  /** What {@code expr}, run inside {@code function}, scans, said for a message; else empty. */
  Optional<String> scan(Expr expr, Function function, int loopLine) {
    return switch (language) {
      case JAVA -> java(expr, function);
      case PYTHON -> python(expr, function, loopLine);
      default -> script(expr, function);
    };
  }

  private Optional<String> java(Expr expr, Function function) {
    if (!(expr instanceof Expr.Call call)
        || !JAVA_LOOKUPS.contains(call.name())
        || call.arguments().size() != 1) {
      return Optional.empty();
    }
    Expr receiver = call.receiver().orElse(null);
    boolean field = receiver instanceof Expr.Attribute a && Expr.dotted(a.object()).equals("this");
    if (!(receiver instanceof Expr.Name) && !field) {
      return Optional.empty();
    }
    String name = field ? ((Expr.Attribute) receiver).name() : ((Expr.Name) receiver).name();
    Declared declared = javaDeclared(name, function, field);
    if (declared == null
        || declared.type() == null
        || !JAVA_LISTS.contains(simpleType(declared.type()))
        || isSmallFixedList(declared.initializer())
        || (call.name().equals("remove") && isIndex(call.arguments().get(0).value(), function))) {
      return Optional.empty();
    }
    return Optional.of(name + "." + call.name() + "() scans the whole list");
  }

  /** A Java variable's declared type and initializer, either may be null. */
  private record Declared(String type, Expr initializer) {}

  // A local or parameter of the function or those around it, else a field of its class.
  private Declared javaDeclared(String name, Function function, boolean fieldOnly) {
    for (Function f = function; f != null && !fieldOnly; f = enclosing(f)) {
      ListFacts known = facts(f);
      if (known.binds(name)) {
        List<ListFacts.Bound> values = known.values(name);
        Expr initializer = values.isEmpty() ? null : values.get(0).value();
        return new Declared(known.type(name), initializer);
      }
    }
    return Optional.ofNullable(function.owner())
        .flatMap(model::type)
        .flatMap(t -> t.fields().stream().filter(f -> f.name().equals(name)).findFirst())
        .map(f -> new Declared(f.type(), f.initializer()))
        .orElse(null);
  }

  // remove(int) removes by position, which is not a lookup
  private boolean isIndex(Expr argument, Function function) {
    if (argument instanceof Expr.Conditional choice) {
      return isIndex(choice.whenTrue(), function) || isIndex(choice.whenFalse(), function);
    }
    if (argument instanceof Expr.Call cast && cast.callee() instanceof Expr.Name type) {
      return INDEX_TYPES.stream().anyMatch(t -> type.name().equals("(" + t + ")"));
    }
    if (argument instanceof Expr.Name name) {
      Declared declared = javaDeclared(name.name(), function, false);
      return declared != null && INDEX_TYPES.contains(declared.type());
    }
    return (argument instanceof Expr.Literal literal && literal.value() instanceof Long)
        || (argument instanceof Expr.Operation operation
            && (operation.operands().size() == 1 || ARITHMETIC.contains(operation.operator())));
  }

  // List.of("a", "b"): a handful of constants costs less to scan than to hash
  private static boolean isSmallFixedList(Expr initializer) {
    return initializer instanceof Collection list
        && !list.entries().isEmpty()
        && list.entries().size() <= SMALL_FIXED_LIST
        && list.entries().stream()
            .allMatch(
                e ->
                    e.value() instanceof Expr.Literal
                        || e.value() instanceof Expr.Name
                        || e.value() instanceof Expr.Attribute);
  }

  private static String simpleType(String type) {
    String raw = type.replaceFirst("<.*", "").trim();
    return raw.substring(raw.lastIndexOf('.') + 1);
  }

  private Optional<String> script(Expr expr, Function function) {
    if (!(expr instanceof Expr.Call call)
        || !SCRIPT_LOOKUPS.contains(call.name())
        || !(call.receiver().orElse(null) instanceof Expr.Name array)) {
      return Optional.empty();
    }
    for (Function f = function; f != null; f = enclosing(f)) {
      ListFacts known = facts(f);
      if (known.binds(array.name())) {
        return isArray(known, array.name())
            ? Optional.of(array.name() + "." + call.name() + "() scans the array")
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  // declared as an array (a T[] parameter) or bound to one where it is declared; a parameter
  // reassigned later (path = path.split(' ')) may still hold what the caller passed
  private static boolean isArray(ListFacts known, String name) {
    if (known.declares(name)) {
      String type = known.type(name);
      return type != null && ARRAY_TYPE.matcher(type).matches();
    }
    List<ListFacts.Bound> values = known.values(name);
    return !values.isEmpty() && buildsArray(values.get(0).value());
  }

  private static boolean buildsArray(Expr value) {
    if (value instanceof Collection array) {
      return array.shape() == Collection.Shape.LIST && !isSmallConstantArray(array);
    }
    if (!(value instanceof Expr.Call call)) {
      return false;
    }
    if (call.construct()) {
      return Expr.dotted(call.callee()).equals("Array");
    }
    return call.callee() instanceof Expr.Attribute
        && (ARRAY_FACTORIES.contains(Expr.dotted(call.callee()))
            || ARRAY_METHODS.contains(call.name()));
  }

  // ['sat', 'sun']: a handful of literals is a fixed set whose scan costs no more than a hash
  private static boolean isSmallConstantArray(Collection array) {
    return !array.entries().isEmpty()
        && array.entries().size() <= SMALL_ARRAY
        && array.entries().stream()
            .allMatch(
                e ->
                    !e.spread()
                        && (e.value() instanceof Expr.Literal
                            || Expr.dotted(e.value()).equals("undefined")));
  }

  private Optional<String> python(Expr expr, Function function, int loopLine) {
    if (!(expr instanceof Expr.Operation test)
        || !List.of(test.operator().split(" ")).contains("in")
        || !(test.operands().get(test.operands().size() - 1) instanceof Expr.Name list)) {
      return Optional.empty();
    }
    ListFacts known = facts(function);
    Expr value = known.before(list.name(), loopLine).orElse(null);
    boolean fromData =
        isComprehension(value)
            || (value instanceof Expr.Call call
                && call.receiver().isEmpty()
                && PYTHON_LIST_BUILDERS.contains(call.name()));
    boolean literal =
        value instanceof Collection c && c.shape() == Collection.Shape.LIST && !fromData;
    return fromData || (literal && known.grown(list.name()))
        ? Optional.of("'in " + list.name() + "' scans the list")
        : Optional.empty();
  }

  // [c.id for c in customers]: a list as long as the data it walks
  private static boolean isComprehension(Expr value) {
    return value instanceof Collection c
        && c.shape() == Collection.Shape.LIST
        && c.entries().size() == 1
        && c.entries().get(0).value() instanceof Expr.Opaque opaque
        && opaque.kind().equals("comprehension");
  }

  private Function enclosing(Function function) {
    if (function.enclosing() != null) {
      return functions.get(function.enclosing());
    }
    return function.kind() == Function.Kind.MODULE ? null : model.module();
  }

  private ListFacts facts(Function function) {
    return facts.computeIfAbsent(function, ListFacts::new);
  }
}
