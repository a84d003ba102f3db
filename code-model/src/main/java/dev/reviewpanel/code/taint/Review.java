package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Catalog;
import dev.reviewpanel.code.catalog.LanguageCatalog;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.symbols.FunctionRef;
import dev.reviewpanel.code.symbols.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state the taint engine shares across the functions of one review while it iterates to a fixed
 * point: function summaries, the taint stored in class fields, which functions have callers, and
 * the sink hits of the current round.
 */
final class Review {

  final SymbolTable symbols;
  final Catalog catalog;
  private final Map<Function, Summary> summaries = new IdentityHashMap<>();
  private final Map<String, Taint> fields = new HashMap<>();
  private final Set<Function> called = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Function, List<SinkHit>> hits = new IdentityHashMap<>();
  private final Map<Function, List<SinkHit>> structural = new IdentityHashMap<>();
  // what the variables around each nested function hold where it is defined or called
  private final Map<Function, Env> captured = new IdentityHashMap<>();
  private boolean fieldsChanged;
  private final java.util.Set<String> tooComplex = new java.util.TreeSet<>();

  /** A function the engine gave up on (evaluation bound); its flows are not followed. */
  void tooComplex(String function) {
    tooComplex.add(function);
  }

  List<String> tooComplex() {
    return List.copyOf(tooComplex);
  }

  Review(SymbolTable symbols, Catalog catalog) {
    this.symbols = symbols;
    this.catalog = catalog;
  }

  LanguageCatalog catalog(CodeModel model) {
    return catalog.forLanguage(model.language());
  }

  Summary summary(Function function) {
    return summaries.getOrDefault(function, Summary.EMPTY);
  }

  /** Records a new summary; true when it differs from the previous one. */
  boolean summary(Function function, Summary summary) {
    Summary previous = summaries.put(function, summary);
    return previous == null
        ? !summary.signature().equals(Summary.EMPTY.signature())
        : !previous.signature().equals(summary.signature());
  }

  /**
   * A nested function seen from its enclosing function with {@code around} in scope: run on its
   * own, it starts from every such scope joined, as the closure it is.
   */
  void captured(Function nested, Env around) {
    if (nested.enclosing() == null || nested.kind() == Function.Kind.LAMBDA) {
      return;
    }
    Env outside = around.mapped(Taint::withoutParameters);
    Env before = captured.putIfAbsent(nested, outside);
    if (before != null) {
      before.join(outside);
    }
  }

  /** The variables around a nested function, as captured so far; null when none were. */
  Env captured(Function nested) {
    Env around = captured.get(nested);
    return around == null ? null : around.copy();
  }

  void calledFrom(FunctionRef target) {
    called.add(target.function());
  }

  boolean isCalled(Function function) {
    return called.contains(function);
  }

  /** Taint stored in a field, by {@code path#Class.field}. */
  Taint field(String key) {
    return fields.getOrDefault(key, Taint.NONE);
  }

  void storeField(String key, Taint taint) {
    if (taint.isEmpty()) {
      return;
    }
    Taint before = fields.getOrDefault(key, Taint.NONE);
    Taint after = before.union(taint);
    if (!after.signature().equals(before.signature())) {
      fields.put(key, after);
      fieldsChanged = true;
    }
  }

  /** True when a field gained taint since the last call. */
  boolean takeFieldsChanged() {
    boolean changed = fieldsChanged;
    fieldsChanged = false;
    return changed;
  }

  void hits(Function function, List<SinkHit> found, List<SinkHit> unconditional) {
    hits.put(function, new ArrayList<>(found));
    structural.put(function, new ArrayList<>(unconditional));
  }

  Map<Function, List<SinkHit>> hits() {
    return hits;
  }

  Map<Function, List<SinkHit>> structuralHits() {
    return structural;
  }
}
