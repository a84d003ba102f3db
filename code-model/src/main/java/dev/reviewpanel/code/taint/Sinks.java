package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.code.model.Annotation;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sinks in a {@link FunctionFlow}: calls (with their argument positions, keywords and conditions),
 * assignments to dangerous properties, and values returned from handlers. A flow not cleaned for
 * the sink's kind is a hit: from a parameter into the summary, from a source into the findings.
 */
final class Sinks {

  private static final Pattern SHELL =
      Pattern.compile("(.*/)?(sh|bash|zsh|dash|ksh|cmd(\\.exe)?|powershell(\\.exe)?)");

  private final FunctionFlow flow;

  Sinks(FunctionFlow flow) {
    this.flow = flow;
  }

  void check(Expr.Call call, List<String> names, Value receiver, List<Value> arguments) {
    List<Specs.Sink> matched = flow.catalog.callSinks().match(names);
    for (Specs.Sink sink : matched) {
      if (call.arguments().size() < sink.minArgs()
          && call.arguments().stream().noneMatch(Expr.Argument::spread)) {
        continue; // regex.match(text) of a compiled pattern, not re.match(pattern, text)
      }
      if (sink.unlessReceiverType() != null
          && receiver != null
          && receiver.type() != null
          && sink.unlessReceiverType().matcher(receiver.type()).find()) {
        continue; // new Yaml(new SafeConstructor()): the safe flavour of the API
      }
      if (!applies(sink, call)
          || (sink.name() != null
              && !sink.watchesName(
                  call.positional(0)
                      .map(a -> constantText(a, flow.expressions.of(a)))
                      .orElse("")))) {
        // set_cookie("session_id", ...): a call sink with a name watches its first argument's
        continue;
      }
      String what = sink.label() != null ? sink.label() : Paths.dotted(call.callee()) + "()";
      for (int i : positions(sink, call)) {
        Expr expr = i < 0 ? call.receiver().orElse(null) : argumentAt(call, i);
        Value value = i < 0 ? receiver : valueAt(call, arguments, expr);
        if (expr != null && value != null) {
          checkValue(sink, call, expr, value, call.line(), what);
        }
      }
      // options objects: fetch({url}), collection.find({$where: ...}), spawn(cmd, args, {shell})
      for (Expr.Argument argument : call.arguments()) {
        if (argument.value() instanceof Expr.Collection options
            && options.shape() == Expr.Collection.Shape.MAP) {
          for (Expr.Collection.Entry entry : options.entries()) {
            Object key = entry.constantKey().orElse(null);
            if (key != null && sink.keywords().contains(String.valueOf(key))) {
              checkValue(
                  sink, call, entry.value(), flow.expressions.of(entry.value()), call.line(), what);
            }
          }
        }
      }
    }
  }

  private void checkValue(
      Specs.Sink sink, Expr.Call call, Expr expr, Value value, int line, String what) {
    if (sink.shellList() || (sink.shellLists() && expr instanceof Expr.Collection)) {
      if (expr instanceof Expr.Collection list) {
        shellList(sink, call, list, line, what);
      }
      return;
    }
    if (sink.ifText() != null
        && !sink.ifText().matcher(constantText(expr, value)).find()
        && value.taint().flows().stream().noneMatch(f -> sink.ifText().matcher(f.text()).find())) {
      return;
    }
    if (!value.isConstant()
        && !flow.catalog.rulesFor(sink.kind()).stream().allMatch(r -> r.structural() == null)) {
      flow.structural.add(new SinkHit(sink, null, flow.path(), line, what));
    }
    for (Flow f : value.taint().flows()) {
      if (f.dangerousFor(sink.kind()) && !(sink.unbuilt() && f.built())) {
        record(
            new SinkHit(
                sink, f.step(flow.path(), line, "reaches " + what), flow.path(), line, what));
      }
    }
  }

