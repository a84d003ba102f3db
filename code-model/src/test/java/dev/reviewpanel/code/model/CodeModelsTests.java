package dev.reviewpanel.code.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import org.junit.jupiter.api.Test;

class CodeModelsTests {

  @Test
  void shouldKeepTheTriedImportOfANameOverItsImportErrorFallback() {
    String code =
        "try:\n"
            + "    from secrets import randbits\n"
            + "    from hashlib import scrypt\n"
            + "except ImportError:\n"
            + "    from random import getrandbits as randbits\n"
            + "    scrypt = None\n"
            + "try:\n"
            + "    import simplejson as json\n"
            + "except ValueError:\n"
            + "    import json\n"
            + "try:\n"
            + "    pass\n"
            + "except ImportError:\n"
            + "    from random import choice\n";
    ParsedFile file = ParsedFile.of("compat.py", Language.PYTHON, code);

    assertThat(CodeModels.of(file).imports())
        .containsExactly(
            new Import("secrets", "randbits", "randbits", 2),
            new Import("hashlib", "scrypt", "scrypt", 3),
            new Import("simplejson", null, "json", 8),
            new Import("json", null, "json", 10),
            new Import("random", "choice", "choice", 14));
  }

  @Test
  void shouldModelPythonFunctionsDecoratorsCallsAndStringBuilding() {
    String code =
        "from .services import search as find\n"
            + "@app.route('/s')\n"
            + "def view(q: str, limit=10):\n"
            + "    sql = f\"SELECT {q}\" + '!'\n"
            + "    cur.execute(sql, timeout=limit)\n"
            + "    return '%s' % q\n";
    ParsedFile file = ParsedFile.of("app.py", Language.PYTHON, code);

    CodeModel model = CodeModels.of(file);

    assertThat(CodeModels.of(file)).isSameAs(model);
    assertThat(model.imports()).containsExactly(new Import(".services", "search", "find", 1));
    Function view = model.functions().get(1);
    assertThat(view.name()).isEqualTo("view");
    assertThat(view.annotations()).extracting(Annotation::name).containsExactly("app.route");
    assertThat(view.parameters())
        .extracting(Function.Parameter::name, Function.Parameter::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("q", "str"),
            org.assertj.core.groups.Tuple.tuple("limit", null));
    Stmt.Assign sql = (Stmt.Assign) view.body().get(0);
    assertThat(sql.value()).isInstanceOf(Expr.StringBuild.class);
    Expr.Call execute = (Expr.Call) ((Stmt.Evaluate) view.body().get(1)).expr();
    assertThat(execute.name()).isEqualTo("execute");
    assertThat(execute.keyword("timeout")).contains(new Expr.Name("limit", 5));
    Stmt.Return ret = (Stmt.Return) view.body().get(2);
    assertThat(((Expr.StringBuild) ret.value()).kind()).isEqualTo(Expr.StringBuild.Kind.FORMAT);
  }

  @Test
  void shouldReadPromisifiedImportsAsTheFunctionTheyWrap() {
    String code =
        "const { exec, execFile } = require('child_process');\n"
            + "const util = require('util');\n"
            + "const execAsync = util.promisify(exec);\n"
            + "const readAsync = util.promisify(readLocal);\n";
    CodeModel model = CodeModels.of(ParsedFile.of("backup.js", Language.JAVASCRIPT, code));

    assertThat(model.imports())
        .contains(new Import("child_process", "exec", "execAsync", 3))
        .noneMatch(i -> i.alias().equals("readAsync"));
  }

