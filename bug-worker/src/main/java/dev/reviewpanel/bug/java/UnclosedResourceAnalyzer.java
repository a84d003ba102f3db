package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A file, socket or JDBC resource held in a local that is never closed, not opened in
 * try-with-resources, and never handed to anyone else who could close it.
 */
@Component
class UnclosedResourceAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.unclosed-resource",
          "resource-leak",
          "CWE-772",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Resource is never closed",
          "Open the resource in a try-with-resources statement so it is closed on every path,"
              + " including exceptions.");

  /** Calls that make a statement holding on to its connection ({@code stmt.getConnection()}). */
  private static final Set<String> STATEMENTS =
      Set.of("prepareStatement", "createStatement", "prepareCall");

  UnclosedResourceAnalyzer() {
    super("java-unclosed-resource", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    for (Node node : JavaNodes.all(file)) {
      if (node instanceof VariableDeclarator variable && isLocalResource(variable)) {
        check(variable, findings);
      } else if (node instanceof Expression expression && ResourceOpeners.opens(expression)) {
        checkChained(expression, findings);
      }
    }
  }

  private static boolean isLocalResource(VariableDeclarator variable) {
    return variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
        && !(declaration.getParentNode().orElse(null) instanceof TryStmt)
        && variable.getInitializer().map(ResourceOpeners::opens).orElse(false);
  }

  // new FileInputStream(f).read(): opened, used once, never closable. Returned, the chain is the
  // caller's to close (return Files.walk(start).filter(...)).
  private static void checkChained(Expression opener, Findings findings) {
    if (opener.getParentNode().orElse(null) instanceof MethodCallExpr call
        && call.getScope().map(s -> s == opener).orElse(false)
        && !call.getNameAsString().equals("close")
        && !returned(call)
        && !declaresResourceHandling(opener)) {
      findings.report(
          RULE,
          opener.getBegin().map(p -> p.line).orElse(1),
          "'"
              + CodeExcerpt.of(call)
              + "' opens "
              + describe(opener)
              + " and drops it without closing it.");
    }
  }

  private static boolean returned(MethodCallExpr call) {
    Node top = call;
    while (top.getParentNode().orElse(null) instanceof MethodCallExpr outer
        && outer.getScope().isPresent()
        && outer.getScope().get() == top) {
      top = outer;
    }
    return top.getParentNode().orElse(null) instanceof ReturnStmt;
  }

  // @SuppressWarnings("resource") on the method: its author says who closes the resource.
  private static boolean declaresResourceHandling(Node node) {
    return node.findAncestor(MethodDeclaration.class)
        .flatMap(m -> m.getAnnotationByName("SuppressWarnings"))
        .map(a -> a.toString().contains("\"resource\""))
        .orElse(false);
  }

  private static void check(VariableDeclarator variable, Findings findings) {
    if (declaresResourceHandling(variable)) {
      return;
    }
    String name = variable.getNameAsString();
    Optional<BlockStmt> scope = variable.findAncestor(BlockStmt.class);
    if (scope.isEmpty()) {
      return;
    }
    boolean handledElsewhere =
        scope.get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).stream()
            .anyMatch(use -> closesOrHandsOver(use, scope.get()));
    if (!handledElsewhere) {
      int line = variable.getBegin().map(p -> p.line).orElse(1);
      findings.report(
          RULE,
          line,
          "'"
              + name
              + "' opens "
              + describe(variable.getInitializer().orElseThrow())
              + " but is never closed: the handle leaks when this method returns or throws.");
    }
  }

  // A use closes the resource or may hand it to code that closes it; only plain reads do neither.
  private static boolean closesOrHandsOver(NameExpr use, BlockStmt scope) {
    if (use.findAncestor(LambdaExpr.class).filter(scope::isAncestorOf).isPresent()) {
      return true; // captured: whoever runs the lambda may close it
    }
    Node parent = use.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr call && call.getScope().map(s -> s == use).orElse(false)) {
      // file.getChannel() shares the handle: closing the channel kept elsewhere closes the file;
      // return connection.prepareStatement(sql) hands the connection out with the statement,
      // whose getConnection() gives it back to whoever closes the statement
      return call.getNameAsString().equals("close")
          || call.getNameAsString().equals("getChannel")
              && !(call.getParentNode().orElse(null) instanceof MethodCallExpr)
          || STATEMENTS.contains(call.getNameAsString())
              && call.getParentNode().orElse(null) instanceof ReturnStmt;
    }
    if (parent instanceof AssignExpr assign) {
      return assign.getValue() == use;
    }
    return !(parent instanceof BinaryExpr
        || parent instanceof FieldAccessExpr
        || parent instanceof UnaryExpr
        || parent instanceof SynchronizedStmt);
  }

  private static String describe(Expression initializer) {
    String text = initializer.toString();
    int paren = text.indexOf('(');
    return paren > 0 ? text.substring(0, paren) + "(...)" : text;
  }
}
