package dev.reviewpanel.code.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.catalog.Catalog;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.symbols.SymbolTable;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaintEngineTests {

  private static final TaintEngine ENGINE = new TaintEngine(Catalog.fromClasspath("catalog-test"));

  // a web framework's model: its request global applies only where the framework is imported;
  // a name found after a constant prefix is confined to the names the prefix starts
  private static final TaintEngine FRAMEWORK =
      new TaintEngine(
          Catalog.of(
              java.util.Map.of(
                  "catalog/webkit.yml",
                  lines(
                      "catalog: 1",
                      "languages: [python, javascript]",
                      "when-imported: [webkit]",
                      "sources:",
                      "  - {access: \"request.form\", kind: remote, module-global: true}",
                      "  - {call: \"request.body\", kind: remote, module-global: true}",
                      "  - {access: \"req.query\", when-imported: [\"@webkit/router\"], kind: remote}",
                      "  - {access: \"request.args\", kind: remote}",
                      "sinks:",
                      "  - {call: \"*.execute\", kind: sql, args: [0]}",
                      "  - {call: \"getattr\", kind: reflection, args: [1]}",
                      "rules:",
                      "  - {name: sql-injection, sink: sql, severity: HIGH, title: SQL,"
                          + " recommendation: Bind.}",
                      "  - {name: reflection, sink: reflection, severity: HIGH, title: Reflection,"
                          + " recommendation: Map names.,",
                      "     clean-after-prefix: \"^[A-Za-z_$]*[A-Za-z][A-Za-z0-9_$]*(%|\\\\{|$)\"}"))));

  private static List<String> findings(String... pathsAndSources) {
    return findings(ENGINE, pathsAndSources);
  }

  private static List<String> findings(TaintEngine engine, String... pathsAndSources) {
    List<ParsedFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < pathsAndSources.length; i += 2) {
      String path = pathsAndSources[i];
      files.add(ParsedFile.of(path, Language.fromPath(path).orElseThrow(), pathsAndSources[i + 1]));
    }
    TaintResult result =
        engine.analyze(SymbolTable.of(files.stream().map(CodeModels::of).toList()));
    return result.all().stream()
        .map(f -> f.ruleId() + "@" + f.path() + ":" + f.line() + " " + f.severity())
        .sorted()
        .toList();
  }

  private static String lines(String... lines) {
    return String.join("\n", Arrays.asList(lines)) + "\n";
  }

  @Test
  void shouldCleanPerSinkKind() {
    String code =
        lines(
            "import html",
            "def view():",
            "    q = request.args['q']",
            "    render_html('<p>' + html.escape(q))",
            "    cur.execute('SELECT ' + html.escape(q))",
            "    cur.execute('SELECT ' + str(int(q)))");

    assertThat(findings("app.py", code)).containsExactly("python.sql-injection@app.py:5 HIGH");
  }

  @Test
  void shouldSkipDeadBranchesOverwritesAndCheckedValues() {
    String code =
        lines(
            "DEBUG = False",
            "def view():",
            "    q = request.args['q']",
            "    if DEBUG:",
            "        cur.execute('SELECT ' + q)",
            "    if q.isdigit():",
            "        cur.execute('SELECT ' + q)",
            "    if q in ALLOWED:",
            "        cur.execute('SELECT ' + q)",
            "    q = 'fixed'",
            "    cur.execute('SELECT ' + q)");

    assertThat(findings("app.py", code)).isEmpty();
  }

  @Test
  void shouldFollowSummariesThroughHelpersFieldsAndFiles() {
    String routes =
        lines(
            "from .store import Store, run",
            "def view():",
            "    s = Store()",
            "    s.put(request.args['q'])",
            "    run(s.take())");
    String store =
        lines(
            "import os",
            "class Store:",
            "    def put(self, value):",
            "        self.value = value",
            "    def take(self):",
            "        return self.value",
            "def run(cmd):",
            "    os.system('tool ' + cmd)");

    assertThat(findings("pkg/routes.py", routes, "pkg/store.py", store))
        .containsExactly("python.command-injection@pkg/store.py:8 CRITICAL");
  }

  @Test
  void shouldFollowABuilderChainThroughTheFieldItsSetterStoresInto() {
    String escaping =
        lines(
            "import html",
            "class Page:",
            "    def __init__(self, template):",
            "        self.template = template",
            "        self.values = {}",
            "    def with_value(self, key, value):",
            "        self.values[key] = html.escape(value)",
            "        return self",
            "    def render(self):",
            "        out = self.template",
            "        for key in self.values:",
            "            out = out.replace('{' + key + '}', self.values[key])",
            "        return out",
            "def page(template):",
            "    return Page(template)");
    // the look-alike stores the value as it came
    String raw = escaping.replace("Page", "RawPage").replace("html.escape(value)", "value");
    String views =
        lines(
            "from .pages import page",
            "from .raw import page as raw_page",
            "def greet():",
            "    render_html(page('<p>{name}</p>').with_value('name', request.args).render())",
            "def shout():",
            "    render_html(raw_page('<p>{name}</p>').with_value('name', request.args).render())");

    assertThat(findings("site/views.py", views, "site/pages.py", escaping, "site/raw.py", raw))
        .containsExactly("python.xss@site/views.py:6 HIGH");
  }

  @Test
  void shouldSeeAnOptionSetOnAnObjectByTheFunctionAroundAClosure() {
    String code =
        lines(
            "const path = require('path');",
            "function serve(directory, opts) {",
            "  const options = Object.assign({}, opts);",
            "  options.root = path.resolve(directory);",
            "  return function handle(request, res) {",
            "    send(request, request.args, options);",
            "  };",
            "}",
            "function serveAnywhere(opts) {",
            "  const options = Object.assign({}, opts);",
            "  return function handle(request, res) {",
            "    send(request, request.args, options);",
            "  };",
            "}");

    assertThat(findings("static.js", code))
        .containsExactly("javascript.path-traversal@static.js:12 HIGH");
  }

  @Test
  void shouldNotLetASpreadFillAParameterAnExplicitArgumentBinds() {
    String code =
        lines(
            "import os",
            "def run(cmd, cwd=None, **extra):",
            "    os.system('tool ' + cmd)",
            "def view():",
            "    options = dict(request.args)",
            "    run('status', **options)",
            "    run(cwd='/srv', **options)");

    // **options cannot be cmd when 'status' is; with only cwd given, it may be
    assertThat(findings("app.py", code))
        .containsExactly("python.command-injection@app.py:3 CRITICAL");
    assertThat(findings("app.py", code.replace("    run(cwd='/srv', **options)\n", ""))).isEmpty();
  }

  @Test
  void shouldCapLocalSourcesAndEntryPointsBelowRemoteOnes() {
    String code =
        lines(
            "import os",
            "def deploy():",
            "    os.system('hook ' + os.getenv('HOOK'))",
            "def helper(name):",
            "    cur.execute('SELECT ' + name)");

    List<TaintFinding> all =
        ENGINE
            .analyze(
                SymbolTable.of(
                    List.of(CodeModels.of(ParsedFile.of("a.py", Language.PYTHON, code)))))
            .all();

    assertThat(all)
        .extracting(TaintFinding::ruleId, TaintFinding::severity, TaintFinding::confidence)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "python.command-injection", Severity.MEDIUM, Confidence.LOW),
            org.assertj.core.groups.Tuple.tuple(
                "python.sql-injection", Severity.LOW, Confidence.LOW));
  }

  @Test
  void shouldReachAFixedPointOnRecursionWithinTheRoundBound() {
    String code =
        lines(
            "def a(x, n):",
            "    return b(x, n - 1) if n else x",
            "def b(x, n):",
            "    return a(x, n)",
            "def view():",
            "    cur.execute('SELECT ' + a(request.args['q'], 3))");
    var result =
        ENGINE.analyze(
            SymbolTable.of(List.of(CodeModels.of(ParsedFile.of("r.py", Language.PYTHON, code)))));

    assertThat(result.rounds()).isLessThanOrEqualTo(TaintEngine.MAX_ROUNDS);
    assertThat(result.all()).extracting(TaintFinding::line).containsExactly(6);
  }

  @Test
  void shouldResolveImportsAlikeWhetherTheRootIsGivenAbsoluteOrRelative() {
    String routes =
        lines(
            "import { run } from '../lib/query.js';",
            "app.get('/x', (request, res) => {",
            "  run(request.args);",
            "});");
    String query = lines("export function run(q) {", "  db.execute(`SELECT ${q}`);", "}");

    assertThat(findings("app/src/routes/x.js", routes, "app/src/lib/query.js", query))
        .containsExactly("javascript.sql-injection@app/src/lib/query.js:2 HIGH");
    assertThat(findings("/srv/app/src/routes/x.js", routes, "/srv/app/src/lib/query.js", query))
        .containsExactly("javascript.sql-injection@/srv/app/src/lib/query.js:2 HIGH");
  }

  @Test
  void shouldFollowJavaScriptCallbacksDestructuringAndTemplates() {
    String code =
        lines(
            "const { execute } = require('./db');",
            "app.get('/x', (request, res) => {",
            "  const { q } = { q: request.args };",
            "  [1].forEach(() => { db.execute(`SELECT ${q}`); });",
            "  db.execute(`SELECT ${parseInt(q)}`);",
            "});");

    assertThat(findings("app.js", code)).containsExactly("javascript.sql-injection@app.js:4 HIGH");
  }

  @Test
  void shouldApplyAFrameworkSourceOnlyWhereTheFrameworkIsImportedAndNotShadowed() {
    String body =
        lines(
            "def view():",
            "    cur.execute('SELECT ' + request.form)",
            "    cur.execute('SELECT ' + request.body())",
            "def download(self, request, spider):",
            "    cur.execute('SELECT ' + request.form)",
            "def retry():",
            "    request = make_request()",
            "    cur.execute('SELECT ' + request.body())");
    String routes =
        lines(
            "const { Router } = require('@webkit/router');",
            "function search(req) { db.execute(`SELECT ${req.query}`); }");
    String client =
        lines(
            "const http = require('http');",
            "function search(req) { db.execute(`SELECT ${req.query}`); }");

    assertThat(
            findings(
                FRAMEWORK,
                "views.py",
                "from webkit import request\n" + body,
                "crawler.py",
                "from crawlkit import Request\n" + body,
                "fragment.py",
                body,
                "helpers.py",
                "import webkit.json\n" + body,
                "routes.js",
                routes,
                "client.js",
                client))
        .containsExactly(
            "javascript.sql-injection@routes.js:2 HIGH",
            // no import in sight (a diff's hunks without their file): the framework is unknown
            "python.sql-injection@fragment.py:2 HIGH",
            "python.sql-injection@fragment.py:3 HIGH",
            "python.sql-injection@helpers.py:3 HIGH",
            "python.sql-injection@helpers.py:4 HIGH",
            "python.sql-injection@views.py:3 HIGH",
            "python.sql-injection@views.py:4 HIGH");
  }

  @Test
  void shouldCleanANameBuiltAfterAConstantPrefixForTheRuleThatDeclaresIt() {
    String code =
        lines(
            "from webkit import request",
            "def view(self):",
            "    name = request.args['m']",
            "    getattr(self, 'soap_%s' % name, None)",
            "    getattr(self, f'xmlrpc_{name}')",
            "    getattr(self, 'do_' + name)",
            "    getattr(self, 'handle_{}'.format(name))",
            "    getattr(self, name)",
            "    getattr(self, '%s_handler' % name)",
            "    getattr(self, '_' + name)",
            "    getattr(plugins, 'plugins.' + name)",
            "    cur.execute('soap_%s' % name)");

    assertThat(findings(FRAMEWORK, "soap.py", code))
        .containsExactly(
            "python.reflection@soap.py:10 HIGH",
            "python.reflection@soap.py:11 HIGH",
            "python.reflection@soap.py:8 HIGH",
            "python.reflection@soap.py:9 HIGH",
            "python.sql-injection@soap.py:12 HIGH");
  }
}
