package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Specs;
import dev.reviewpanel.code.model.Annotation;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The starting values of a function's parameters: a symbolic flow per parameter for the summary,
 * plus a real source where the catalog says the parameter carries request data (route handler
 * parameters, annotated controller parameters).
 */
final class Parameters {

  // Parameters the framework converts or that are not user data at all.
  private static final Set<String> SCALARS =
      Set.of(
          "int",
          "float",
          "bool",
          "long",
          "double",
          "boolean",
          "short",
          "byte",
          "number",
          "uuid.UUID",
          "UUID",
          "datetime",
          "date",
          "Integer",
          "Long",
          "Boolean",
          "Double");

  private final FunctionFlow flow;

  Parameters(FunctionFlow flow) {
    this.flow = flow;
  }

  void bind() {
    Function function = flow.function;
    for (Function.Parameter parameter : function.parameters()) {
      String name = parameter.name();
      if (parameter.index() < 0) {
        flow.env.put(name, Value.typed(function.owner()));
        continue;
      }
      if (parameter.type() != null && SCALARS.contains(parameter.type().strip())) {
        // a number, flag or UUID the framework or the type system has already checked
        flow.env.put(name, new Value(Taint.NONE, Value.UNKNOWN, parameter.type(), null));
        continue;
      }
      int line = function.line();
      Flow symbolic =
          Flow.start(
              Origin.parameter(parameter.index(), name, flow.path(), line),
              Step.start(
                  flow.path(), line, "parameter '" + name + "' of " + function.name() + "()"));
      Taint taint = Taint.of(symbolic);
      Specs.Source source = source(function, parameter);
      if (source != null) {
        Origin origin =
            new Origin(source.kind(), source.label() + " '" + name + "'", flow.path(), line, -1);
        taint =
            taint.union(
                Taint.of(Flow.start(origin, Step.start(flow.path(), line, origin.label()))));
      }
      flow.env.put(name, new Value(taint, Value.UNKNOWN, parameter.type(), null));
    }
  }

  // "/orders/<int:order_id>", "/items/{item_id:int}": the router only matches numbers or UUIDs here
  private static final Pattern CONVERTED =
      Pattern.compile("<(?:int|float|uuid):(\\w+)>|\\{(\\w+):(?:int|float|uuid)\\}");

  private static final java.util.Map<String, Pattern> PATHS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean converted(Function function, String name) {
    for (Annotation annotation : function.annotations()) {
      for (Expr.Argument argument : annotation.arguments()) {
        if (argument.value() instanceof Expr.Literal literal
            && literal.value() instanceof String route) {
          Matcher matcher = CONVERTED.matcher(route);
          while (matcher.find()) {
            if (name.equals(matcher.group(1)) || name.equals(matcher.group(2))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private Specs.Source source(Function function, Function.Parameter parameter) {
    if (parameter.type() != null && SCALARS.contains(parameter.type().strip())) {
      return null;
    }
    for (Specs.Source source : flow.catalog.parameterSources()) {
      if (flow.calls.frameworkImported(source)
          && matches(source.parameters(), function, parameter)) {
        return source;
      }
    }
    return null;
  }

  private boolean matches(Specs.Parameters spec, Function function, Function.Parameter parameter) {
    if (spec.exclude().contains(parameter.name()) || converted(function, parameter.name())) {
      return false;
    }
    if (spec.unlessDefault() != null
        && parameter.defaultValue() instanceof Expr.Call call
        && !call.arguments().isEmpty()
        && spec.unlessDefault().matches(Paths.dotted(call.callee()))) {
      // Depends(get_settings): the application provides it; a bare Depends() binds the request
      return false;
    }
    if (spec.path() != null
        && !PATHS.computeIfAbsent(spec.path(), Pattern::compile).matcher(flow.path()).find()) {
      return false;
    }
    if (spec.decorator() != null
        && function.annotations().stream()
            .map(Annotation::name)
            .noneMatch(spec.decorator()::matches)) {
      return false;
    }
    if (spec.function() != null && !spec.function().matches(function.name())) {
      return false;
    }
    if (spec.methods() != null
        && (function.kind() == Function.Kind.METHOD || function.kind() == Function.Kind.CONSTRUCTOR)
        && !spec.methods().matches(function.name())) {
      // a helper class's constructor or method that takes the request along is no view
      return false;
    }
    if (spec.firstParameter() != null) {
      if (function.parameters().isEmpty()) {
        return false;
      }
      Function.Parameter first =
          function.parameters().get(0).index() < 0 && function.parameters().size() > 1
              ? function.parameters().get(1)
              : function.parameters().get(0);
      if (!first.name().equals(spec.firstParameter()) || first == parameter) {
        return false;
      }
    }
    if (spec.annotation() != null
        && parameter.annotations().stream()
            .map(Annotation::name)
            .noneMatch(spec.annotation()::matches)) {
      return false;
    }
    return spec.type() == null
        || (parameter.type() != null && spec.type().matches(parameter.type().strip()));
  }
}
