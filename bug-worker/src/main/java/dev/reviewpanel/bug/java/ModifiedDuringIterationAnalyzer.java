package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A collection structurally modified inside a for-each loop over it (or over its map views), which
 * throws ConcurrentModificationException on the next iteration unless the loop exits right away.
 */
@Component
class ModifiedDuringIterationAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.modified-during-iteration",
          "correctness",
          null,
          Severity.HIGH,
          Confidence.MEDIUM,
          "Collection modified while iterating over it",
          "Use Iterator.remove(), removeIf(), or collect the changes and apply them after the"
              + " loop.");

  // Structural changes only: put/set/replace of existing keys or indexes do not invalidate.
  private static final Set<String> MODIFIERS =
      Set.of(
          "add",
          "addAll",
          "remove",
          "removeAll",
          "removeIf",
          "retainAll",
          "clear",
          "addFirst",
          "addLast",
          "removeFirst",
          "removeLast");
  private static final Set<String> MAP_VIEWS = Set.of("keySet", "values", "entrySet");

  // The JDK's collections whose iterators fail fast; a project's own Iterable may iterate a
  // snapshot or a concurrent structure, which its declaration does not show.
  private static final Set<String> FAIL_FAST =
      Set.of(
          "Collection",
          "List",
          "ArrayList",
          "LinkedList",
          "Vector",
          "Stack",
          "Set",
          "HashSet",
          "LinkedHashSet",
          "TreeSet",
          "SortedSet",
          "NavigableSet",
          "EnumSet",
          "Map",
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "SortedMap",
          "NavigableMap",
          "EnumMap",
          "IdentityHashMap",
          "WeakHashMap",
          "Queue",
          "Deque",
          "ArrayDeque",
          "PriorityQueue");

  ModifiedDuringIterationAnalyzer() {
    super("java-modified-during-iteration", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    JavaNodes.of(file, ForEachStmt.class).forEach(l -> check(l, findings));
  }

  private static void check(ForEachStmt loop, Findings findings) {
    Optional<String> collection = collectionName(loop.getIterable());
    if (collection.isEmpty() || isConcurrent(collection.get(), loop)) {
      return;
    }
    loop
        .getBody()
        .findAll(MethodCallExpr.class, c -> MODIFIERS.contains(c.getNameAsString()))
        .stream()
        .filter(c -> c.getScope().flatMap(ModifiedDuringIterationAnalyzer::name).equals(collection))
        // A lambda in the body may run after the loop, so only direct calls count.
        .filter(c -> c.findAncestor(LambdaExpr.class).filter(loop::isAncestorOf).isEmpty())
        .filter(c -> !LoopExit.rightAfter(c, loop))
        .filter(c -> !rebinds(c, collection.get()))
        .forEach(call -> report(call, collection.get(), loop, findings));
  }

  private static void report(
      MethodCallExpr call, String collection, ForEachStmt loop, Findings findings) {
    String message =
        "'"
            + CodeExcerpt.of(call)
            + "' changes '"
            + collection
            + "' while the enclosing for-each loop iterates over it.";
    Optional<String> type = declaredType(collection, loop);
    if (type.isPresent() && !FAIL_FAST.contains(type.get())) {
      findings.report(
          RULE.at(Severity.LOW, Confidence.LOW),
          call.getBegin().map(p -> p.line).orElse(1),
          message
              + " Reported at LOW: '"
              + collection
              + "' is a "
              + type.get()
              + ", not one of the JDK's fail-fast collections; whether changing it during the"
              + " loop is safe depends on how its iterator works.");
      return;
    }
    findings.report(RULE, call.getBegin().map(p -> p.line).orElse(1), message);
  }

  // parameters = parameters.remove(name): a persistent collection hands back a changed copy and
  // the loop goes on over the one it started with
  private static boolean rebinds(MethodCallExpr call, String collection) {
    return call.getParentNode().orElse(null) instanceof AssignExpr assign
        && assign.getValue() == call
        && name(assign.getTarget()).filter(collection::equals).isPresent();
  }

  // The raw type the collection was declared or made as, when its declaration is in sight: the
  // constructed type when there is one (List<X> xs = new ArrayList<>()), else the declared one.
  private static Optional<String> declaredType(String collection, Node at) {
    return JavaNames.resolve(collection.replace("this.", ""), at)
        .map(
            d -> {
              String made = constructed(d);
              String declared = d.typeName();
              return made.isEmpty() ? declared : made;
            })
        .filter(t -> !t.isEmpty() && !t.equals("var"));
  }

  private static Optional<String> collectionName(Expression iterable) {
    if (iterable instanceof MethodCallExpr view
        && MAP_VIEWS.contains(view.getNameAsString())
        && view.getArguments().isEmpty()) {
      return view.getScope().flatMap(ModifiedDuringIterationAnalyzer::name);
    }
    return name(iterable);
  }

  // Fields are named "this.x" whether written x or this.x, so a local x never matches field x.
  private static Optional<String> name(Expression expression) {
    if (expression instanceof NameExpr name) {
      String id = name.getNameAsString();
      boolean local = JavaNames.resolve(id, name).map(d -> !d.isField()).orElse(false);
      return Optional.of(local ? id : "this." + id);
    }
    if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
      return Optional.of("this." + access.getNameAsString());
    }
    return Optional.empty();
  }

  // Concurrent and copy-on-write collections iterate over a snapshot or tolerate changes, whether
  // the declaration says so (CopyOnWriteArrayList<X> xs) or only its initializer does
  // (List<X> xs = new CopyOnWriteArrayList<>()).
  private static boolean isConcurrent(String collection, Node at) {
    return JavaNames.resolve(collection.replace("this.", ""), at)
        .map(d -> d.written() + " " + constructed(d))
        .map(t -> t.contains("Concurrent") || t.contains("CopyOnWrite"))
        .orElse(false);
  }

  private static String constructed(JavaDeclaration declaration) {
    return declaration
        .initializer()
        .filter(ObjectCreationExpr.class::isInstance)
        .map(created -> ((ObjectCreationExpr) created).getType().getNameAsString())
        .orElse("");
  }
}
