package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaNodesTests {

  private static final String SOURCE =
      """
      class Orders {
        String report(List<String> ids) {
          String out = "";
          for (String id : ids) {
            out += describe(id.trim());
          }
          Runnable later = new Runnable() {
            public void run() { log(out.length()); }
          };
          return out.isEmpty() ? null : out;
        }
      }
      """;

  @Test
  void shouldGiveTheNodesOfATypeInTheOrderOfAWalk() {
    ParsedFile file = ParsedFile.of("Orders.java", Language.JAVA, SOURCE);

    for (Class<? extends Node> type : List.of(MethodCallExpr.class, NameExpr.class)) {
      List<Node> walked = new ArrayList<>();
      file.java().orElseThrow().walk(type, walked::add);

      assertThat(new ArrayList<Node>(JavaNodes.of(file, type)))
          .containsExactlyElementsOf(walked)
          .isNotEmpty();
    }
    assertThat(JavaNodes.of(file, MethodCallExpr.class))
        .extracting(MethodCallExpr::getNameAsString)
        .containsExactly("describe", "trim", "log", "length", "isEmpty");
  }

  @Test
  void shouldWalkTheTreeOncePerFile() {
    ParsedFile file = ParsedFile.of("Orders.java", Language.JAVA, SOURCE);

    List<ForEachStmt> loops = JavaNodes.of(file, ForEachStmt.class);

    assertThat(loops).hasSize(1);
    assertThat(JavaNodes.of(file, ForEachStmt.class)).isSameAs(loops);
  }

  @Test
  void shouldFindNothingInAFileWithoutATree() {
    ParsedFile broken = ParsedFile.of("Broken.java", Language.JAVA, "class Broken { void m( }");

    assertThat(JavaNodes.of(broken, MethodCallExpr.class)).isEmpty();
  }
}
