package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.Statement;
import dev.reviewpanel.code.analysis.ExplainingComment;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.security.java.flow.ScopeText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Knows which expressions of a file produce non-cryptographic random values: calls on a {@code new
 * Random()} (variable, field or inline), {@code ThreadLocalRandom.current()}, {@code
 * Math.random()}, commons-lang {@code RandomStringUtils}, and variables assigned from any of them.
 */
final class RandomValues {

  private static final Set<String> DRAWS =
      Set.of(
          "nextInt",
          "nextLong",
          "nextDouble",
          "nextFloat",
          "nextBoolean",
          "nextGaussian",
          "ints",
          "longs",
          "doubles",
          "nextBytes");
  private static final int MAX_ROUNDS = 6;

  private final Set<String> generators = new HashSet<>();
  private final Set<String> derived = new HashSet<>();
  private final List<VariableDeclarator> declarators = new ArrayList<>();
  private final List<AssignExpr> assignments = new ArrayList<>();
  private final List<MethodCallExpr> calls = new ArrayList<>();
  private final List<MethodCallExpr> draws = new ArrayList<>();
  private final List<MethodCallExpr> nextBytes = new ArrayList<>();

  // A comment at the draw saying a secure generator is not needed: "a secure random is not
  // required here as this is used purely to minimise the chance of collisions".
  private static final Pattern NOT_FOR_SECURITY =
      Pattern.compile(
          "(secure|security|cryptographic\\w*|unpredictab\\w*)[^.;\\n]{0,40}\\b(is|are)"
              + " not (required|needed|necessary)"
              + "|not (used )?for (security|cryptograph\\w*)"
              + "|non-?(cryptographic|security)"
              + "|need (not|no) be (secure|cryptographic\\w*|unpredictable)"
              + "|does ?n[o']t need to be (secure|cryptographic\\w*|unpredictable)");

  private final ParsedFile file;
  private final Set<MethodCallExpr> explained =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  RandomValues(ParsedFile file) {
    this.file = file;
    for (Node node : JavaNodes.all(file)) {
      if (node instanceof VariableDeclarator variable) {
        declarators.add(variable);
        if (variable.getInitializer().filter(RandomValues::isGenerator).isPresent()) {
          generators.add(variable.getNameAsString());
        }
      } else if (node instanceof AssignExpr assign) {
        assignments.add(assign);
      } else if (node instanceof MethodCallExpr call) {
        calls.add(call);
      }
    }
    for (MethodCallExpr call : calls) {
      if ((DRAWS.contains(call.getNameAsString()) || call.getNameAsString().startsWith("random"))
          && saysNotForSecurity(call)) {
        explained.add(call);
      } else if (isRandomValue(call)) {
        draws.add(call);
      } else if (call.getNameAsString().equals("nextBytes") && isDraw(call)) {
        nextBytes.add(call);
        call.getArguments().forEach(a -> rootOf(a, derived));
      }
    }
    if (!draws.isEmpty()) {
      propagate();
    }
  }

  // Names only, file-wide: cheap, and local names rarely collide in a way that matters here.
  private void propagate() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int before = derived.size();
      for (VariableDeclarator variable : declarators) {
        if (variable.getInitializer().filter(this::carriesRandom).isPresent()) {
          derived.add(variable.getNameAsString());
        }
      }
      for (AssignExpr assign : assignments) {
        if (carriesRandom(assign.getValue())) {
          rootOf(assign.getTarget(), derived);
        }
      }
      if (derived.size() == before) {
        return;
      }
    }
  }

  /** Calls that draw a non-cryptographic random value. */
  List<MethodCallExpr> draws() {
    return draws;
  }

  /** {@code random.nextBytes(buffer)} calls on a non-cryptographic generator. */
  List<MethodCallExpr> nextBytesCalls() {
    return nextBytes;
  }

  List<VariableDeclarator> declarators() {
    return declarators;
  }

  List<AssignExpr> assignments() {
    return assignments;
  }

  boolean any() {
    return !draws.isEmpty() || !nextBytes.isEmpty();
  }

  // The authors judged this draw and wrote down why a predictable value is fine: not a finding,
  // and nothing it feeds is security data either.
  private boolean saysNotForSecurity(MethodCallExpr call) {
    int line =
        call.findAncestor(Statement.class)
            .flatMap(Statement::getBegin)
            .or(call::getBegin)
            .map(p -> p.line)
            .orElse(0);
    if (line == 0) {
      return false;
    }
    String comment = ExplainingComment.around(file, line, line);
    return ExplainingComment.isSentence(comment) && NOT_FOR_SECURITY.matcher(comment).find();
  }

  boolean isRandomValue(MethodCallExpr call) {
    if (explained.contains(call)) {
      return false;
    }
    String scope = ScopeText.of(call);
    String name = call.getNameAsString();
    return (scope.equals("Math") && name.equals("random"))
        || (scope.endsWith("RandomStringUtils") && name.startsWith("random"))
        || (scope.endsWith("RandomUtils") && name.startsWith("next"))
        || (DRAWS.contains(name) && !name.equals("nextBytes") && isDraw(call));
  }

  boolean carriesRandom(Expression expression) {
    return !expression.findAll(MethodCallExpr.class, this::isRandomValue).isEmpty()
        || !expression
            .findAll(NameExpr.class, n -> derived.contains(n.getNameAsString()))
            .isEmpty();
  }

  private boolean isDraw(MethodCallExpr call) {
    return call.getScope()
        .map(
            s ->
                isGenerator(s)
                    || (s.isNameExpr() && generators.contains(s.asNameExpr().getNameAsString()))
                    || (s.isFieldAccessExpr()
                        && generators.contains(s.asFieldAccessExpr().getNameAsString())))
        .orElse(false);
  }

  private static boolean isGenerator(Expression expression) {
    if (expression.isObjectCreationExpr()) {
      return expression.asObjectCreationExpr().getType().getNameAsString().equals("Random");
    }
    return expression.isMethodCallExpr()
        && expression.asMethodCallExpr().getNameAsString().equals("current")
        && ScopeText.of(expression.asMethodCallExpr()).endsWith("ThreadLocalRandom");
  }

  private static void rootOf(Expression expression, Set<String> into) {
    if (expression.isNameExpr()) {
      into.add(expression.asNameExpr().getNameAsString());
    } else if (expression.isFieldAccessExpr()) {
      into.add(expression.asFieldAccessExpr().getNameAsString());
    }
  }
}