  @Test
  void shouldModelJavaScriptClassesImportsExportsAndDestructuring() {
    String code =
        "import db from './db';\n"
            + "const { exec } = require('child_process');\n"
            + "export class Orders {\n"
            + "  constructor(private repo: Repo) {}\n"
            + "  find({ id }) { return db.query(`SELECT ${id}`); }\n"
            + "}\n"
            + "module.exports = { Orders };\n";
    CodeModel model = CodeModels.of(ParsedFile.of("orders.ts", Language.TYPESCRIPT, code));

    assertThat(model.imports())
        .contains(
            new Import("./db", "default", "db", 1), new Import("child_process", "exec", "exec", 2));
    assertThat(model.types()).extracting(TypeDecl::name).containsExactly("Orders");
    assertThat(model.methods("Orders"))
        .extracting(Function::name)
        .containsExactly("constructor", "find");
    Function constructor = model.methods("Orders").get(0);
    assertThat(constructor.body().get(0)).isInstanceOf(Stmt.Assign.class); // this.repo = repo
    Function find = model.methods("Orders").get(1);
    assertThat(find.parameters().get(0).name()).isEqualTo("$0");
    assertThat(find.body().get(0))
        .isEqualTo(
            new Stmt.Assign(
                new Expr.Name("id", 5),
                new Expr.Attribute(new Expr.Name("$0", 5), "id", 5),
                "=",
                5));
    assertThat(model.exports()).contains("Orders");
  }

  @Test
  void shouldModelJavaMethodsTypesAndAnnotations() {
    String code =
        "package shop;\n"
            + "import java.sql.Statement;\n"
            + "class Repo {\n"
            + "  private final Statement st;\n"
            + "  @GetMapping(\"/x\") String find(@RequestParam String q) {\n"
            + "    String sql = \"SELECT \" + q;\n"
            + "    return st.executeQuery(sql).toString();\n"
            + "  }\n"
            + "}\n";
    CodeModel model = CodeModels.of(ParsedFile.of("Repo.java", Language.JAVA, code));

    assertThat(model.packageName()).isEqualTo("shop");
    assertThat(model.types().get(0).fields())
        .extracting(TypeDecl.Field::type)
        .containsExactly("Statement");
    Function find = model.methods("Repo").get(0);
    assertThat(find.annotatedWith("GetMapping")).isTrue();
    assertThat(find.parameters().get(0).annotations())
        .extracting(Annotation::name)
        .containsExactly("RequestParam");
    assertThat(find.body().get(0)).isEqualTo(new Stmt.Declare("sql", "String", 6));
  }

  @Test
  void shouldKeepEachComprehensionClauseWithItsLine() {
    String code =
        "def pairs(xs):\n"
            + "    return [(a, b) for a in xs\n"
            + "            for b in xs if a < b]\n";
    Function pairs =
        CodeModels.of(ParsedFile.of("pairs.py", Language.PYTHON, code)).functions().get(1);

    Expr.Collection list = (Expr.Collection) ((Stmt.Return) pairs.body().get(0)).value();
    Expr.Opaque comprehension = (Expr.Opaque) list.entries().get(0).value();
    assertThat(comprehension.parts())
        .extracting(part -> part instanceof Expr.Opaque o ? o.kind() + "@" + o.line() : "element")
        .containsExactly("for_in_clause@2", "for_in_clause@3", "if_clause@3", "element");
    assertThat(((Expr.Opaque) comprehension.parts().get(1)).parts())
        .containsExactly(new Expr.Name("xs", 3));
  }

  @Test
  void shouldTellLoopsOverKeysFromLoopsOverElements() {
    String code =
        "for (const key in config) use(key);\n" + "for (const item of items) use(item);\n";
    CodeModel model = CodeModels.of(ParsedFile.of("loops.js", Language.JAVASCRIPT, code));

    assertThat(model.module().body())
        .filteredOn(Stmt.Loop.class::isInstance)
        .extracting(stmt -> ((Stmt.Loop) stmt).keys())
        .containsExactly(true, false);
  }

  @Test
  void shouldTellSetComprehensionsFromListComprehensions() {
    String code =
        "ids = [u.id for u in users]\n"
            + "seen = {u.id for u in users}\n"
            + "rows = (u for u in users)\n";
    CodeModel model = CodeModels.of(ParsedFile.of("ids.py", Language.PYTHON, code));

    assertThat(model.module().body())
        .extracting(stmt -> ((Expr.Collection) ((Stmt.Assign) stmt).value()).shape())
        .containsExactly(
            Expr.Collection.Shape.LIST, Expr.Collection.Shape.SET, Expr.Collection.Shape.LIST);
  }
}
