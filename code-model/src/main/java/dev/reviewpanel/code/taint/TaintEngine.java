package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Catalog;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.TypeDecl;
import dev.reviewpanel.code.symbols.SymbolTable;
import java.util.HashMap;
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
    for (Function function : model.functions()) {
      if (function.kind() == Function.Kind.LAMBDA || function.kind() == Function.Kind.MODULE) {
        continue;
      }
      FunctionFlow flow = new FunctionFlow(review, model, function, globals, 0);
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
