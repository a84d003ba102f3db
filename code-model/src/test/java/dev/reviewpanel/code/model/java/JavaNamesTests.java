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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which declaration a Java name refers to, read from small real sources under names/. */
class JavaNamesTests {

  @ParameterizedTest(name = "{0}.{1}: use {3} of {2} is {4} ({5})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Shadowing | localHidesField     | count | 0 | LOCAL int                    | a local hides the field
          Shadowing | fieldBeforeLocal    | count | 0 | FIELD String                 | the local is not declared yet
          Shadowing | fieldBeforeLocal    | count | 1 | LOCAL long                   | now it is
          Shadowing | parameterHidesField | count | 0 | PARAMETER Optional<String>   | a parameter hides the field
          Shadowing | siblingBlocks       | count | 0 | LOCAL double                 | then-block local
          Shadowing | siblingBlocks       | count | 1 | LOCAL char                   | else-block local
          Shadowing | siblingBlocks       | count | 2 | FIELD String                 | both blocks closed
          Shadowing | oldSwitch           | count | 0 | LOCAL String                 | an earlier case group
          Shadowing | oldSwitch           | count | 1 | LOCAL String                 | an earlier case group
          Lambdas   | implicitAndExplicit | name  | 1 | PARAMETER String             | typed lambda parameter
          Lambdas   | parameterHidesField | total | 0 | PARAMETER                    | implicit lambda parameter
          Lambdas   | parameterHidesField | total | 1 | FIELD int                    | after the lambda
          Lambdas   | bodyLocal           | total | 0 | LOCAL long                   | local of a lambda block
          Lambdas   | bodyLocal           | total | 1 | FIELD int                    | after the lambda
          Outer     | own                 | size  | 0 | FIELD long                   | the inner class's own field
          Outer     | outer               | name  | 0 | FIELD String                 | the outer class's field
          Outer     | run                 | size  | 0 | FIELD Integer                | the anonymous class's field
          Outer     | run                 | name  | 0 | PARAMETER StringBuilder      | captured by the anonymous class
          Outer     | get                 | size  | 0 | LOCAL String                 | captured by a local class
          Outer     | assign              | size  | 0 | PARAMETER int                | this.size = size
          Headers   | caught              | error | 0 | PARAMETER IllegalStateException | catch parameter
          Headers   | caught              | error | 1 | FIELD Exception              | after the catch
          Headers   | forEach             | line  | 0 | LOCAL Path                   | for-each variable
          Headers   | forEach             | line  | 1 | FIELD String                 | after the loop
          Headers   | counted             | line  | 0 | LOCAL int                    | for condition
          Headers   | counted             | line  | 2 | LOCAL int                    | for body
          Headers   | resources           | line  | 0 | LOCAL BufferedReader         | try-with-resources variable
          Headers   | resources           | line  | 1 | FIELD String                 | not in finally
          Patterns  | thenBranch          | text  | 0 | LOCAL StringBuilder          | pattern in the then-branch
          Patterns  | thenBranch          | text  | 1 | FIELD String                 | after the if
          Patterns  | andOperand          | text  | 0 | LOCAL Integer                | right of &&
          Patterns  | orOperand           | text  | 0 | LOCAL Long                   | right of || after a negation
          Patterns  | afterGuard          | text  | 0 | LOCAL CharSequence           | after if (!(...)) return
          Patterns  | elseBranch          | text  | 0 | FIELD String                 | then-branch of a negated test
          Patterns  | elseBranch          | text  | 1 | LOCAL StringBuffer           | its else-branch
          Patterns  | switchCase          | text  | 0 | LOCAL Double                 | case guard
          Patterns  | switchCase          | text  | 1 | LOCAL Double                 | case body
          Patterns  | switchCase          | text  | 2 | FIELD String                 | another case
          Patterns  | recordPattern       | x     | 0 | LOCAL int                    | record pattern component
          Patterns  | recordPattern       | text  | 0 | LOCAL var                    | record pattern with var
          Patterns  | sum                 | x     | 0 | FIELD int                    | record component
          Patterns  | sum                 | y     | 0 | FIELD int                    | record component
          """)
  void shouldResolveANameToTheDeclarationInScopeWhereItIsUsed(
      String file, String method, String name, int nth, String expected, String why) {
    assertThat(declared(file, method, name, nth)).as(why).isEqualTo(expected.strip());
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
  void shouldLeaveAnImplicitLambdaParameterUntyped() {
    JavaDeclaration implicit = resolve("Lambdas", "implicitAndExplicit", "name", 0).orElseThrow();

    assertThat(implicit.kind()).isEqualTo(Kind.PARAMETER);
    assertThat(implicit.written()).isEmpty();
    assertThat(implicit.typeName()).isEmpty();
  }

  @Test
  void shouldReadThisDotNameAsAFieldOfTheInnermostClassEvenUnderAParameter() {
    assertThat(thisField("Outer", "run", "size")).isEqualTo("FIELD Integer");
    assertThat(thisField("Outer", "assign", "size")).isEqualTo("FIELD int");
  }

  @Test
  void shouldLeaveNamesDeclaredElsewhereUnresolved() {
    assertThat(JavaNames.resolve("print", use("Lambdas", "bodyLocal", "values", 0))).isEmpty();
    assertThat(JavaNames.of(new NameExpr("orphan"))).isEmpty();
  }

  private static String declared(String file, String method, String name, int nth) {
    return resolve(file, method, name, nth).map(JavaNamesTests::describe).orElse("unresolved");
  }

  private static String describe(JavaDeclaration declaration) {
    return (declaration.kind() + " " + declaration.written()).strip();
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
    return JavaNames.of(access).map(JavaNamesTests::describe).orElse("unresolved");
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