  // ["bash", "-c", script] or spawn("sh", ["-c", script]): only what follows -c runs in a shell
  private void shellList(
      Specs.Sink sink, Expr.Call call, Expr.Collection list, int line, String what) {
    List<Expr.Collection.Entry> entries = list.entries();
    Expr program = entries.isEmpty() ? null : entries.get(0).value();
    if (call.positional(0).orElse(null) != list) {
      program = call.positional(0).orElse(null);
    }
    if (!(program instanceof Expr.Literal first)
        || !(first.value() instanceof String name)
        || !SHELL.matcher(name).matches()) {
      return;
    }
    boolean afterC = false;
    for (Expr.Collection.Entry entry : entries) {
      if (afterC) {
        Value value = flow.expressions.of(entry.value());
        for (Flow f : value.taint().flows()) {
          if (f.dangerousFor(sink.kind()) && !(sink.unbuilt() && f.built())) {
            record(
                new SinkHit(
                    sink, f.step(flow.path(), line, "reaches " + what), flow.path(), line, what));
          }
        }
      }
      afterC |= entry.value() instanceof Expr.Literal l && "-c".equals(l.value());
    }
  }

  void record(SinkHit hit) {
    if (hit.flow().origin().isParameter()) {
      flow.parameterSinks.add(hit);
    } else {
      flow.sourceSinks.add(hit);
    }
  }

