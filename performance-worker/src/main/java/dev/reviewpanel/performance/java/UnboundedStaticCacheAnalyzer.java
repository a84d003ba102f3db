package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A static Map or collection that code keeps adding to and nothing ever evicts from: it lives as
 * long as the class loader and grows with every distinct key, a slow memory leak. A map whose keys
 * take a handful of values (an enum, a flag, a charset, or a key class built only from them) is a
 * table and stays quiet; one keyed only by locales, zones or classes, with flags and numbers beside
 * them, is LOW: one entry per combination the program uses ({@link KeyDomain}); so is a registry
 * filled only by a registration method other code calls ({@link Registrations}).
 */
@Component
public class UnboundedStaticCacheAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.unbounded-static-cache",
          "memory",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Static collection that only grows",
          "Bound it: use a Caffeine cache with maximumSize/expireAfterWrite, a LinkedHashMap"
              + " with removeEldestEntry, or evict entries when they are no longer needed.");

  private static final Set<String> MUTABLE_COLLECTIONS =
      Set.of(
          "Map",
          "HashMap",
          "ConcurrentHashMap",
          "ConcurrentMap",
          "LinkedHashMap",
          "TreeMap",
          "Hashtable",
          "List",
          "ArrayList",
          "LinkedList",
          "Set",
          "HashSet",
          "Collection",
          "Vector");
  private static final Set<String> BOUNDING_CALLS =
      Set.of(
          "removeEldestEntry",
          "maximumSize",
          "maximumWeight",
          "expireAfterWrite",
          "expireAfterAccess",
          "softValues",
          "weakKeys",
          "weakValues");
  private static final Set<String> BOUNDED_KEYS = Set.of("Charset", "Boolean", "TimeUnit");
  private static final Pattern CACHE_NAME = Pattern.compile("(?i).*(cache|memo|registry|seen).*");

  public UnboundedStaticCacheAnalyzer() {
    super("java-unbounded-static-cache", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            unit -> {
              List<VariableDeclarator> candidates = new ArrayList<>();
              CollectionGrowth growth = new CollectionGrowth();
              for (Node node : JavaNodes.all(file)) {
                if (node instanceof FieldDeclaration field && field.isStatic()) {
                  field.getVariables().stream()
                      .filter(UnboundedStaticCacheAnalyzer::isUnboundedCollection)
                      .forEach(candidates::add);
                }
                growth.record(node);
              }
              for (VariableDeclarator field : candidates) {
                String name = field.getNameAsString();
                growth
                    .onlyGrows(name)
                    .ifPresent(line -> report(field, line, growth.growingCalls(name), findings));
              }
            });
  }

  private static void report(
      VariableDeclarator field, int line, List<MethodCallExpr> growth, Findings findings) {
    String name = field.getNameAsString();
    KeyDomain keys = KeyDomain.of(field, growth);
    if (keys.fixed()) {
      return; // one entry per value of a fixed set: a table
    }
    Optional<String> registration = Registrations.only(name, growth);
    if (registration.isPresent()) {
      findings.report(
          RULE.at(Severity.LOW, Confidence.LOW),
          Lines.of(field),
          message(name, line)
              + ("; LOW: only %s() adds to it, a registration method other code calls to add"
                      + " implementations, which never looks the map up and which nothing in this"
                      + " file calls after loading: a registry of what callers register rather"
                      + " than a cache; how often they register the file does not show")
                  .formatted(registration.get()));
      return;
    }
    if (keys.platform()) {
      findings.report(
          RULE.at(Severity.LOW, Confidence.LOW),
          Lines.of(field),
          message(name, line)
              + ("; LOW: it is keyed by (%s), values that pick among the platform's locales, time"
                      + " zones or classes, with flags and numbers beside them: one entry per"
                      + " combination the program uses, a table rather than a cache of its data")
                  .formatted(String.join(", ", keys.components())));
      return;
    }
    findings.report(RULE, Lines.of(field), message(name, line));
  }

  private static String message(String name, int growthLine) {
    String kind = CACHE_NAME.matcher(name).matches() ? "cache" : "collection";
    return "static %s '%s' grows at line %d and nothing ever removes entries"
        .formatted(kind, name, growthLine);
  }

  /** A mutable collection type, created here (or elsewhere) with no size or eviction policy. */
  private static boolean isUnboundedCollection(VariableDeclarator variable) {
    JavaDeclaration declaration = JavaDeclaration.field(variable);
    if (!MUTABLE_COLLECTIONS.contains(declaration.typeName()) || boundedKeys(variable)) {
      return false;
    }
    return variable.getInitializer().map(UnboundedStaticCacheAnalyzer::isUnbounded).orElse(true);
  }

  // Map<Charset, ...>, Map<Boolean, ...>, a map keyed by an enum of this file: as many entries as
  // the key type has values, a table rather than a cache
  private static boolean boundedKeys(VariableDeclarator variable) {
    if (!(variable.getType() instanceof ClassOrInterfaceType type)
        || !type.getNameAsString().endsWith("Map")
        || type.getTypeArguments().map(a -> a.isEmpty()).orElse(true)) {
      return false;
    }
    String key = type.getTypeArguments().get().get(0).asString();
    key = key.substring(key.lastIndexOf('.') + 1);
    if (BOUNDED_KEYS.contains(key)) {
      return true;
    }
    String enumName = key;
    return variable
        .findCompilationUnit()
        .map(
            unit ->
                !unit.findAll(EnumDeclaration.class, e -> e.getNameAsString().equals(enumName))
                    .isEmpty())
        .orElse(false);
  }

  // Collections.synchronizedMap(new WeakHashMap<>()), synchronizedMap(new LRUCache<>(10)): a
  // wrapped collection whose type drops entries with their keys or past a capacity
  private static boolean boundedByType(ObjectCreationExpr created) {
    String type = created.getType().getNameAsString();
    return type.startsWith("Weak") || type.toUpperCase(java.util.Locale.ROOT).contains("LRU");
  }

  private static boolean isUnbounded(Expression initializer) {
    return !initializer.findAll(ObjectCreationExpr.class).isEmpty()
        && !CollectionGrowth.isWeak(initializer)
        && initializer.findAll(ObjectCreationExpr.class).stream()
            .noneMatch(UnboundedStaticCacheAnalyzer::boundedByType)
        && initializer
            .findAll(MethodDeclaration.class, m -> BOUNDING_CALLS.contains(m.getNameAsString()))
            .isEmpty()
        && initializer
            .findAll(MethodCallExpr.class, m -> BOUNDING_CALLS.contains(m.getNameAsString()))
            .isEmpty();
  }
}
