package dev.reviewpanel.code.model.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.model.java.JavaDeclaration.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which declaration a Java name refers to, read from small real sources under names/. */
class JavaNamesTests {

  @Test
  void shouldLetALocalOrParameterHideAFieldOnlyWhereItIsInScope() {
    assertThat(declared("Shadowing", "localHidesField", "count", 0)).isEqualTo("LOCAL int");
    assertThat(declared("Shadowing", "fieldBeforeLocal", "count", 0)).isEqualTo("FIELD String");
    assertThat(declared("Shadowing", "fieldBeforeLocal", "count", 1)).isEqualTo("LOCAL long");
    assertThat(declared("Shadowing", "parameterHidesField", "count", 0))
        .isEqualTo("PARAMETER Optional<String>");
    assertThat(declared("Shadowing", "siblingBlocks", "count", 0)).isEqualTo("LOCAL double");
    assertThat(declared("Shadowing", "siblingBlocks", "count", 1)).isEqualTo("LOCAL char");
    assertThat(declared("Shadowing", "siblingBlocks", "count", 2)).isEqualTo("FIELD String");
  }

  @Test
  void shouldSeeLocalsOfEarlierCaseGroupsInAnOldStyleSwitch() {
    assertThat(declared("Shadowing", "oldSwitch", "count", 0)).isEqualTo("LOCAL String");
    assertThat(declared("Shadowing", "oldSwitch", "count", 1)).isEqualTo("LOCAL String");
  }

  @Test
  void shouldInferTheTypeOfVarFromTextOrConstruction() {
    JavaDeclaration builder = resolve("Shadowing", "inferred", "count", 0).orElseThrow();
    JavaDeclaration text = resolve("Shadowing", "inferred", "text", 0).orElseThrow();

    assertThat(builder.written()).isEqualTo("var");
    assertThat(builder.typeName()).isEqualTo("StringBuilder");
    assertThat(builder.isString()).isFalse();
    assertThat(text.isString()).isTrue();
  }

  @Test
  void shouldResolveLambdaParametersTypedOrNot() {
    JavaDeclaration implicit = resolve("Lambdas", "implicitAndExplicit", "name", 0).orElseThrow();

    assertThat(implicit.kind()).isEqualTo(Kind.PARAMETER);
    assertThat(implicit.written()).isEmpty();
    assertThat(declared("Lambdas", "implicitAndExplicit", "name", 1)).isEqualTo("PARAMETER String");
    assertThat(declared("Lambdas", "parameterHidesField", "total", 0)).isEqualTo("PARAMETER ");
    assertThat(declared("Lambdas", "parameterHidesField", "total", 1)).isEqualTo("FIELD int");
    assertThat(declared("Lambdas", "bodyLocal", "total", 0)).isEqualTo("LOCAL long");
    assertThat(declared("Lambdas", "bodyLocal", "total", 1)).isEqualTo("FIELD int");
  }

  @Test
  void shouldPreferTheInnermostClassThenTheClassesAroundIt() {
    assertThat(declared("Outer", "own", "size", 0)).isEqualTo("FIELD long");
    assertThat(declared("Outer", "outer", "name", 0)).isEqualTo("FIELD String");
    assertThat(declared("Outer", "run", "size", 0)).isEqualTo("FIELD Integer");
    assertThat(declared("Outer", "run", "name", 0)).isEqualTo("PARAMETER StringBuilder");
    assertThat(declared("Outer", "get", "size", 0)).isEqualTo("LOCAL String");
  }

  @Test
  void shouldReadThisDotNameAsAFieldOfTheInnermostClassEvenUnderAParameter() {
    assertThat(thisField("Outer", "run", "size")).isEqualTo("FIELD Integer");
    assertThat(thisField("Outer", "assign", "size")).isEqualTo("FIELD int");
    assertThat(declared("Outer", "assign", "size", 0)).isEqualTo("PARAMETER int");
  }