  private boolean applies(Specs.Sink sink, Expr.Call call) {
    for (Map.Entry<String, Object> required : sink.ifKeyword().entrySet()) {
      Expr value = keyword(call, required.getKey());
      if (value == null) {
        return false;
      }
      if (required.getValue() instanceof Boolean expected) {
        Object folded = flow.guards.fold(value);
        if (folded == Value.UNKNOWN || !expected.equals(Guards.truthy(folded))) {
          return false;
        }
      } else {
        String text =
            value instanceof Expr.Literal l ? String.valueOf(l.value()) : Paths.dotted(value);
        if (!dev.reviewpanel.code.catalog.NamePattern.of(String.valueOf(required.getValue()))
            .matches(text)) {
          return false;
        }
      }
    }
    for (Map.Entry<String, dev.reviewpanel.code.catalog.NamePattern> unless :
        sink.unlessKeyword().entrySet()) {
      Expr value = keyword(call, unless.getKey());
      if (value != null) {
        String text =
            value instanceof Expr.Literal l ? String.valueOf(l.value()) : Paths.dotted(value);
        if (unless.getValue().matches(text)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A keyword argument, or a property of an options object argument: written in the call, or set on
   * the object before it ({@code opts.root = dir; send(req, file, opts)}, also by the function
   * around a closure).
   */
  private Expr keyword(Expr.Call call, String name) {
    Expr written = writtenKeyword(call, name);
    if (written != null) {
      return written;
    }
    for (Expr.Argument argument : call.arguments()) {
      String path = Paths.of(argument.value());
      if (path != null
          && argument.keyword() == null
          && (flow.env.has(path + "." + name) || flow.env.has(path + "[" + name + "]"))) {
        return new Expr.Attribute(argument.value(), name, call.line());
      }
    }
    return null;
  }

  private static Expr writtenKeyword(Expr.Call call, String name) {
    Expr direct = call.keyword(name).orElse(null);
    if (direct != null) {
      return direct;
    }
    for (Expr.Argument argument : call.arguments()) {
      if (argument.value() instanceof Expr.Collection options
          && options.shape() == Expr.Collection.Shape.MAP) {
        for (Expr.Collection.Entry entry : options.entries()) {
          if (entry.constantKey().map(k -> k.equals(name)).orElse(false)) {
            return entry.value();
          }
        }
      }
    }
    return null;
  }

  private static List<Integer> positions(Specs.Sink sink, Expr.Call call) {
    List<Integer> out = new ArrayList<>(sink.arguments());
    if (out.isEmpty() && sink.keywords().isEmpty()) {
      for (int i = 0; i < call.arguments().size(); i++) {
        out.add(i);
      }
      return out;
    }
    for (String keyword : sink.keywords()) {
      for (int i = 0; i < call.arguments().size(); i++) {
        if (keyword.equals(call.arguments().get(i).keyword())) {
          out.add(1000 + i); // an argument by keyword, addressed by its place in the call
        }
      }
    }
    return out;
  }

  private static Expr argumentAt(Expr.Call call, int position) {
    if (position >= 1000) {
      return call.arguments().get(position - 1000).value();
    }
    if (position >= 0
        && position < call.arguments().size()
        && call.arguments().stream().allMatch(a -> a.keyword() == null && !a.spread())) {
      return call.arguments().get(position).value();
    }
    return call.positional(position).orElse(null);
  }

  private static Value valueAt(Expr.Call call, List<Value> values, Expr expr) {
    for (int i = 0; i < call.arguments().size(); i++) {
      if (call.arguments().get(i).value() == expr) {
        return values.get(i);
      }
    }
    return null;
  }

  private String constantText(Expr expr, Value value) {
    if (value.isConstant() && value.constant() != null) {
      return String.valueOf(value.constant());
    }
    StringBuilder text = new StringBuilder();
    collectText(expr, text, 0);
    return text.toString();
  }

  private void collectText(Expr expr, StringBuilder text, int depth) {
    if (depth > 4 || expr == null) {
      return;
    }
    if (expr instanceof Expr.Literal literal && literal.value() instanceof String s) {
      text.append(s).append(' ');
    } else if (expr instanceof Expr.StringBuild build) {
      build.parts().forEach(p -> collectText(p, text, depth + 1));
    } else if (expr instanceof Expr.Name name) {
      Value value = flow.env.get(name.name());
      if (value != null && value.isConstant() && value.constant() != null) {
        text.append(value.constant()).append(' ');
      }
      text.append(flow.texts(name.name())).append(' ');
    }
  }

  void returned(Stmt.Return ret, Taint returnedTaint) {
    Expr body = ret.value();
    Taint taint = returnedTaint;
    if (body instanceof Expr.Collection tuple
        && tuple.shape() == Expr.Collection.Shape.TUPLE
        && !tuple.entries().isEmpty()) {
      // a (body, status[, headers]) response: the body is the first item
      body = tuple.entries().get(0).value();
      taint = flow.expressions.of(body).taint();
    }
    for (Specs.Sink sink : flow.catalog.returnSinks()) {
      boolean handler =
          sink.returnFrom().matches(flow.function.name())
              || flow.function.annotations().stream()
                  .map(Annotation::name)
                  .anyMatch(sink.returnFrom()::matches);
      if (!handler
          || !sink.watchesName(flow.function.name())
          || (sink.ifText() != null
              && !sink.ifText().matcher(constantText(body, flow.expressions.of(body))).find())) {
        continue;
      }
      String what =
          sink.label() != null ? sink.label() : "the response of " + flow.function.name() + "()";
      for (Flow f : taint.flows()) {
        if (f.dangerousFor(sink.kind())) {
          record(
              new SinkHit(
                  sink,
                  f.step(flow.path(), ret.line(), "returned as " + what),
                  flow.path(),
                  ret.line(),
                  what));
        }
      }
    }
  }

  // self.reset_token -> reset_token; session["token"] -> token
  private static String lastName(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.lastIndexOf('[');
    return bracket >= 0 ? last.substring(bracket + 1).replace("]", "") : last;
  }

  void assigned(Expr target, String path, Value value, int line) {
    if (flow.catalog.assignSinks().isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>(flow.calls.names(target));
    if (!names.contains(path)) {
      names.add(path);
    }
    for (Specs.Sink sink : flow.catalog.assignSinks().match(names)) {
      if (!sink.watchesName(lastName(path))) {
        continue;
      }
      if (sink.ifText() != null && !hasText(sink, value)) {
        continue; // ctx.body = {json: 1}: only a value holding markup is HTML
      }
      String what = sink.label() != null ? sink.label() : path;
      for (Flow f : value.taint().flows()) {
        if (f.dangerousFor(sink.kind())) {
          record(
              new SinkHit(
                  sink, f.step(flow.path(), line, "assigned to " + what), flow.path(), line, what));
        }
      }
    }
  }

  private static boolean hasText(Specs.Sink sink, Value value) {
    return (value.isConstant()
            && value.constant() != null
            && sink.ifText().matcher(String.valueOf(value.constant())).find())
        || value.taint().flows().stream().anyMatch(f -> sink.ifText().matcher(f.text()).find());
  }
}
