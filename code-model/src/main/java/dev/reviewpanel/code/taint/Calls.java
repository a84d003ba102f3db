package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Import;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.symbols.FunctionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calls in a {@link FunctionFlow}: catalog sources, sanitizers, sinks and propagators matched by
 * name (as written, through import aliases, and by the receiver's class), then the callee's summary
 * when the symbol table resolves it, else the default: the result carries what the receiver and the
 * arguments carry.
 */
final class Calls {

  private final FunctionFlow flow;
  private final Sinks sinks;
  private List<String> modules;

  Calls(FunctionFlow flow) {
    this.flow = flow;
    this.sinks = new Sinks(flow);
  }

  /** The names a call or access goes by: as written, import-resolved, and by receiver class. */
  List<String> names(Expr expr) {
    Expr callee = expr instanceof Expr.Call call ? call.callee() : expr;
    String written = Paths.dotted(callee);
    List<String> names = new ArrayList<>(3);
    names.add(written);
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    Optional<Import> imported = flow.review.symbols.importOf(flow.model, first);
    if (imported.isPresent() && flow.function.parameter(first).isEmpty()) {
      String resolved = imported.get().target() + (dot < 0 ? "" : written.substring(dot));
      if (!resolved.equals(written)) {
        names.add(resolved);
      }
    }
    return names;
  }

  private List<String> names(Expr.Call call, Value receiver) {
    List<String> names = names(call);
    if (receiver != null && receiver.type() != null) {
      String type = receiver.type();
      String simple = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
      names.add(simple + "." + call.name());
      if (flow.model.language() == dev.reviewpanel.code.analysis.Language.JAVA
          && simple.contains(".")) {
        // groovy.lang.GroovyShell: Java models name classes by their simple name too
        names.add(simple.substring(simple.lastIndexOf('.') + 1) + "." + call.name());
      }
      flow.review
          .symbols
          .importOf(flow.model, simple)
          .ifPresent(i -> names.add(i.target() + "." + call.name()));
    }
    return names;
  }

  Specs.Source accessSource(List<String> names, String shown) {
    return applying(flow.catalog.accessSources().match(names), names.get(0));
  }

  /**
   * The first of the sources matched by name that applies here: its framework is imported by this
   * file, and a module's global it reads ({@code request}) is not shadowed by a parameter or local.
   */
  private Specs.Source applying(List<Specs.Source> found, String written) {
    for (Specs.Source source : found) {
      if (frameworkImported(source) && !(source.moduleGlobal() && shadowed(written))) {
        return source;
      }
    }
    return null;
  }

  /** Whether this file imports the framework {@code source} belongs to, if it names one. */
  boolean frameworkImported(Specs.Source source) {
    if (source.whenImported().isEmpty()) {
      return true;
    }
    if (modules == null) {
      modules = flow.model.imports().stream().map(Import::module).toList();
    }
    // no import in sight: the text is part of a file (a diff's hunks without the file around
    // them), so which framework it uses is unknown and the source stays
    return modules.isEmpty() || source.appliesWith(modules);
  }

  private boolean shadowed(String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    return flow.function.parameter(first).isPresent() || flow.env.get(first) != null;
  }

  Taint sourceTaint(Specs.Source source, String shown, int line) {
    String label = source.label() + " " + shown + " (" + fileName() + ":" + line + ")";
    Origin origin = new Origin(source.kind(), label, flow.path(), line, -1);
    Flow start = Flow.start(origin, Step.start(flow.path(), line, source.label() + " " + shown));
    return Taint.of(
        source.sameOriginPath() ? start.clean(java.util.Set.of(Flow.SAME_ORIGIN_PATH)) : start);
  }

  String fileName() {
    return FunctionRef.fileName(flow.path());
  }

  private boolean firstArgumentMatches(Expr.Call call, java.util.regex.Pattern text) {
    return call.positional(0).map(flow.guards::fold).orElse(Value.UNKNOWN)
            instanceof String constant
        && text.matcher(constant).find();
  }

  Value of(Expr.Call call) {
    Value receiver = call.receiver().map(flow.expressions::of).orElse(null);
    Taint receiverTaint =
        receiver == null
            ? Taint.NONE
            : receiver
                .taint()
                .union(call.receiver().map(flow.expressions::nestedOf).orElse(Taint.NONE));
    List<Value> arguments = new ArrayList<>(call.arguments().size());
    for (Expr.Argument argument : call.arguments()) {
      if (argument.value() instanceof Expr.Lambda lambda) {
        // callbacks see what the receiver holds: items.map(x => ...), promise.then(data => ...)
        inline(lambda.function(), receiverTaint, List.of());
        arguments.add(new Value(Taint.NONE, Value.UNKNOWN, null, lambda.function()));
      } else {
        Value value = flow.expressions.of(argument.value());
        // an object of known shape keeps its properties: writes into them are in its fields
        arguments.add(
            value.fields() != null
                ? value
                : value.withTaint(
                    value.taint().union(flow.expressions.nestedOf(argument.value()))));
      }
    }
    if (flow.model.language() == dev.reviewpanel.code.analysis.Language.JAVA
        && receiver != null
        && receiver.isConstant()) {
      Object folded = JavaArithmetic.string(call.name(), receiver.constant(), arguments);
      if (folded != Value.UNKNOWN) {
        return Value.constant(folded);
      }
    }
    List<String> names = names(call, receiver);
    Taint all = receiverTaint;
    for (Value argument : arguments) {
      all = all.union(argument.taint());
    }
    Specs.Source source = applying(flow.catalog.callSources().match(names), names.get(0));
    if (source != null) {
      // open(path) reads a file (a source) and is a path sink at once
      sinks.check(
          call, names, receiver == null ? null : receiver.withTaint(receiverTaint), arguments);
      return Value.of(sourceTaint(source, Paths.dotted(call.callee()) + "()", call.line()));
    }
    // a sanitizer by name, even one the review defines itself (escapeHtml)
    // new URL("/login", request.url): a sanitizer with if-text cleans only that shape of call
    List<Specs.Sanitizer> sanitizers =
        flow.catalog.sanitizers().match(names).stream()
            .filter(s -> s.ifText() == null || firstArgumentMatches(call, s.ifText()))
            .toList();
    if (!sanitizers.isEmpty()) {
      Taint cleaned = all;
      for (Specs.Sanitizer sanitizer : sanitizers) {
        cleaned = cleaned.clean(sanitizer.cleans());
      }
      return Value.of(cleaned.step(flow.path(), call.line(), Paths.dotted(call.callee()) + "()"));
    }
    Value result = result(call, names, receiver, receiverTaint, arguments, all);
    List<Specs.Sanitizer> lookups = flow.catalog.lookups().match(names);
    String key = lookups.isEmpty() ? null : call.positional(0).map(Guards::keyPath).orElse(null);
    if (key == null) {
      return result;
    }
    java.util.Set<String> cleans = new java.util.HashSet<>();
    lookups.forEach(l -> cleans.addAll(l.cleans()));
    return result.withLookup(new Lookup(key, java.util.Set.copyOf(cleans)));
  }

  private Value result(
      Expr.Call call,
      List<String> names,
      Value receiver,
      Taint receiverTaint,
      List<Value> arguments,
      Taint all) {
    // a function of the review runs as its summary says; the other models are for libraries
    Value summarized = summarized(call, receiver, receiverTaint, arguments);
    if (summarized != null) {
      return summarized;
    }
    sinks.check(
        call, names, receiver == null ? null : receiver.withTaint(receiverTaint), arguments);
    Value propagated = propagate(call, names, receiverTaint, arguments);
    if (propagated != null) {
      return propagated;
    }
    if (call.name().equals("keySet") && arguments.isEmpty() && receiver != null) {
      // a map's keys: what was stored under them is not among them
      return Value.of(receiverTaint.keys());
    }
    if ((call.name().equals("get") || call.name().equals("getOrDefault"))
        && call.receiver().filter(r -> flow.guards.isConstantTable(r, receiver)).isPresent()) {
      // TABLE.get(key, default): one of the table's constant values, or the default
      return arguments.size() > 1 ? arguments.get(1) : Value.CLEAN;
    }
    String last = names.get(Math.min(1, names.size() - 1));
    String simple = call.name();
    boolean construct =
        call.construct() || (!simple.isEmpty() && Character.isUpperCase(simple.charAt(0)));
    // an unresolved call's result carries its inputs, but not to the sinks of a rule whose
    // catalog entry lists the calls its sources pass (through-calls) and not this one
    Taint carried =
        all.map(f -> f.clean(flow.catalog.closedByUnresolved(f.origin().kind(), names)));
    return new Value(carried, Value.UNKNOWN, construct ? constructed(last, arguments) : null, null);
  }

  // Java: new Yaml(new SafeConstructor()) is a Yaml<SafeConstructor>, for sinks that care
  private String constructed(String type, List<Value> arguments) {
    if (flow.model.language() != dev.reviewpanel.code.analysis.Language.JAVA
        || type.contains("<")) {
      return type;
    }
    List<String> from = new ArrayList<>();
    for (Value argument : arguments) {
      if (argument.type() != null) {
        String simple = argument.type();
        int generic = simple.indexOf('<');
        simple = generic < 0 ? simple : simple.substring(0, generic);
        from.add(simple.substring(simple.lastIndexOf('.') + 1));
      }
    }
    return from.isEmpty() ? type : type + "<" + String.join(",", from) + ">";
  }

  private Value propagate(
      Expr.Call call, List<String> names, Taint receiver, List<Value> arguments) {
    List<Specs.Propagator> propagators = flow.catalog.propagators().match(names);
    if (propagators.isEmpty()) {
      return null;
    }
    Taint result = Taint.NONE;
    for (Specs.Propagator propagator : propagators) {
      Taint from =
          switch (propagator.from()) {
            case "receiver" -> receiver;
            case "arguments" ->
                arguments.stream().map(Value::taint).reduce(Taint.NONE, Taint::union);
            default -> {
              int index = Integer.parseInt(propagator.from().substring("argument:".length()));
              yield index < arguments.size() ? arguments.get(index).taint() : Taint.NONE;
            }
          };
      String path = call.receiver().map(Paths::of).orElse(null);
      String container = propagator.key() == null ? null : container(path);
      if (container != null && propagator.from().equals("receiver")) {
        // this.context.get(PARAMETERS): only what was put under a key that can be this one
        from = from.read(container, keyOf(call, propagator.key()));
      }
      if (propagator.to().equals("receiver")) {
        if (path != null && (call.name().equals("append") || call.name().equals("insert"))) {
          from = appended(path, call, from);
        }
        if (path != null && !from.isEmpty()) {
          Value before = flow.expressions.of(call.receiver().get());
          Taint added = from.step(flow.path(), call.line(), "added by " + call.name() + "()");
          if (container != null) {
            added = storedUnderKey(call, propagator, container, arguments);
          }
          flow.env.put(path, before.withTaint(before.taint().union(added)));
          // this.values.put(key, v): the field holds it for the methods that read it later
          flow.storeSelfField(path, added);
        }
        result = result.union(receiver).union(from);
      } else {
        result = result.union(from);
      }
    }
    return Value.of(result);
  }

  /** The map a field holds, when {@code path} is that field itself ({@code this.context}). */
  String container(String path) {
    String field = Paths.selfField(path);
    if (field == null
        || flow.function.owner() == null
        || !path.equals(Env.root(path) + "." + field)) {
      return null;
    }
    return Paths.fieldKey(flow.model, flow.function.owner(), field);
  }

  private String keyOf(Expr.Call call, int argument) {
    return new MapKeys(flow).of(call.positional(argument).orElse(null));
  }

  // this.context.put(LOCALE, locale): the value sits under that key; the key itself is no value
  private Taint storedUnderKey(
      Expr.Call call, Specs.Propagator put, String container, List<Value> arguments) {
    String label = "added by " + call.name() + "()";
    Taint keys = Taint.NONE;
    Taint values = Taint.NONE;
    for (int i = 0; i < arguments.size(); i++) {
      Taint carried = arguments.get(i).taint();
      boolean moved = put.from().equals("arguments") || put.from().equals("argument:" + i);
      if (moved && i == put.key()) {
        keys = keys.union(carried);
      } else if (moved) {
        values = values.union(carried);
      }
    }
    Taint stored = values.stored(container, keyOf(call, put.key()));
    return keys.unstored().union(stored).step(flow.path(), call.line(), label);
  }

  // location.append('?') then location.append(query): what follows a '?' is the query
  private Taint appended(String path, Expr.Call call, Taint from) {
    Taint out = Expressions.startsQuery(flow.texts(path)) ? Expressions.inQuery(from) : from;
    if (call.name().equals("append")) {
      for (Expr.Argument argument : call.arguments()) {
        if (argument.value() instanceof Expr.Literal literal && literal.value() != null) {
          flow.appendText(path, String.valueOf(literal.value()));
        }
      }
    }
    return out;
  }

  private Value summarized(
      Expr.Call call, Value receiver, Taint receiverTaint, List<Value> arguments) {
    Function target;
    FunctionRef ref;
    if (call.callee() instanceof Expr.Name name
        && flow.env.get(name.name()) != null
        && flow.env.get(name.name()).function() != null) {
      target = flow.env.get(name.name()).function();
      Taint returned = inline(target, Taint.NONE, arguments);
      return Value.of(returned);
    }
    Optional<FunctionRef> resolved =
        flow.review.symbols.resolve(
            flow.model, flow.function, call.callee(), receiver == null ? null : receiver.type());
    if (resolved.isEmpty()) {
      return null;
    }
    ref = resolved.get();
    target = ref.function();
    flow.review.calledFrom(ref);
    Summary summary = flow.review.summary(target);
    Substitution substitution = new Substitution(flow, call, ref, receiverTaint, arguments);
    Taint returned = substitution.apply(summary.returns());
    List<Taint> elements =
        summary.returnedElements().isEmpty()
            ? null
            : summary.returnedElements().stream().map(substitution::apply).toList();
    for (SinkHit hit : summary.parameterSinks()) {
      for (Flow f : substitution.apply(Taint.of(hit.flow())).flows()) {
        if (f.dangerousFor(hit.sink().kind())) {
          sinks.record(new SinkHit(hit.sink(), f, hit.path(), hit.line(), hit.what()));
        }
      }
    }
    summary.fieldWrites().forEach((key, taint) -> flow.storeField(key, substitution.apply(taint)));
    String type = null;
    if (target.kind() == Function.Kind.CONSTRUCTOR || call.construct()) {
      type = target.owner() == null ? call.name() : simple(target.owner());
    } else if (summary.returnType() != null) {
      type = summary.returnType();
    }
    Fields fields =
        summary.returnedFields() == null ? null : summary.returnedFields().map(substitution::apply);
    return new Value(returned, Value.UNKNOWN, type, null, null, elements, fields);
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  /**
   * Runs a lambda or local function in place, seeing the variables around it; its parameters hold
   * {@code arguments} or else {@code parameters}. Returns what it returns.
   */
  Taint inline(Function function, Taint parameters, List<Value> arguments) {
    if (flow.depth >= FunctionFlow.MAX_LAMBDA_DEPTH) {
      return Taint.NONE;
    }
    FunctionFlow inner =
        new FunctionFlow(flow.review, flow.model, function, flow.globals, flow.depth + 1);
    flow.review.captured(function, flow.env);
    inner.env = flow.env.copy();
    inner.evaluations = flow.evaluations; // one bound for a function and the lambdas in it
    for (Function.Parameter parameter : function.parameters()) {
      int i = parameter.index();
      Value value = i >= 0 && i < arguments.size() ? arguments.get(i) : Value.of(parameters);
      inner.env.put(parameter.name(), value);
    }
    inner.block(function.body());
    flow.evaluations = inner.evaluations;
    inner.sourceSinks.forEach(sinks::record);
    inner.parameterSinks.forEach(sinks::record);
    flow.structural.addAll(inner.structural);
    inner.fieldWrites.forEach((k, v) -> flow.fieldWrites.merge(k, v, Taint::union));
    return inner.summary().returns();
  }

  void returned(Stmt.Return ret, Taint taint) {
    sinks.returned(ret, taint);
  }

  void assigned(Expr target, String path, Value value, int line) {
    sinks.assigned(target, path, value, line);
  }
}
