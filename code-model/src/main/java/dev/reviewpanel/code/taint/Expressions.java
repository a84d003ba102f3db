package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.code.model.Expr;
import java.util.List;
import java.util.Set;

/** The value of an expression at the current point of a {@link FunctionFlow}. */
final class Expressions {

  private static final Set<String> ARITHMETIC =
      Set.of("-", "*", "//", "**", "<<", ">>", ">>>", "^", "~");

  // "https://api.example.org/users/" + name or "/profiles/" + id: input cannot pick the host
  private static final java.util.regex.Pattern FIXED_PREFIX =
      java.util.regex.Pattern.compile(
          "^(redirect:|forward:)?([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#{}]+[/?#]|/(?![/\\\\])|mailto:|tel:)");
  private static final Set<String> FIXED_DESTINATION = Set.of("ssrf", "redirect");

  private final FunctionFlow flow;

  Expressions(FunctionFlow flow) {
    this.flow = flow;
  }

  Value of(Expr expr) {
    if (expr == null) {
      return Value.CLEAN;
    }
    if (++flow.evaluations > FunctionFlow.MAX_EVALUATIONS) {
      throw new TooComplexException(flow.function);
    }
    if (expr instanceof Expr.Literal literal) {
      return Value.constant(literal.value());
    }
    if (expr instanceof Expr.Name name) {
      return name(name);
    }
    if (expr instanceof Expr.Attribute attribute) {
      return attribute(attribute);
    }
    if (expr instanceof Expr.Index index) {
      return index(index);
    }
    if (expr instanceof Expr.Call call) {
      return flow.calls.of(call);
    }
    if (expr instanceof Expr.StringBuild build) {
      return build(build);
    }
    if (expr instanceof Expr.Conditional conditional) {
      Boolean folded = flow.guards.condition(conditional.condition());
      of(conditional.condition());
      if (Boolean.TRUE.equals(folded)) {
        return of(conditional.whenTrue());
      }
      if (Boolean.FALSE.equals(folded)) {
        return of(conditional.whenFalse());
      }
      // ALLOWED.has(next) ? next : "/": each side sees what the condition checked
      Env before = flow.env;
      flow.env = before.copy();
      flow.guards.apply(conditional.condition(), true);
      Value whenTrue = of(conditional.whenTrue());
      flow.env = before.copy();
      flow.guards.apply(conditional.condition(), false);
      Value whenFalse = of(conditional.whenFalse());
      flow.env = before;
      return whenTrue.join(whenFalse);
    }
    if (expr instanceof Expr.Operation operation) {
      return operation(operation);
    }
    if (expr instanceof Expr.Collection collection) {
      Taint taint = Taint.NONE;
      boolean keyed = collection.shape() == Expr.Collection.Shape.MAP;
      Fields fields = Fields.EMPTY;
      for (Expr.Collection.Entry entry : collection.entries()) {
        if (entry.key() != null && entry.constantKey().isEmpty()) {
          of(entry.key());
        }
        Value value = of(entry.value());
        Taint carried = value.taint().union(nestedOf(entry.value()));
        taint = taint.union(carried);
        Object key = entry.constantKey().orElse(null);
        if (keyed) {
          // {...defaults, url, theme: t, ...query}: later properties override earlier ones
          Value part = value.fields() != null ? value : Value.of(carried);
          fields =
              entry.spread()
                  ? fields.spread(part, overridden(entry.value()))
                  : key != null
                      ? fields.with(String.valueOf(key), part)
                      : fields.unknownKey(carried);
        }
        if (key instanceof String name && collection.shape() == Expr.Collection.Shape.MAP) {
          // {__html: x}, {token: draw()}: a property set like an assignment
          int line = collection.line();
          flow.calls.assigned(
              new Expr.Attribute(new Expr.Name("{}", line), name, line), "{}." + name, value, line);
        }
      }
      return keyed ? Value.of(taint).withFields(fields) : Value.of(taint);
    }
    if (expr instanceof Expr.Lambda lambda) {
      flow.calls.inline(lambda.function(), Taint.NONE, List.of());
      return new Value(Taint.NONE, Value.UNKNOWN, null, lambda.function());
    }
    Expr.Opaque opaque = (Expr.Opaque) expr;
    Taint taint = Taint.NONE;
    for (Expr part : opaque.parts()) {
      taint = taint.union(of(part).taint());
    }
    // a comprehension's filter decides which elements are kept; its own value does not flow
    return opaque.kind().equals("if_clause") ? Value.CLEAN : Value.of(taint);
  }