  @Test
  void shouldScopeCatchForEachForAndResourceVariablesToTheirStatement() {
    assertThat(declared("Headers", "caught", "error", 0))
        .isEqualTo("PARAMETER IllegalStateException");
    assertThat(declared("Headers", "caught", "error", 1)).isEqualTo("FIELD Exception");
    assertThat(declared("Headers", "forEach", "line", 0)).isEqualTo("LOCAL Path");
    assertThat(declared("Headers", "forEach", "line", 1)).isEqualTo("FIELD String");
    assertThat(declared("Headers", "counted", "line", 0)).isEqualTo("LOCAL int");
    assertThat(declared("Headers", "counted", "line", 2)).isEqualTo("LOCAL int");
    assertThat(declared("Headers", "resources", "line", 0)).isEqualTo("LOCAL BufferedReader");
    assertThat(declared("Headers", "resources", "line", 1)).isEqualTo("FIELD String");
  }

  @Test
  void shouldBindPatternVariablesWhereTheirTestHolds() {
    assertThat(declared("Patterns", "thenBranch", "text", 0)).isEqualTo("LOCAL StringBuilder");
    assertThat(declared("Patterns", "thenBranch", "text", 1)).isEqualTo("FIELD String");
    assertThat(declared("Patterns", "andOperand", "text", 0)).isEqualTo("LOCAL Integer");
    assertThat(declared("Patterns", "orOperand", "text", 0)).isEqualTo("LOCAL Long");
    assertThat(declared("Patterns", "afterGuard", "text", 0)).isEqualTo("LOCAL CharSequence");
    assertThat(declared("Patterns", "elseBranch", "text", 0)).isEqualTo("FIELD String");
    assertThat(declared("Patterns", "elseBranch", "text", 1)).isEqualTo("LOCAL StringBuffer");
    assertThat(declared("Patterns", "switchCase", "text", 0)).isEqualTo("LOCAL Double");
    assertThat(declared("Patterns", "switchCase", "text", 1)).isEqualTo("LOCAL Double");
    assertThat(declared("Patterns", "switchCase", "text", 2)).isEqualTo("FIELD String");
    assertThat(declared("Patterns", "recordPattern", "x", 0)).isEqualTo("LOCAL int");
    assertThat(declared("Patterns", "recordPattern", "text", 0)).isEqualTo("LOCAL var");
  }

  @Test
  void shouldReadRecordComponentsAsFields() {
    assertThat(declared("Patterns", "sum", "x", 0)).isEqualTo("FIELD int");
    assertThat(declared("Patterns", "sum", "y", 0)).isEqualTo("FIELD int");
  }

  @Test
  void shouldLeaveNamesDeclaredElsewhereUnresolved() {
    assertThat(JavaNames.resolve("print", use("Lambdas", "bodyLocal", "values", 0))).isEmpty();
    assertThat(JavaNames.of(new NameExpr("orphan"))).isEmpty();
  }

  private static String declared(String file, String method, String name, int nth) {
    return resolve(file, method, name, nth)
        .map(d -> d.kind() + " " + d.written())
        .orElse("unresolved");
  }

  private static Optional<JavaDeclaration> resolve(
      String file, String method, String name, int nth) {
    return JavaNames.of(use(file, method, name, nth));
  }

  private static String thisField(String file, String method, String name) {
    FieldAccessExpr access =
        method(file, method)
            .findFirst(FieldAccessExpr.class, f -> f.getNameAsString().equals(name))
            .orElseThrow();
    return JavaNames.of(access).map(d -> d.kind() + " " + d.written()).orElse("unresolved");
  }

  private static Expression use(String file, String method, String name, int nth) {
    List<NameExpr> uses =
        method(file, method).findAll(NameExpr.class, n -> n.getNameAsString().equals(name));
    return uses.get(nth);
  }

  private static MethodDeclaration method(String file, String name) {
    return unit(file)
        .findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals(name))
        .orElseThrow();
  }

  private static CompilationUnit unit(String file) {
    try (InputStream in = JavaNamesTests.class.getResourceAsStream("/names/" + file + ".java")) {
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ParsedFile.of(file + ".java", Language.JAVA, source).java().orElseThrow();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
