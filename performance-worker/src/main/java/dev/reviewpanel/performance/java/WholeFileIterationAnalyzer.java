package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodeAnalyzer;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code Files.readAllLines} whose result is only walked line by line: the whole file sits in
 * memory at once although one line at a time would do, which fails on large inputs. LOW where the
 * path's name says it is a key or certificate file ({@code keyFilePath}): a few lines.
 */
@Component
public class WholeFileIterationAnalyzer extends JavaNodeAnalyzer<MethodCallExpr> {

  static final Rule RULE =
      new Rule(
          "java.read-all-into-memory",
          "memory",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Whole file loaded into memory only to be iterated",
          "Stream it instead: try (Stream<String> lines = Files.lines(path)) { ... } or a"
              + " BufferedReader, so memory stays constant whatever the file size.");

  private static final Set<String> FILES = Set.of("Files");
  private static final Set<String> ITERATING_CALLS = Set.of("stream", "forEach", "iterator");

  /** Words of a name that say the file is a key or a certificate: a few lines of text. */
  private static final Set<String> KEY_FILES =
      Set.of("key", "cert", "certificate", "pem", "crt", "keystore", "truststore");

  private static final Pattern WORDS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|_");

  public WholeFileIterationAnalyzer() {
    super("java-read-all-lines-iterated", MethodCallExpr.class);
  }

  @Override
  protected void check(MethodCallExpr call, Findings findings) {
    if (!call.getNameAsString().equals("readAllLines")
        || !call.getScope().map(s -> TypeNames.isOneOf(s, FILES)).orElse(false)) {
      return;
    }
    Node parent = call.getParentNode().orElse(null);
    boolean iterated = isIteration(call, parent);
    if (parent instanceof VariableDeclarator variable) {
      iterated = onlyIterated(variable);
    }
    if (!iterated) {
      return;
    }
    String message =
        "Files.readAllLines() loads the whole file although its lines are only iterated";
    Optional<String> small =
        call.getArguments().isEmpty() ? Optional.empty() : keyFile(call.getArgument(0));
    if (small.isPresent()) {
      findings.report(
          RULE.at(Severity.LOW, Confidence.MEDIUM),
          Lines.of(call),
          message
              + ("; LOW: '%s' names a key or certificate file, a few lines that streaming would"
                      + " not make any cheaper")
                  .formatted(small.get()));
      return;
    }
    findings.report(RULE, Lines.of(call), message);
  }

  // Files.readAllLines(keyPath), with keyPath = Paths.get(keyFilePath): a name, or one its local
  // is made from, says key, certificate or PEM
  private static Optional<String> keyFile(Expression path) {
    List<NameExpr> names = new ArrayList<>(path.findAll(NameExpr.class));
    if (path instanceof NameExpr local) {
      JavaNames.of(local)
          .filter(d -> !d.isField())
          .flatMap(JavaDeclaration::initializer)
          .ifPresent(value -> names.addAll(value.findAll(NameExpr.class)));
    }
    return names.stream()
        .map(NameExpr::getNameAsString)
        .filter(
            name ->
                Arrays.stream(WORDS.split(name))
                    .anyMatch(word -> KEY_FILES.contains(word.toLowerCase(Locale.ROOT))))
        .findFirst();
  }

  private static boolean isIteration(Node value, Node parent) {
    return (parent instanceof ForEachStmt loop && loop.getIterable() == value)
        || (parent instanceof MethodCallExpr outer
            && outer.getScope().map(s -> s == value).orElse(false)
            && ITERATING_CALLS.contains(outer.getNameAsString()));
  }

  /** A local holding the lines that is used, and used only, as the source of iterations. */
  private static boolean onlyIterated(VariableDeclarator variable) {
    Optional<CallableDeclaration> method = variable.findAncestor(CallableDeclaration.class);
    if (method.isEmpty()) {
      return false;
    }
    var uses =
        method
            .get()
            .findAll(NameExpr.class, n -> n.getNameAsString().equals(variable.getNameAsString()));
    return !uses.isEmpty()
        && uses.stream().allMatch(use -> isIteration(use, use.getParentNode().orElse(null)));
  }
}
