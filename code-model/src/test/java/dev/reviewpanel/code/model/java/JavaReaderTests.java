package dev.reviewpanel.code.model.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Java reader gives the engine: fields, builders, switches, collections, queries. */
class JavaReaderTests {

  private static CodeModel read(String... lines) {
    return CodeModels.of(
        ParsedFile.of("Shop.java", Language.JAVA, String.join("\n", List.of(lines)) + "\n"));
  }

  private static Function function(CodeModel model, String name) {
    return model.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void shouldReadFieldsAsThisFieldUnlessALocalHidesThem() {
    CodeModel model =
        read(
            "class Shop {",
            "  private Repo repo;",
            "  void a() { repo.find(); }",
            "  void b(Repo repo) { repo.find(); }",
            "}");

    Expr.Call a = (Expr.Call) ((Stmt.Evaluate) function(model, "a").body().get(0)).expr();
    Expr.Call b = (Expr.Call) ((Stmt.Evaluate) function(model, "b").body().get(0)).expr();

    assertThat(a.receiver()).contains(new Expr.Attribute(new Expr.Name("this", 3), "repo", 3));
    assertThat(b.receiver()).contains(new Expr.Name("repo", 4));
  }

  @Test
  void shouldReadAFieldAsThisFieldWhereALocalOfItsNameIsOutOfScope() {
    CodeModel model =
        read(
            "class Shop {",
            "  private Repo repo;",
            "  void a(boolean fresh) {",
            "    if (fresh) { Repo repo = new Repo(); repo.find(); }",
            "    repo.find();",
            "  }",
            "}");

    Stmt last = function(model, "a").body().get(function(model, "a").body().size() - 1);
    Expr.Call call = (Expr.Call) ((Stmt.Evaluate) last).expr();

    assertThat(call.receiver()).contains(new Expr.Attribute(new Expr.Name("this", 5), "repo", 5));
  }

  @Test
  void shouldReadARecordComponentAsThisField() {
    CodeModel model = read("record Shop(Repo repo) {", "  void a() { repo.find(); }", "}");

    Expr.Call call = (Expr.Call) ((Stmt.Evaluate) function(model, "a").body().get(0)).expr();

    assertThat(call.receiver()).contains(new Expr.Attribute(new Expr.Name("this", 2), "repo", 2));
  }

  @Test
  void shouldBuildTextFromStringBuilderAppendsAndConstantsIntoTheModule() {
    CodeModel model =
        read(
            "class Shop {",
            "  static final String SELECT = \"SELECT \" + \"*\";",
            "  String q(String name) {",
            "    StringBuilder sql = new StringBuilder(SELECT);",
            "    sql.append(\" WHERE n = '\").append(name).append(\"'\");",
            "    return sql.toString();",
            "  }",
            "}");

    assertThat(model.module().body())
        .singleElement()
        .isInstanceOfSatisfying(
            Stmt.Assign.class, a -> assertThat(a.target()).isEqualTo(new Expr.Name("SELECT", 2)));
    List<Stmt> body = function(model, "q").body();
    Stmt.Assign appended = (Stmt.Assign) body.get(2);
    assertThat(appended.operator()).isEqualTo("+=");
    assertThat(((Expr.StringBuild) appended.value()).parts()).hasSize(3);
  }

  @Test
  void shouldTurnSwitchCasesIntoBranchesOnTheSelector() {
    CodeModel model =
        read(
            "class Shop {",
            "  String pick(String mode, String input) {",
            "    String out;",
            "    switch (mode) {",
            "      case \"a\": out = input; break;",
            "      default: out = \"none\";",
            "    }",
            "    return out;",
            "  }",
            "}");

    Stmt.Branch branch =
        (Stmt.Branch)
            function(model, "pick").body().stream()
                .filter(Stmt.Branch.class::isInstance)
                .findFirst()
                .orElseThrow();

    assertThat(branch.condition())
        .isEqualTo(
            new Expr.Operation(
                "==", List.of(new Expr.Name("mode", 4), new Expr.Literal("a", 5)), 4));
    assertThat(branch.otherwise()).hasSize(1);
  }

  @Test
  void shouldGiveAnAnnotatedQueryMethodTheQueryItRuns() {
    CodeModel model =
        read(
            "interface Mapper {",
            "  @Select(\"SELECT * FROM t WHERE b = '${brand}'\")",
            "  List<String> byBrand(@Param(\"brand\") String b);",
            "  @Select(\"SELECT * FROM t WHERE b = #{brand}\")",
            "  List<String> bound(@Param(\"brand\") String b);",
            "}");

    Expr.Call query = (Expr.Call) ((Stmt.Evaluate) function(model, "byBrand").body().get(0)).expr();

    assertThat(query.name()).isEqualTo("@Select");
    assertThat(((Expr.StringBuild) query.positional(0).orElseThrow()).parts())
        .contains(new Expr.Name("b", 2));
    assertThat(function(model, "bound").body()).isEmpty();
  }

  @Test
  void shouldTrackListElementsAddedInStraightLineCode() {
    CodeModel model =
        read(
            "class Shop {",
            "  String pick(String input) {",
            "    List<String> values = new ArrayList<>();",
            "    values.add(\"a\");",
            "    values.add(input);",
            "    values.remove(0);",
            "    return values.get(1);",
            "  }",
            "}");

    List<Stmt> body = function(model, "pick").body();
    Stmt.Return ret = (Stmt.Return) body.get(body.size() - 1);

    assertThat(ret.value())
        .isEqualTo(new Expr.Index(new Expr.Name("values", 7), new Expr.Literal(1L, 7), 7));
  }
}
