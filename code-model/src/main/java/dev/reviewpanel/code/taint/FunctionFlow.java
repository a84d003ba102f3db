package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.analysis.Budget;
import dev.reviewpanel.code.catalog.LanguageCatalog;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow of data through one function's body, statement by statement: assignments, branches
 * (constant-folded, with guards cleaning what they check), loops, try/catch, returns. Parameters
 * start as symbolic {@link Origin#PARAMETER} flows (and as real sources where the catalog says so),
 * so one pass yields both the function's summary and the findings inside it.
 */
final class FunctionFlow {

  static final int MAX_LAMBDA_DEPTH = 6;
  // Expressions one function may evaluate: far above real code, a stop for pathological nesting
  static final int MAX_EVALUATIONS = 30_000;

  final Review review;
  final CodeModel model;
  final Function function;
  final LanguageCatalog catalog;
  final Env globals;
  final Expressions expressions;
  final Calls calls;
  final Guards guards;
  Env env = new Env();
  private Taint returns = Taint.NONE;
  // what each element of the returned tuple or array carries; null once a return is not one
  private List<Taint> returnedElements = List.of();
  private boolean returnsValue;
  // what each property of the returned object carries; null once a return is not one
  private Fields returnedFields;
  private boolean returnsFields = true;
  // the class of every returned value while they agree; null once one is unknown or differs
  private String returnType;
  private boolean returnsType = true;
  final List<SinkHit> parameterSinks = new ArrayList<>();
  final List<SinkHit> sourceSinks = new ArrayList<>();
  final List<SinkHit> structural = new ArrayList<>();
  final Map<String, Taint> fieldWrites = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, String> everyKey = new HashMap<>();
  // declared types of locals (Java): a value assigned later keeps the class it is declared as
  private final Map<String, String> declared = new HashMap<>();
  final int depth;
  int evaluations;
  private int loops;
  private final Budget budget = Budget.current();

  FunctionFlow(Review review, CodeModel model, Function function, Env globals, int depth) {
    this.review = review;
    this.model = model;
    this.function = function;
    this.catalog = review.catalog(model);
    this.globals = globals;
    this.depth = depth;
    this.expressions = new Expressions(this);
    this.calls = new Calls(this);
    this.guards = new Guards(this);
  }

  String path() {
    return model.path();
  }

  /** Runs the body from the parameters' starting values; returns the summary. */
  Summary run() {
    new Parameters(this).bind();
    block(function.body());
    return summary();
  }

  Summary summary() {
    return new Summary(
        returns,
        returnedElements == null ? List.of() : returnedElements,
        parameterSinks,
        fieldWrites,
        returnsFields ? returnedFields : null,
        returnsType ? returnType : null);
  }

  /** Runs statements in order; true when they always end in a return or throw. */
  boolean block(List<Stmt> statements) {
    for (Stmt stmt : statements) {
      budget.checkpoint();
      if (statement(stmt)) {
        return true;
      }
    }
    return false;
  }

  private boolean statement(Stmt stmt) {
    if (stmt instanceof Stmt.Assign assign) {
      assign(assign);
    } else if (stmt instanceof Stmt.Evaluate evaluate) {
      expressions.of(evaluate.expr());
      return exits(evaluate.expr());
    } else if (stmt instanceof Stmt.Return ret) {
      if (ret.value() != null) {
        List<Taint> elements = elementsOf(ret.value());
        Taint taint;
        Fields fields = null;
        String type = null;
        if (elements != null) {
          taint = elements.stream().reduce(Taint.NONE, Taint::union);
        } else {
          Value value = expressions.of(ret.value());
          taint = value.taint().union(expressions.nestedOf(ret.value()));
          fields = value.fields();
          type = value.type();
        }
        returnedType(ret, type);
        calls.returned(ret, taint);
        String label = "returned from " + function.name() + "()";
        returns = returns.union(taint.step(path(), ret.line(), label));
        returnedElements(ret, elements, label);
        returnedFields(ret, fields, label);
      }
      return true;
    } else if (stmt instanceof Stmt.Throw thrown) {
      if (thrown.value() != null) {
        expressions.of(thrown.value());
      }
      return true;
    } else if (stmt instanceof Stmt.Branch branch) {
      return branch(branch);
    } else if (stmt instanceof Stmt.Loop loop) {
      loop(loop);
    } else if (stmt instanceof Stmt.Try attempt) {
      return attempt(attempt);
    } else if (stmt instanceof Stmt.Declare declare) {
      env.put(declare.name(), Value.typed(declare.type()));
      if (!declare.type().equals("var")) {
        declared.put(declare.name(), declare.type());
      }
    }
    return false;
  }

  // a tuple, list or array literal, element by element; null for any other expression
  private List<Taint> elementsOf(Expr expr) {
    if (!(expr instanceof Expr.Collection collection)
        || collection.shape() == Expr.Collection.Shape.MAP
        || collection.shape() == Expr.Collection.Shape.SET
        || collection.entries().stream().anyMatch(Expr.Collection.Entry::spread)) {
      return null;
    }
    List<Taint> elements = new ArrayList<>(collection.entries().size());
    for (Expr.Collection.Entry entry : collection.entries()) {
      Value value = expressions.of(entry.value());
      elements.add(value.taint().union(expressions.nestedOf(entry.value())));
    }
    return elements;
  }

  // return term, field_name / return new String[] {path, name}: each element on its own, while
  // every return (but a bare None or null) is such a literal of one length
  private void returnedElements(Stmt.Return ret, List<Taint> elements, String label) {
    if (ret.value() instanceof Expr.Literal literal && literal.value() == null) {
      return;
    }
    if (elements == null
        || returnedElements == null
        || returnsValue && elements.size() != returnedElements.size()) {
      returnedElements = null;
    } else {
      List<Taint> joined = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        Taint element = elements.get(i).step(path(), ret.line(), label);
        joined.add(returnsValue ? returnedElements.get(i).union(element) : element);
      }
      returnedElements = List.copyOf(joined);
    }
    returnsValue = true;
  }

  // return {options, cookies}: each property on its own, while every return (but a bare None or
  // null) is an object of known shape
  private void returnedFields(Stmt.Return ret, Fields fields, String label) {
    if (ret.value() instanceof Expr.Literal literal && literal.value() == null) {
      return;
    }
    if (fields == null) {
      returnsFields = false;
      return;
    }
    Fields stepped = fields.map(t -> t.step(path(), ret.line(), label));
    returnedFields = returnedFields == null ? stepped : returnedFields.join(stepped);
  }

  // return this / return new Builder(t): the class the caller's next call is a method of
  private void returnedType(Stmt.Return ret, String type) {
    if (ret.value() instanceof Expr.Literal literal && literal.value() == null) {
      return;
    }
    if (ret.value() instanceof Expr.Name name
        && Paths.isSelf(name.name())
        && function.owner() != null) {
      type = function.owner();
    }
    if (type != null) {
      // as the callee's file names it: Builder is HtmlTemplates.Builder, whoever calls
      String named = type;
      type = review.symbols.type(model, type).map(t -> t.type().qualifiedName()).orElse(named);
    }
    if (type == null || (returnType != null && !returnType.equals(type))) {
      returnsType = false;
    }
    returnType = type;
  }

  // abort(403), sys.exit(1), process.exit(1): the path ends here
  private static boolean exits(Expr expr) {
    if (expr instanceof Expr.Call call) {
      String name = call.name();
      return name.equals("abort") || name.equals("exit") || name.equals("_exit");
    }
    return false;
  }

  /** The constant text last built into a variable ("SELECT ... WHERE id = " + id). */
  String texts(String name) {
    return texts.getOrDefault(name, "");
  }

  /** Constant text appended to a builder in place ({@code location.append('?')}). */
  void appendText(String name, String text) {
    texts.merge(name, text, String::concat);
  }

  private static void literalText(Expr expr, StringBuilder out) {
    if (expr instanceof Expr.Literal literal && literal.value() instanceof String s) {
      out.append(s).append(' ');
    } else if (expr instanceof Expr.StringBuild build) {
      build.parts().forEach(p -> literalText(p, out));
    }
  }

  void assign(Stmt.Assign assign) {
    String earlier = assign.target() instanceof Expr.Name n ? texts(n.name()) : "";
    if (assign.target() instanceof Expr.Name name) {
      StringBuilder text = new StringBuilder();
      literalText(assign.value(), text);
      if (!text.isEmpty()) {
        texts.merge(
            name.name(),
            text.toString(),
            assign.operator().equals("=") ? (a, b) -> b : String::concat);
      } else if (assign.operator().equals("=")) {
        texts.remove(name.name()); // a new value: the text built before is gone
      }
    }
    Value value = expressions.of(assign.value());
    if (!assign.operator().equals("=")) {
      Value before = expressions.of(assign.target());
      String path = Paths.of(assign.target());
      String target = path == null ? "" : texts(path);
      Taint built =
          value
              .taint()
              .map(
                  f ->
                      f.building(
                          path(), assign.line(), "appended with " + assign.operator(), target));
      if (Expressions.startsQuery(earlier)) {
        built = Expressions.inQuery(built); // location += query after location += "?"
      }
      value = new Value(before.taint().union(built), Value.UNKNOWN, before.type(), null);
    }
    assignTo(assign.target(), value, assign.value(), assign.line());
  }

  /** Binds {@code target} (a name, access path, or tuple of them) to {@code value}. */
  void assignTo(Expr target, Value value, Expr source, int line) {
    if (target instanceof Expr.Collection tuple) {
      List<Expr.Collection.Entry> entries = tuple.entries();
      for (int i = 0; i < entries.size(); i++) {
        Expr part =
            source instanceof Expr.Collection values && values.entries().size() == entries.size()
                ? values.entries().get(i).value()
                : null;
        Taint element =
            value.elements() != null && value.elements().size() == entries.size()
                ? value.elements().get(i)
                : null;
        Value partValue =
            part != null ? expressions.of(part) : element != null ? Value.of(element) : value;
        assignTo(entries.get(i).value(), partValue, part, line);
      }
      return;
    }
    String path = Paths.of(target);
    if (path == null) {
      if (target instanceof Expr.Index index) {
        // d[key] = v with a computed key: the whole collection may now hold v
        String root = Paths.of(index.object());
        if (root != null) {
          Value before = expressions.of(index.object());
          env.put(root, before.withTaint(before.taint().union(value.taint())));
          storeSelfField(root, value.taint().step(path(), line, "assigned to " + root + "[…]"));
        }
      }
      return;
    }
    String label = "assigned to " + path;
    Taint stepped = value.taint().step(path(), line, label);
    String type = value.type() == null ? declared.get(path) : value.type();
    List<Taint> elements =
        value.elements() == null
            ? null
            : value.elements().stream().map(e -> e.step(path(), line, label)).toList();
    Fields fields =
        value.fields() == null ? null : value.fields().map(t -> t.step(path(), line, label));
    Value bound =
        new Value(
            stepped, value.constant(), type, value.function(), value.lookup(), elements, fields);
    calls.assigned(target, path, bound, line);
    env.put(path, bound);
    if (source instanceof Expr.Collection collection
        && !path.contains(".")
        && !path.contains("[")) {
      expressions.bindEntries(path, collection);
    } else if (elements != null && !path.contains(".") && !path.contains("[")) {
      // names = find(...) returning a tuple or array: names[0] is its first element
      for (int i = 0; i < elements.size(); i++) {
        env.put(path + "[" + i + "]", Value.of(elements.get(i)));
      }
      env.markKeyed(path);
    }
    storeSelfField(path, stepped);
  }

  /**
   * A write below a field of this instance ({@code self.value = v}, {@code this.values[key] = v},
   * {@code this.values.put(key, v)}): the methods that read the field later see it.
   */
  void storeSelfField(String path, Taint taint) {
    String field = Paths.selfField(path);
    if (field != null && function.owner() != null) {
      storeField(Paths.fieldKey(model, function.owner(), field), taint);
    }
  }

  /** Field taint: real sources go to the review's store, parameter flows into the summary. */
  void storeField(String key, Taint taint) {
    List<Flow> real = new ArrayList<>();
    Taint fromParameters = Taint.NONE;
    for (Flow flow : taint.flows()) {
      if (flow.origin().isParameter()) {
        fromParameters = fromParameters.union(Taint.of(flow));
      } else {
        real.add(flow);
      }
    }
    // a key that is a parameter here is not known to the methods that read the field
    for (Flow f : real) {
      Flow settled = f.slot() == null ? f : f.resolved(f.slot().settled());
      if (settled != null) {
        review.storeField(key, Taint.of(settled));
      }
    }
    if (!fromParameters.isEmpty()) {
      fieldWrites.merge(key, fromParameters, Taint::union);
    }
  }

  private boolean branch(Stmt.Branch branch) {
    Boolean folded = guards.condition(branch.condition());
    if (Boolean.TRUE.equals(folded)) {
      return block(branch.then());
    }
    if (Boolean.FALSE.equals(folded)) {
      return block(branch.otherwise());
    }
    expressions.of(branch.condition());
    Env before = env;
    Env thenEnv = before.copy();
    env = thenEnv;
    guards.apply(branch.condition(), true);
    boolean thenExits = block(branch.then());
    thenEnv = env;
    Env elseEnv = before.copy();
    env = elseEnv;
    guards.apply(branch.condition(), false);
    boolean elseExits = block(branch.otherwise());
    elseEnv = env;
    if (thenExits && !elseExits) {
      env = elseEnv;
    } else if (elseExits && !thenExits) {
      env = thenEnv;
    } else {
      thenEnv.join(elseEnv);
      env = thenEnv;
    }
    return thenExits && elseExits;
  }

  // for (String key : this.values.keySet()): the loop reads the map under every key it has
  private void everyKey(Stmt.Loop loop) {
    if (loop.variable() instanceof Expr.Name name
        && loop.iterable() instanceof Expr.Call call
        && call.name().equals("keySet")
        && call.arguments().isEmpty()) {
      String container = calls.container(call.receiver().map(Paths::of).orElse(null));
      if (container != null) {
        everyKey.put(name.name(), container);
      }
    }
  }

  /** The map whose every key the loop variable {@code name} walks, or null. */
  String everyKeyOf(String name) {
    return everyKey.get(name);
  }

  private void loop(Stmt.Loop loop) {
    if (loop.condition() != null && Boolean.FALSE.equals(guards.condition(loop.condition()))) {
      return;
    }
    Env before = env.copy();
    // a second pass lets values assigned late in the body reach its start; inner loops take
    // one, so nesting costs no more than twice the body
    int passes = loops == 0 ? 2 : 1;
    loops++;
    for (int pass = 0; pass < passes; pass++) {
      if (loop.iterable() != null && loop.variable() != null) {
        everyKey(loop);
        Value iterable = expressions.of(loop.iterable());
        Taint elements = iterable.taint().union(expressions.nestedOf(loop.iterable()));
        assignTo(loop.variable(), Value.of(elements), null, loop.line());
      } else if (loop.iterable() != null) {
        expressions.of(loop.iterable());
      }
      if (loop.condition() != null) {
        expressions.of(loop.condition());
      }
      block(loop.body());
    }
    loops--;
    env.join(before);
    if (loop.condition() != null) {
      guards.noLeadingSlashes(loop.condition()); // the loop ends where its condition is false
    }
  }

  private boolean attempt(Stmt.Try attempt) {
    Env before = env.copy();
    boolean exits = block(attempt.body());
    if (!exits) {
      exits = block(attempt.orElse());
    }
    Env after = env;
    List<Env> outcomes = new ArrayList<>();
    if (!exits) {
      outcomes.add(after);
    }
    for (Stmt.Try.Handler handler : attempt.handlers()) {
      Env start = before.copy();
      start.join(after);
      env = start;
      if (handler.variable() != null) {
        env.put(handler.variable(), Value.CLEAN);
      }
      if (!block(handler.body())) {
        outcomes.add(env);
      }
    }
    if (outcomes.isEmpty()) {
      env = after;
    } else {
      env = outcomes.get(0);
      for (int i = 1; i < outcomes.size(); i++) {
        env.join(outcomes.get(i));
      }
    }
    boolean allExit = outcomes.isEmpty();
    return block(attempt.finallyBody()) || allExit;
  }
}
