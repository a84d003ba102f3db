package dev.reviewpanel.local.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.local.analyze.SampleTrees;
import dev.reviewpanel.local.realworld.VulnMarkers.Marker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppRecallTests {

  @TempDir Path apps;

  @Test
  void shouldReadMarkersInEveryCommentSyntaxAndSeveralCategoriesOnALine() throws IOException {
    Path app = Files.createDirectories(apps.resolve("shop/web"));
    Files.writeString(
        app.resolve("Orders.java"),
        "class Orders {\n  void a() { q(\"x\" + id); } // vuln: sql-injection, log-injection\n}\n");
    Files.writeString(
        app.resolve("list.html"), "<p>{{ x|safe }}</p> {# vuln: xss #}\n<p>{{ y }}</p>\n");
    Files.writeString(app.resolve("item.ejs"), "<%- item %> <%# vuln: xss %>\n");
    Files.writeString(
        app.resolve("page.jsp"), "<%= p %> <%-- vuln: xss --%>\n<!-- vuln: open-redirect -->\n");
    Files.writeString(
        app.resolve("run.py"), "os.system(cmd)  # vuln: command-injection\n# vulnerable: no\n");
    Files.writeString(app.resolve("note.pug"), "p\n  +richText(note) //- vuln: xss\n");
    Files.createDirectories(apps.resolve("shop/node_modules/dep"));
    Files.writeString(
        apps.resolve("shop/node_modules/dep/x.js"), "eval(x) // vuln: code-injection\n");

    List<Marker> markers = VulnMarkers.of(apps, "shop");

    assertThat(markers)
        .containsExactlyInAnyOrder(
            new Marker("shop", "shop/web/Orders.java", 2, "sql-injection"),
            new Marker("shop", "shop/web/Orders.java", 2, "log-injection"),
            new Marker("shop", "shop/web/item.ejs", 1, "xss"),
            new Marker("shop", "shop/web/list.html", 1, "xss"),
            new Marker("shop", "shop/web/note.pug", 2, "xss"),
            new Marker("shop", "shop/web/page.jsp", 1, "xss"),
            new Marker("shop", "shop/web/page.jsp", 2, "open-redirect"),
            new Marker("shop", "shop/web/run.py", 1, "command-injection"));
  }

  @Test
  void shouldFindAMarkerOnlyByAFindingOfItsCategoryStartingOnItsLine() {
    List<Marker> markers =
        List.of(
            new Marker("a", "a/db.py", 10, "sql-injection"),
            new Marker("a", "a/db.py", 20, "sql-injection"),
            new Marker("a", "a/view.py", 5, "xss"),
            new Marker("a", "a/run.py", 7, "command-injection"));
    List<Finding> findings =
        List.of(
            finding("security", "python.sql-injection", null, "a/db.py", 10),
            finding("security", "python.sql-injection", null, "a/db.py", 21),
            finding("security", "python.nosql-injection", null, "a/db.py", 20),
            finding("security", "custom-rule", "xss", "a/view.py", 5),
            finding("bug", "python.swallowed-exception", null, "a/run.py", 3));

    AppRecall recall = AppRecall.score(markers, findings);

    assertThat(recall.found()).extracting(Marker::line).containsExactly(10, 5);
    assertThat(recall.missed()).extracting(Marker::line).containsExactly(20, 7);
    assertThat(recall.overall()).isEqualTo(new AppRecall.Share(2, 4));
    assertThat(recall.by(Marker::category).get("sql-injection"))
        .isEqualTo(new AppRecall.Share(1, 2));
    // a security finding off every marked line of its category may be a false alarm; others not
    assertThat(recall.possibleFalsePositives())
        .extracting(f -> f.location().startLine())
        .containsExactly(21, 20);
  }

  @Test
  void shouldAddRecallOfSeveralApps() {
    AppRecall one = AppRecall.score(List.of(new Marker("a", "a/x.js", 1, "xss")), List.of());
    AppRecall two =
        AppRecall.score(
            List.of(new Marker("b", "b/y.js", 2, "xss")),
            List.of(finding("security", "javascript.xss", null, "b/y.js", 2)));

    AppRecall both = one.plus(two);

    assertThat(both.by(Marker::app))
        .containsEntry("a", new AppRecall.Share(0, 1))
        .containsEntry("b", new AppRecall.Share(1, 1));
    assertThat(both.overall().recall()).isEqualTo(0.5);
    assertThat(SampleTrees.resource("real-world/apps")).isDirectory();
  }

  static Finding finding(String agent, String rule, String category, String path, int line) {
    return new Finding(
        rule + "@" + path + ":" + line,
        agent,
        rule,
        category,
        null,
        Severity.HIGH,
        null,
        rule,
        rule,
        null,
        new Location(path, line, line),
        "",
        null);
  }
}
