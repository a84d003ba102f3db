package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.ExplainingComment;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Strings compared with {@code ==} or {@code !=}: compares identity, not text. Two uses of identity
 * are deliberate and stay quiet: a fast path before {@code equals} ({@code a == b || a.equals(b)},
 * or {@code if (a == b) return ...;} ahead of an {@code equals}/{@code compareTo} of the same
 * value), and a comparison whose comment says identity is meant (it names the operator, "identity",
 * "same instance", "reference", "deliberately"...).
 */
@Component
class StringIdentityAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.string-identity",
          "correctness",
          "CWE-597",
          Severity.MEDIUM,
          Confidence.HIGH,
          "String compared by reference",
          "Compare strings with equals() (or Objects.equals when either side may be null);"
              + " == only tells whether both are the same object.");

  // Methods that return a String (usually a fresh one) whatever their receiver is.
  private static final Set<String> STRING_METHODS =
      Set.of(
          "toString",
          "substring",
          "trim",
          "strip",
          "stripLeading",
          "stripTrailing",
          "toUpperCase",
          "toLowerCase",
          "concat",
          "replace",
          "replaceAll",
          "replaceFirst",
          "repeat",
          "formatted",
          "valueOf",
          "format",
          "join",
          "readLine",
          "nextLine",
          "getenv");

  // Methods that compare text: identity before one of them on the same value is a fast path.
  private static final Set<String> TEXT_COMPARISONS =
      Set.of("equals", "equalsIgnoreCase", "contentEquals", "compareTo", "compareToIgnoreCase");

  // Words of a comment that says the identity comparison is meant.
  private static final Set<String> IDENTITY_WORDS =
      Set.of(
          "==",
          "!=",
          "identity",
          "same instance",
          "same object",
          "same string",
          "reference",
          "intentional",
          "deliberate",
          "nosonar");

  StringIdentityAnalyzer() {
    super("java-string-identity", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            cu ->
                JavaNodes.of(file, BinaryExpr.class).stream()
                    .filter(StringIdentityAnalyzer::isIdentityComparison)
                    .forEach(comparison -> check(file, comparison, findings)));
  }

  private static boolean isIdentityComparison(BinaryExpr expr) {
    return expr.getOperator() == BinaryExpr.Operator.EQUALS
        || expr.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
  }

  private static void check(ParsedFile file, BinaryExpr comparison, Findings findings) {
    Expression left = unwrap(comparison.getLeft());
    Expression right = unwrap(comparison.getRight());
    if (left.isNullLiteralExpr() || right.isNullLiteralExpr()) {
      return;
    }
    if ((isString(left) || isString(right))
        && !isFastPath(comparison, left, right)
        && !isCopyCheck(left, right)
        && !isSentinel(left, right)
        && !isReturnedArgument(comparison, left, right)
        && !isOneEntryMemo(comparison, left, right)
        && !isExplained(file, comparison)) {
      int line = comparison.getBegin().map(p -> p.line).orElse(1);
      findings.report(
          RULE,
          line,
          comparison.getEnd().map(p -> p.line).orElse(line),
          "'"
              + CodeExcerpt.of(comparison)
              + "' compares String references; equal text in different objects compares"
              + " unequal.");
    }
  }

  // a == b || a.equals(b); if (a == b) return 0; ... a.compareTo(b)
  private static boolean isFastPath(BinaryExpr comparison, Expression left, Expression right) {
    Set<String> operands = Set.of(left.toString(), right.toString());
    Node top = comparison;
    BinaryExpr.Operator joiner =
        comparison.getOperator() == BinaryExpr.Operator.EQUALS
            ? BinaryExpr.Operator.OR
            : BinaryExpr.Operator.AND;
    while (top.getParentNode().isPresent()
        && (top.getParentNode().get() instanceof EnclosedExpr
            || top.getParentNode().get() instanceof BinaryExpr parent
                && parent.getOperator() == joiner)) {
      top = top.getParentNode().get();
    }
    if (top != comparison && comparesText(top, operands)) {
      return true;
    }
    if (top.getParentNode().orElse(null) instanceof IfStmt branch
        && branch.getCondition() == top
        && returnsAtOnce(branch.getThenStmt())) {
      return comparison
              .findAncestor(CallableDeclaration.class)
              .map(method -> comparesText(method, operands))
              .orElse(false)
          || comparison.getOperator() == BinaryExpr.Operator.EQUALS
              && top == comparison
              && bothExaminedAfter(branch, left, right);
    }
    return false;
  }

  // if (expected == actual) return true; ... MessageDigest.isEqual(encode(expected), ...): the
  // same object is equal, and the code after the branch compares the contents whatever way it
  // likes (constant time, bytes, a normalizer). Identity only ever answers "equal" here.
  private static boolean bothExaminedAfter(IfStmt branch, Expression left, Expression right) {
    if (!(left instanceof NameExpr first) || !(right instanceof NameExpr second)) {
      return false;
    }
    Node block = branch.getParentNode().orElse(null);
    if (!(block instanceof BlockStmt statements)) {
      return false;
    }
    List<Statement> all = statements.getStatements();
    int at = 0;
    while (at < all.size() && all.get(at) != branch) {
      at++;
    }
    List<Statement> after = all.subList(Math.min(at + 1, all.size()), all.size());
    return usesAfter(after, first) && usesAfter(after, second);
  }

  private static boolean usesAfter(List<Statement> statements, NameExpr name) {
    return statements.stream()
        .anyMatch(
            s ->
                !s.findAll(
                        NameExpr.class,
                        use ->
                            use.getNameAsString().equals(name.getNameAsString())
                                && !(use.getParentNode().orElse(null) instanceof BinaryExpr))
                    .isEmpty());
  }

  // String cursor = start; ... cursor = cursor.substring(...); ... cursor == start: asks whether
  // the copy has been moved on yet (the first round of a loop walking up a path), which only
  // identity can tell
  private static boolean isCopyCheck(Expression left, Expression right) {
    return copiedFrom(left, right) || copiedFrom(right, left);
  }

  private static boolean copiedFrom(Expression copy, Expression original) {
    if (!(copy instanceof NameExpr name) || !(original instanceof NameExpr source)) {
      return false;
    }
    return JavaNames.of(name)
        .filter(d -> d.kind() == JavaDeclaration.Kind.LOCAL)
        .flatMap(JavaDeclaration::initializer)
        .filter(init -> init instanceof NameExpr initial && initial.equals(source))
        .isPresent();
  }

  // private static final String NOT_LOADED = new String("..."); ... value = NOT_LOADED; ...
  // value != NOT_LOADED: the file hands its own constant out (a field's initial value, a default,
  // an array slot) and identity asks whether that very object came back. Equal text from elsewhere
  // must not count as the marker, which is why the marker is compared by reference.
  private static boolean isSentinel(Expression left, Expression right) {
    return handedOutConstant(left) || handedOutConstant(right);
  }

  private static boolean handedOutConstant(Expression operand) {
    if (!(operand instanceof NameExpr name)) {
      return false;
    }
    Optional<JavaDeclaration> declaration =
        JavaNames.of(name).filter(JavaDeclaration::isField).filter(d -> isConstant(d.node()));
    if (declaration.isEmpty()) {
      return false;
    }
    Node unit = declaration.get().node().findCompilationUnit().map(Node.class::cast).orElse(name);
    return unit.findFirst(
            NameExpr.class,
            use -> use.getNameAsString().equals(name.getNameAsString()) && handsOut(use))
        .isPresent();
  }

  private static boolean isConstant(Node declarator) {
    return declarator
        .getParentNode()
        .filter(FieldDeclaration.class::isInstance)
        .map(FieldDeclaration.class::cast)
        .filter(field -> field.isStatic() && field.isFinal())
        .isPresent();
  }

  // the value itself goes somewhere: assigned, a variable's initial value, an argument, returned,
  // an array element
  private static boolean handsOut(NameExpr use) {
    Node parent = use.getParentNode().orElse(null);
    return parent instanceof AssignExpr assign && assign.getValue() == use
        || parent instanceof VariableDeclarator
        || parent instanceof MethodCallExpr call && call.getArguments().contains(use)
        || parent instanceof ObjectCreationExpr creation && creation.getArguments().contains(use)
        || parent instanceof ReturnStmt
        || parent instanceof ArrayInitializerExpr
        || parent instanceof ConditionalExpr choice && choice.getCondition() != use;
  }

  // alias = lookup(attribute); if (alias == attribute): asks whether the call gave its argument
  // back unchanged, which only identity can tell
  private static boolean isReturnedArgument(
      BinaryExpr comparison, Expression left, Expression right) {
    return returnedFrom(comparison, left, right) || returnedFrom(comparison, right, left);
  }

  private static boolean returnedFrom(BinaryExpr comparison, Expression result, Expression arg) {
    if (!(result instanceof NameExpr name) || !(arg instanceof NameExpr argument)) {
      return false;
    }
    Stream<Expression> initial =
        JavaNames.of(name)
            .filter(d -> d.kind() == JavaDeclaration.Kind.LOCAL)
            .flatMap(JavaDeclaration::initializer)
            .stream();
    Stream<Expression> assigned =
        comparison.findAncestor(CallableDeclaration.class).stream()
            .flatMap(method -> method.findAll(AssignExpr.class).stream())
            .filter(assign -> assign.getTarget().equals(name))
            .filter(assign -> before(assign, comparison))
            .map(AssignExpr::getValue);
    return Stream.concat(initial, assigned)
        .anyMatch(
            value ->
                value instanceof MethodCallExpr call && call.getArguments().contains(argument));
  }

  // if (lastKey == key) return lastValue; ... lastKey = key: a one-entry memo of the last lookup; a
  // miss costs only the lookup, so identity is the cheapest correct test
  private static boolean isOneEntryMemo(BinaryExpr comparison, Expression left, Expression right) {
    return memoOf(comparison, left, right) || memoOf(comparison, right, left);
  }

  private static boolean memoOf(BinaryExpr comparison, Expression memo, Expression key) {
    Optional<String> field = fieldName(memo);
    if (field.isEmpty() || !(key instanceof NameExpr)) {
      return false;
    }
    return comparison.findAncestor(CallableDeclaration.class).stream()
        .flatMap(method -> method.findAll(AssignExpr.class).stream())
        .anyMatch(
            assign -> fieldName(assign.getTarget()).equals(field) && assign.getValue().equals(key));
  }

  private static Optional<String> fieldName(Expression expression) {
    if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
      return Optional.of(access.getNameAsString());
    }
    if (expression instanceof NameExpr name
        && JavaNames.of(name).filter(JavaDeclaration::isField).isPresent()) {
      return Optional.of(name.getNameAsString());
    }
    return Optional.empty();
  }

  private static boolean before(Node first, Node second) {
    return first.getEnd().flatMap(end -> second.getBegin().map(end::isBefore)).orElse(false);
  }

  private static boolean comparesText(Node scope, Set<String> operands) {
    return !scope
        .findAll(
            MethodCallExpr.class,
            call ->
                TEXT_COMPARISONS.contains(call.getNameAsString())
                    && (call.getScope().map(s -> operands.contains(s.toString())).orElse(false)
                        || call.getArguments().stream()
                            .anyMatch(a -> operands.contains(a.toString()))))
        .isEmpty();
  }

  private static boolean returnsAtOnce(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().size() == 1 && block.getStatement(0) instanceof ReturnStmt;
    }
    return statement instanceof ReturnStmt;
  }

  private static boolean isExplained(ParsedFile file, BinaryExpr comparison) {
    Node statement = comparison;
    while (!(statement instanceof Statement) && statement.getParentNode().isPresent()) {
      statement = statement.getParentNode().get();
    }
    int first = statement.getBegin().map(p -> p.line).orElse(1);
    int last = comparison.getEnd().map(p -> p.line).orElse(first);
    if (statement instanceof IfStmt branch) {
      last = branch.getCondition().getEnd().map(p -> p.line).orElse(last);
    }
    return ExplainingComment.mentions(ExplainingComment.around(file, first, last), IDENTITY_WORDS);
  }

  private static Expression unwrap(Expression expression) {
    Expression current = expression;
    while (current instanceof EnclosedExpr enclosed) {
      current = enclosed.getInner();
    }
    return current;
  }

  private static boolean isString(Expression expression) {
    if (expression.isStringLiteralExpr() || expression.isTextBlockLiteralExpr()) {
      return true;
    }
    if (expression instanceof BinaryExpr concat
        && concat.getOperator() == BinaryExpr.Operator.PLUS) {
      return isString(unwrap(concat.getLeft())) || isString(unwrap(concat.getRight()));
    }
    if (expression instanceof NameExpr name) {
      return JavaNames.of(name).map(JavaDeclaration::isString).orElse(false);
    }
    if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
      return JavaNames.of(access).map(JavaDeclaration::isString).orElse(false);
    }
    if (expression instanceof MethodCallExpr call) {
      return STRING_METHODS.contains(call.getNameAsString()) && isStringReturning(call);
    }
    return false;
  }

  // valueOf/format/join return String only on String itself; Character's case methods return char.
  private static boolean isStringReturning(MethodCallExpr call) {
    String scope = call.getScope().map(Expression::toString).orElse("");
    return switch (call.getNameAsString()) {
      case "valueOf", "format", "join" -> scope.equals("String");
      case "replace" -> call.getArguments().size() == 2;
      case "getenv" -> call.getArguments().size() == 1;
      default -> !scope.equals("Character");
    };
  }
}
