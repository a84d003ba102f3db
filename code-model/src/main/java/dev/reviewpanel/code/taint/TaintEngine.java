package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Catalog;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.TypeDecl;
import dev.reviewpanel.code.symbols.SymbolTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One taint engine for every language: each function of the review is run once per round from
 * symbolic parameters, its summary recorded, and calls use their callees' summaries from the round
 * before; rounds repeat until no summary and no field changes, at most {@value #MAX_ROUNDS} times
 * (each round is linear in the size of the review). The last round's sink hits become findings.
 */
public final class TaintEngine {

  static final int MAX_ROUNDS = 5;

  private final Catalog catalog;

  public TaintEngine(Catalog catalog) {
    this.catalog = catalog;
  }

  public Catalog catalog() {
    return catalog;
  }

  public TaintResult analyze(SymbolTable symbols) {
    Review review = new Review(symbols, catalog);
    int rounds = 0;
    boolean changed = true;
    while (changed && rounds < MAX_ROUNDS) {
      changed = false;
      for (CodeModel model : symbols.models()) {
        changed |= round(review, model);
      }
      changed |= review.takeFieldsChanged();
      rounds++;
    }
    return new TaintResult(new FindingsOf(review).findings(), rounds, review.tooComplex());
  }

  private boolean round(Review review, CodeModel model) {
    FunctionFlow module = new FunctionFlow(review, model, model.module(), null, 0);
    try {
      module.run();
      review.hits(model.module(), module.sourceSinks, module.structural);
    } catch (TooComplexException e) {
      review.tooComplex(model.path() + ": top-level code");
    }
    Env globals = module.env;
    classConstants(model, globals);
    boolean changed = false;
    for (Function function : outermostFirst(model)) {
      if (function.kind() == Function.Kind.LAMBDA || function.kind() == Function.Kind.MODULE) {
        continue;
      }
      FunctionFlow flow = new FunctionFlow(review, model, function, globals, 0);
      Env around = review.captured(function);
      if (around != null) {
        flow.env = around; // a closure sees what its enclosing function set up around it
      }
      try {
        Summary summary = flow.run();
        // a new summary matters only where some call uses it
        changed |= review.summary(function, summary) && review.isCalled(function);
        review.hits(function, flow.sourceSinks, flow.structural);
      } catch (TooComplexException e) {
        review.tooComplex(model.path() + ": " + function.qualifiedName());
      }
    }
    return changed;
  }

  // a function before the functions nested in it, so a closure runs with its scope captured
  private static List<Function> outermostFirst(CodeModel model) {
    Map<String, Function> byName = new HashMap<>();
    model.functions().forEach(f -> byName.putIfAbsent(f.qualifiedName(), f));
    Map<Function, Integer> depth = new IdentityHashMap<>();
    for (Function function : model.functions()) {
      int d = 0;
      for (Function f = function; f != null && f.enclosing() != null && d < 64; d++) {
        f = byName.get(f.enclosing());
      }
      depth.put(function, d);
    }
    List<Function> ordered = new ArrayList<>(model.functions());
    ordered.sort(Comparator.comparingInt(depth::get));
    return ordered;
  }

  // static final flags and class attributes with constant values fold like module constants
  private static void classConstants(CodeModel model, Env globals) {
    Map<String, Value> constants = new HashMap<>();
    for (TypeDecl type : model.types()) {
      for (TypeDecl.Field field : type.fields()) {
        if (field.initializer() instanceof Expr.Literal literal) {
          constants.putIfAbsent(field.name(), Value.constant(literal.value()));
        }
      }
    }
    constants.forEach(
        (name, value) -> {
          if (!globals.has(name)) {
            globals.put(name, value);
          }
        });
  }
}