  // {theme: t, ...query}: query replaces theme only if it has that key
  private java.util.function.UnaryOperator<Taint> overridden(Expr spread) {
    String label = "spread over the properties set before it as " + Paths.show(spread);
    String path = flow.path();
    return t -> t.overriding(path, spread.line(), label);
  }

  /**
   * Whether constant text opens a URL's query or fragment: what follows it ({@code uri + "?" +
   * query}) cannot pick the scheme, host or path, so it is clean for redirects and requests.
   */
  static boolean startsQuery(Object constant) {
    String text = String.valueOf(constant);
    return text.indexOf('?') >= 0 || text.indexOf('#') >= 0;
  }

  static Taint inQuery(Taint taint) {
    return taint.clean(FIXED_DESTINATION);
  }

  private Object leadingText(Expr first) {
    return first instanceof Expr.Literal literal ? literal.value() : flow.guards.fold(first);
  }

  /** The taint written into the fields and elements of the variable {@code expr} names. */
  Taint nestedOf(Expr expr) {
    return expr instanceof Expr.Name name ? flow.env.nested(name.name()) : Taint.NONE;
  }

  /** After {@code d = {...}}: {@code d[k]} for each constant key. */
  void bindEntries(String root, Expr.Collection collection) {
    boolean allConstant = true;
    long index = 0;
    List<Expr.Collection.Entry> entries = collection.entries();
    // {theme: t, ...query}: a later spread or computed key may replace what came before it, and
    // [...xs, y] puts y at an unknown index
    boolean keyed = collection.shape() == Expr.Collection.Shape.MAP;
    int unknown = -1;
    for (int i = 0; i < entries.size(); i++) {
      Expr.Collection.Entry entry = entries.get(i);
      if (entry.spread() || (entry.key() != null && entry.constantKey().isEmpty())) {
        unknown = keyed ? i : Math.min(unknown < 0 ? i : unknown, i);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      Expr.Collection.Entry entry = entries.get(i);
      Object key = entry.key() == null ? Long.valueOf(index++) : entry.constantKey().orElse(null);
      boolean replaceable = unknown >= 0 && (keyed ? i < unknown : i > unknown);
      if (entry.spread() || key == null || replaceable) {
        allConstant = false;
        continue;
      }
      Value value = of(entry.value());
      flow.env.put(root + "[" + key + "]", value);
    }
    if (allConstant) {
      flow.env.markKeyed(root);
    }
  }

  private Value name(Expr.Name name) {
    Value local = flow.env.get(name.name());
    if (local != null) {
      return local;
    }
    Value global = flow.globals == null ? null : flow.globals.get(name.name());
    if (global != null) {
      return global;
    }
    Specs.Source source = flow.calls.accessSource(List.of(name.name()), name.name());
    return source == null
        ? Value.CLEAN
        : Value.of(flow.calls.sourceTaint(source, name.name(), name.line()));
  }

  private Value attribute(Expr.Attribute attribute) {
    String path = Paths.of(attribute);
    if (path != null) {
      Value known = flow.env.get(path);
      if (known != null) {
        return known;
      }
      Specs.Source source = flow.calls.accessSource(flow.calls.names(attribute), path);
      if (source != null) {
        return Value.of(flow.calls.sourceTaint(source, path, attribute.line()));
      }
    }
    Value object = of(attribute.object());
    if (object.fields() != null) {
      return object.fields().get(attribute.name()); // the property's own write
    }
    // random.choice(servers).description: a property of the object picked, not a random value
    Taint taint = object.property(attribute.name()).withoutOrigin(Taint.RANDOM);
    String type = object.type();
    if (attribute.object() instanceof Expr.Name self
        && Paths.isSelf(self.name())
        && flow.function.owner() != null) {
      taint =
          taint.union(
              flow.review.field(
                  Paths.fieldKey(flow.model, flow.function.owner(), attribute.name())));
      type =
          flow.review
              .symbols
              .fieldType(flow.model, flow.function.owner(), attribute.name())
              .orElse(null);
    } else if (object.type() != null) {
      var declared = flow.review.symbols.type(flow.model, object.type());
      if (declared.isPresent()) {
        taint =
            taint.union(
                flow.review.field(
                    Paths.fieldKey(
                        declared.get().model(),
                        declared.get().type().qualifiedName(),
                        attribute.name())));
        type =
            flow.review
                .symbols
                .fieldType(
                    declared.get().model(), declared.get().type().qualifiedName(), attribute.name())
                .orElse(null);
      } else {
        type = null;
      }
    }
    if (path != null
        && attribute.object() instanceof Expr.Name root
        && flow.env.isKeyed(root.name())) {
      return Value.CLEAN; // an object literal without that property
    }
    return new Value(taint, Value.UNKNOWN, type, null);
  }

  private Value index(Expr.Index index) {
    String path = Paths.of(index);
    if (path != null) {
      Value known = flow.env.get(path);
      if (known != null) {
        return known;
      }
      String root = Paths.of(index.object());
      if (root != null && !root.contains(".") && !root.contains("[") && flow.env.isKeyed(root)) {
        return Value.CLEAN; // a literal collection without that key
      }
    }
    Value object = of(index.object());
    Value key = of(index.key());
    Taint element = object.element(index.constantKey().orElse(null));
    if (element != null) {
      return Value.of(element); // find(...)[0]: the first element a function returned
    }
    if (flow.guards.isConstantTable(index.object(), object)) {
      // FEEDS[key]: one of the table's constant values, though a random key picks a random one
      return Value.of(key.taint().clean(Set.of(Flow.ALL)));
    }
    if (index.constantKey().orElse(null) instanceof String name) {
      if (object.fields() != null) {
        return object.fields().get(name); // d['url']: that entry's own write
      }
      return Value.of(object.property(name).union(nestedOf(index.object())));
    }
    Taint taint = object.taint().union(nestedOf(index.object()));
    return Value.of(taint);
  }

  private Value build(Expr.StringBuild build) {
    Taint taint = Taint.NONE;
    StringBuilder constant = new StringBuilder();
    boolean allConstant = true;
    boolean inQuery = false;
    for (Expr part : build.parts()) {
      Value value = of(part);
      Taint carried = value.taint().union(nestedOf(part));
      taint = taint.union(inQuery ? carried.clean(FIXED_DESTINATION) : carried);
      if (value.isConstant() && value.constant() != null) {
        constant.append(value.constant());
        inQuery |= startsQuery(value.constant());
      } else {
        allConstant = false;
      }
    }
    if (allConstant && taint.isEmpty()) {
      return Value.constant(constant.toString());
    }
    String verb = build.kind().verb();
    String path = flow.path();
    int line = build.line();
    String around = constant.toString();
    Taint built = taint.map(f -> f.building(path, line, verb + " into text", around));
    if (!build.parts().isEmpty() && leadingText(build.parts().get(0)) instanceof String start) {
      if (FIXED_PREFIX.matcher(start).find()) {
        built = built.clean(FIXED_DESTINATION);
      }
      // "soap_%s" % name: a rule's constant prefix confines the name (getattr finds soap_* only)
      Set<String> confined = flow.catalog.cleanAfterPrefix(start);
      if (!confined.isEmpty()) {
        built = built.clean(confined);
      }
    }
    return Value.of(built);
  }

  private Value operation(Expr.Operation operation) {
    Object folded = flow.guards.fold(operation);
    Taint taint = Taint.NONE;
    boolean comparison = Guards.isComparison(operation.operator());
    String op = operation.operator();
    if (operation.operands().size() == 2
        && (op.equals("and") || op.equals("&&") || op.equals("or") || op.equals("||"))) {
      // DEBUG && exec(cmd) with DEBUG false: the right side never runs
      Boolean left = flow.guards.condition(operation.operands().get(0));
      boolean and = op.equals("and") || op.equals("&&");
      if (left != null && left != and) {
        return of(operation.operands().get(0));
      }
    }
    for (Expr operand : operation.operands()) {
      Value value = of(operand);
      if (!comparison) {
        taint = taint.union(value.taint());
      }
    }
    if (folded != Value.UNKNOWN) {
      return Value.constant(folded);
    }
    // arithmetic yields numbers: a number carries no injection, whatever it was computed from
    if (ARITHMETIC.contains(operation.operator())) {
      return Value.of(taint.clean(Set.of(Flow.ALL)));
    }
    return Value.of(taint);
  }
}
