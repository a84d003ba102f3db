package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.symbols.FunctionRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a call's arguments in place of the parameters in its callee's summary: a flow from parameter
 * {@code i} becomes each flow argument {@code i} carries, with the callee's cleaning and the trace
 * through the callee appended to the argument's trace.
 */
final class Substitution {

  private final FunctionFlow flow;
  private final Expr.Call call;
  private final FunctionRef target;
  private final Taint receiver;
  private final List<Value> arguments;

  Substitution(
      FunctionFlow flow,
      Expr.Call call,
      FunctionRef target,
      Taint receiver,
      List<Value> arguments) {
    this.flow = flow;
    this.call = call;
    this.target = target;
    this.receiver = receiver;
    this.arguments = arguments;
  }

  Taint apply(Taint summary) {
    Taint out = Taint.NONE;
    for (Flow f : summary.flows()) {
      if (!f.origin().isParameter()) {
        // returned from get(key): what the map held under this call's key
        Flow read = f.slot() == null ? f : f.resolved(f.slot().substitute(this::key));
        if (read != null) {
          out = out.union(Taint.of(read));
        }
        continue;
      }
      // put(key, value) stored the argument under this call's key
      Slot slot = f.slot() == null ? null : f.slot().substitute(this::key);
      Taint argument = argument(f.origin().parameter(), f.origin().field());
      String label =
          "passed to "
              + target.function().qualifiedName()
              + "("
              + shown(f.origin().parameter())
              + ")";
      for (Flow a : argument.flows()) {
        Set<String> cleaned = new HashSet<>(a.cleaned());
        cleaned.addAll(f.cleaned());
        Step trace = a.trace().then(flow.path(), call.line(), label);
        for (Step step : after(f.trace())) {
          trace = trace.then(step.path(), step.line(), step.label());
        }
        String text = a.text().isEmpty() ? f.text() : a.text() + " " + f.text();
        Flow combined =
            new Flow(
                    a.origin(),
                    cleaned,
                    a.built() || f.built(),
                    text,
                    trace,
                    a.overriding() || f.overriding(),
                    a.slot(),
                    a.unsureKey() || f.unsureKey())
                .resolved(slot == null ? a.slot() : slot);
        if (combined != null && !cleaned.contains(Flow.ALL)) {
          out = out.union(Taint.of(combined));
        }
      }
    }
    return out;
  }

  // the key this call passes as the callee's parameter
  private String key(int parameter) {
    return new MapKeys(flow).of(expression(parameter));
  }

  private String shown(int parameter) {
    Expr expr = expression(parameter);
    return expr == null ? "" : Paths.show(expr);
  }

  private Expr expression(int parameter) {
    if (parameter < 0) {
      return call.receiver().orElse(null);
    }
    Function function = target.function();
    String name =
        function.parameters().stream()
            .filter(p -> p.index() == parameter)
            .map(Function.Parameter::name)
            .findFirst()
            .orElse(null);
    if (name != null) {
      for (Expr.Argument argument : call.arguments()) {
        if (name.equals(argument.keyword())) {
          return argument.value();
        }
      }
    }
    return call.positional(parameter).orElse(null);
  }

  // what argument {@code parameter} carries, or only its property {@code field} when named
  private Taint argument(int parameter, String field) {
    if (parameter < 0) {
      return field == null ? receiver : receiver.property(field);
    }
    Function function = target.function();
    String name =
        function.parameters().stream()
            .filter(p -> p.index() == parameter)
            .map(Function.Parameter::name)
            .findFirst()
            .orElse(null);
    boolean rest = function.parameters().stream().anyMatch(p -> p.index() == parameter && p.rest());
    // f(a, b, **options): a spread cannot fill a parameter an explicit argument already binds
    boolean bound = false;
    boolean afterSpread = false;
    int explicit = 0;
    for (Expr.Argument argument : call.arguments()) {
      if (argument.spread()) {
        afterSpread = true; // f(...xs, y): where y lands is not known
      } else if (argument.keyword() != null) {
        bound |= argument.keyword().equals(name);
      } else if (!afterSpread) {
        bound |= explicit++ == parameter;
      }
    }
    bound &= !rest;
    Taint out = Taint.NONE;
    int positional = 0;
    for (int i = 0; i < call.arguments().size(); i++) {
      Expr.Argument argument = call.arguments().get(i);
      Value value = arguments.get(i);
      Taint carried = field == null ? value.taint() : value.property(field);
      if (argument.spread()) {
        if (!bound) {
          out = out.union(carried);
        }
      } else if (argument.keyword() != null) {
        if (argument.keyword().equals(name) || rest) {
          out = out.union(carried);
        }
      } else {
        if (positional == parameter || (rest && positional >= parameter)) {
          out = out.union(carried);
        }
        positional++;
      }
    }
    return out;
  }

  // The callee's steps after its parameter's start.
  private static List<Step> after(Step last) {
    List<Step> steps = new ArrayList<>();
    for (Step s = last; s != null && s.previous() != null; s = s.previous()) {
      steps.add(0, s);
    }
    return steps;
  }
}
