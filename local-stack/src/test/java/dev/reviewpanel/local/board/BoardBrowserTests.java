package dev.reviewpanel.local.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.local.LocalStack;
import dev.reviewpanel.local.accessibility.FourAgentStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The review board in headless Chromium against the whole local stack (a broker, five services and
 * a fourth agent added by configuration), with API keys required. Screenshots of each state land in
 * target/board-screenshots at 1280 and 390 pixels wide.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({BrowserAvailable.class, FourAgentStack.class})
class BoardBrowserTests {

  static final Path FIXTURES = Path.of("src/test/resources/board");
  static final Path SCREENSHOTS = Path.of("target/board-screenshots");
  static final List<String> AGENTS = List.of("security", "bug", "performance", "accessibility");

  private final String key = FourAgentStack.API_KEY;
  private Coordinator coordinator;
  private Browser browser;
  private BoardPage board;

  @BeforeAll
  void startBrowser(LocalStack stack) throws Exception {
    coordinator = new Coordinator(stack.url("coordinator"), key);
    browser = Browser.start(SCREENSHOTS);
    board = new BoardPage(browser, coordinator.url());
  }

  @BeforeEach
  void freshSession() {
    browser.reset(coordinator.url());
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void shouldAskForTheKeyOnceRefuseAWrongOneAndNeverPutItInAUrl() throws Exception {
    assertThat(coordinator.anonymous("/").statusCode()).isEqualTo(200);
    assertThat(coordinator.anonymous("/board.css").statusCode()).isEqualTo(200);
    assertThat(coordinator.anonymous("/js/main.js").statusCode()).isEqualTo(200);
    assertThat(coordinator.anonymous("/api/agents").statusCode()).isEqualTo(401);
    assertThat(coordinator.anonymous("/api/reviews").statusCode()).isEqualTo(401);

    board.open();
    browser.find("#api-key");
    browser.screenshot("key-prompt");
    board.enterKey("not-the-key");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.text("#api-key-error").contains("not accepted"));
    browser.screenshot("key-refused");
    board.enterKey(key);
    await().atMost(Duration.ofSeconds(10)).until(() -> board.offeredAgents().size() == 4);
    assertThat(board.offeredAgents()).containsExactlyElementsOf(AGENTS);
    browser.screenshot("home");

    browser.driver.navigate().refresh();
    await().atMost(Duration.ofSeconds(10)).until(() -> board.offeredAgents().size() == 4);
    assertThat(browser.all("#api-key")).as("asked only once per session").isEmpty();

    List<JsonNode> requests = requests(browser.networkLog());
    assertThat(requests)
        .extracting(r -> r.path("url").asString())
        .isNotEmpty()
        .noneMatch(url -> url.contains(key));
    assertThat(requests)
        .filteredOn(r -> r.path("url").asString().contains("/api/"))
        .isNotEmpty()
        .anyMatch(
            r -> ("Bearer " + key).equals(r.path("headers").path("authorization").asString()));
    assertThat(browser.script("return document.cookie + JSON.stringify(localStorage);"))
        .asString()
        .doesNotContain(key);
  }

  @Test
  void shouldStartAReviewWithTheKeyboardAndWatchEveryLaneComplete() throws Exception {
    board.openSignedIn(key);
    board.tabTo("#file-path-0");
    board.type("src/main/java/com/example/accounts/AccountController.java", Keys.TAB);
    board.type(Files.readString(FIXTURES.resolve("AccountController.java")));
    board.tabTo("#add-file").sendKeys(Keys.ENTER);
    board.type("scripts/backup.py", Keys.TAB, Files.readString(FIXTURES.resolve("backup.py")));
    board.tabTo("#add-file").sendKeys(Keys.ENTER);
    board.type("web/menu.js", Keys.TAB, Files.readString(FIXTURES.resolve("menu.js")));
    board.tabTo("#start-review").sendKeys(Keys.ENTER);
    String reviewId = board.awaitReviewPage();
    browser.screenshot("review-live");

    Map<String, String> lanes =
        board.awaitLanes(l -> l.values().stream().allMatch("Completed"::equals));
    assertThat(lanes).containsOnlyKeys(AGENTS);
    assertThat(browser.all("li.lane .lane-status"))
        .allMatch(status -> "polite".equals(status.getDomAttribute("aria-live")));
    board.awaitReport();
    browser.screenshot("review-report");
    browser.window("board-review", Browser.DESKTOP, 1180);

    JsonNode report = coordinator.awaitReport(reviewId);
    assertThat(board.findings()).hasSize(report.path("findings").size());
    assertThat(browser.text("#verdict")).contains("Risk " + report.path("riskScore").asInt());
    assertThat(browser.all(".file-group h4"))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.startsWith("src/main/java/com/example/accounts/AccountController.java"))
        .anyMatch(t -> t.startsWith("scripts/backup.py"))
        .anyMatch(t -> t.startsWith("web/menu.js"));
    // the code around each finding comes from what was typed, the finding's lines marked
    assertThat(browser.all("article.finding pre.code .line.hit"))
        .extracting(WebElement::getText)
        .anyMatch(
            t -> t.contains("statement.executeQuery(\"SELECT * FROM accounts WHERE owner = '\""))
        .anyMatch(t -> t.contains("subprocess.call(\"tar czf backup.tgz \" + path, shell=True)"))
        .anyMatch(t -> t.contains("menu.firstChild.tabIndex = 3;"));
    assertThat(browser.all("article.finding pre.code .line:not(.hit)")).isNotEmpty();
    assertThat(browser.all(".trace-steps li")).hasSize(traceSteps(report));
  }

  @Test
  void shouldMoveLanesThroughEveryStateTheEventsAndTheReportTell() {
    board.openSignedIn(key);
    // the board's own lanes module, fed events as the stream delivers them
    Object statuses =
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import('/js/lanes.js').then(({ Lanes }) => {"
                + "  const main = document.querySelector('main');"
                + "  main.replaceChildren();"
                + "  const lanes = new Lanes(main, ['security', 'bug', 'performance', 'style', 'docs']);"
                + "  const seen = [JSON.stringify(lanes.statuses())];"
                + "  const e = (type, agent, data) => lanes.apply({ type, agent, data });"
                + "  e('PLANNED', null, { tasksByAgent: { security: 2, bug: 1, performance: 1, docs: 1 } });"
                + "  seen.push(JSON.stringify(lanes.statuses()));"
                + "  e('AGENT_STARTED', 'security', { taskId: 's1' });"
                + "  e('FINDING', 'security', { fingerprint: 'f1', severity: 'HIGH', title: 'SQL injection' });"
                + "  e('FINDING', 'security', { fingerprint: 'f2', severity: 'LOW', title: 'Weak hash' });"
                + "  e('FINDING', 'security', { fingerprint: 'f2', severity: 'LOW', title: 'Weak hash' });"
                + "  e('AGENT_STARTED', 'bug', { taskId: 'b1' });"
                + "  e('AGENT_FAILED', 'bug', { taskId: 'b1', errorType: 'Timeout', message: 'budget' });"
                + "  e('AGENT_STARTED', 'performance', { taskId: 'p1' });"
                + "  e('AGENT_COMPLETED', 'performance', { taskId: 'p1', findings: 0 });"
                + "  seen.push(JSON.stringify(lanes.statuses()));"
                + "  seen.push(document.querySelector('[data-agent=security] .lane-count').textContent);"
                + "  lanes.finish({ agents: ["
                + "    { agent: 'security', status: 'COMPLETED', findings: 2, durationMs: 900 },"
                + "    { agent: 'bug', status: 'FAILED', findings: 0, durationMs: 10 },"
                + "    { agent: 'performance', status: 'COMPLETED', findings: 0, durationMs: 20 },"
                + "    { agent: 'docs', status: 'TIMED_OUT', findings: 0, durationMs: 0 } ],"
                + "    llm: { degradedAgents: ['security'] } });"
                + "  seen.push(JSON.stringify(lanes.statuses()));"
                + "  done(seen);"
                + "});");
    browser.screenshot("lanes-every-state");

    assertThat(statuses)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly(
            "{\"security\":\"WAITING\",\"bug\":\"WAITING\",\"performance\":\"WAITING\","
                + "\"style\":\"WAITING\",\"docs\":\"WAITING\"}",
            "{\"security\":\"QUEUED\",\"bug\":\"QUEUED\",\"performance\":\"QUEUED\","
                + "\"style\":\"NOT_PLANNED\",\"docs\":\"QUEUED\"}",
            "{\"security\":\"RUNNING\",\"bug\":\"FAILED\",\"performance\":\"COMPLETED\","
                + "\"style\":\"NOT_PLANNED\",\"docs\":\"QUEUED\"}",
            "2 findings",
            "{\"security\":\"DEGRADED\",\"bug\":\"FAILED\",\"performance\":\"COMPLETED\","
                + "\"style\":\"NOT_PLANNED\",\"docs\":\"TIMED_OUT\"}");
    assertThat(board.lanes())
        .containsEntry("security", "Completed, degraded")
        .containsEntry("bug", "Failed")
        .containsEntry("docs", "Timed out")
        .containsEntry("style", "Not planned: no file in its languages");
    assertThat(browser.text("[data-agent=bug] .lane-note")).isEqualTo("Timeout: budget");
  }

  @Test
  void shouldRenderTracesSuppressionsVotesAndFilesNotAnalyzed() {
    board.openSignedIn(key);
    // the board's own report module, given a report as the contract carries it
    browser.driver.executeAsyncScript(
        "const [report, files, done] = arguments;"
            + "import('/js/report.js').then(({ renderReport }) => {"
            + "  const section = document.createElement('section');"
            + "  document.querySelector('main').replaceChildren(section);"
            + "  renderReport(section, JSON.parse(report), { files: JSON.parse(files) });"
            + "  done();"
            + "});",
        EventJson.mapper().writeValueAsString(TracedReport.build("r-traced")),
        EventJson.mapper().writeValueAsString(TracedReport.SOURCES));
    browser.screenshot("report-every-part");

    assertThat(browser.all(".trace-steps li"))
        .extracting(WebElement::getText)
        .containsExactly(
            "Source "
                + TracedReport.CONTROLLER
                + ":3 request parameter 'id'\n"
                + "String id = request.getParameter(\"id\");",
            "Step "
                + TracedReport.CONTROLLER
                + ":4 passed to OrderDao.byId(id)\nreturn dao.byId(id);",
            "Sink data/OrderDao.java:3 concatenated into SQL <img src=x>\n"
                + "return jdbc.query(\"select * from orders where id = \" + id);");
    assertThat(browser.text("article.suppressed .suppression"))
        .isEqualTo("Suppressed (In source): checksum only, not a password");
    assertThat(browser.text("#panel .veto"))
        .contains("Veto by security: Reject")
        .contains("Finding: SQL injection at data/OrderDao.java:3");
    assertThat(browser.all("#panel tbody tr")).hasSize(2);
    assertThat(browser.text("#panel .disagreements"))
        .contains("REJECT (security) vs APPROVE (performance)")
        .contains("Settled by security's veto");
    assertThat(browser.all("#not-analyzed tbody tr"))
        .extracting(WebElement::getText)
        .containsExactly(
            "assets/logo.png Binary binary content intake",
            "data/OrderDao.java:7 Parse error (in part) unexpected token bug");
    assertThat(browser.all("main img")).isEmpty();
  }

  @Test
  void shouldFilterFindingsBySeverityAgentAndCategory() throws Exception {
    reportSubmittedElsewhere();
    int total = board.findings().size();
    assertThat(total).isGreaterThan(2);

    choose("#filter-agent", "security");
    assertThat(visible())
        .isNotEmpty()
        .allMatch(f -> "security".equals(f.getDomAttribute("data-agent")));
    assertThat(browser.text("#findings-count"))
        .isEqualTo("Showing " + visible().size() + " of " + total + " findings");
    choose("#filter-agent", "");

    for (String severity : List.of("CRITICAL", "HIGH")) {
      browser.find(".severity-filter input[value=" + severity + "]").click();
    }
    assertThat(visible())
        .noneMatch(f -> List.of("CRITICAL", "HIGH").contains(f.getDomAttribute("data-severity")));
    browser.screenshot("report-filtered");
    for (String severity : List.of("CRITICAL", "HIGH")) {
      browser.find(".severity-filter input[value=" + severity + "]").click();
    }

    String chosen = browser.all("#filter-category option").get(1).getDomAttribute("value");
    choose("#filter-category", chosen);
    assertThat(visible())
        .isNotEmpty()
        .allMatch(f -> chosen.equals(f.getDomAttribute("data-category")));
    choose("#filter-category", "");
    assertThat(visible()).hasSize(total);
    // not submitted from this browser: the findings show their snippets
    assertThat(browser.all("article.finding pre.snippet")).isNotEmpty();
  }

  @Test
  void shouldDownloadTheReportAsJsonMarkdownAndSarif() throws Exception {
    String reviewId = reportSubmittedElsewhere();
    for (String format : List.of("json", "markdown", "sarif")) {
      browser.find("#download-" + format).click();
    }
    Path json = browser.downloads.resolve("review-" + reviewId + ".json");
    Path markdown = browser.downloads.resolve("review-" + reviewId + ".md");
    Path sarif = browser.downloads.resolve("review-" + reviewId + ".sarif");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Files.exists(json) && Files.exists(markdown) && Files.exists(sarif));

    JsonNode report = EventJson.mapper().readTree(Files.readString(json));
    assertThat(report.path("reviewId").asString()).isEqualTo(reviewId);
    assertThat(report.path("findings").size()).isEqualTo(board.findings().size());
    assertThat(Files.readString(markdown)).startsWith("# Review " + reviewId);
    JsonNode log = EventJson.mapper().readTree(Files.readString(sarif));
    assertThat(log.path("version").asString()).isEqualTo("2.1.0");
    assertThat(log.path("runs").size()).isPositive();
    assertThat(browser.text(".download-status")).isEqualTo("SARIF downloaded.");
  }

  @Test
  void shouldReviewAnUploadedFolderAndListWhatWasLeftOut() throws Exception {
    Path folder = Files.createTempDirectory("review-panel-folder-").resolve("ledger");
    Files.createDirectories(folder.resolve("src"));
    Files.createDirectories(folder.resolve("img"));
    Files.createDirectories(folder.resolve("node_modules/left-pad"));
    Files.copy(
        FIXTURES.resolve("AccountController.java"), folder.resolve("src/AccountController.java"));
    Files.copy(FIXTURES.resolve("backup.py"), folder.resolve("backup.py"));
    Files.write(
        folder.resolve("img/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(folder.resolve("node_modules/left-pad/index.js"), "module.exports = 1;\n");
    board.openSignedIn(key);
    browser.find("input[name=mode][value=upload]").click();
    browser.find("#upload-folder").sendKeys(folder.toString());

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.text(".upload-count").startsWith("2 files ready"));
    assertThat(browser.text(".skipped"))
        .contains("2 files left out")
        .contains("ledger/img/logo.png binary or not UTF-8 text")
        .contains("ledger/node_modules/left-pad/index.js installed dependencies (node_modules/)");
    browser.screenshot("upload-folder");
    board.submit();

    Map<String, String> lanes = board.awaitLanes(l -> "Completed".equals(l.get("security")));
    assertThat(lanes).containsEntry("accessibility", "Not planned: no file in its languages");
    board.awaitReport();
    assertThat(browser.all(".file-group h4"))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.startsWith("ledger/src/AccountController.java"))
        .anyMatch(t -> t.startsWith("ledger/backup.py"));
  }

  @Test
  void shouldReviewAPastedDiffWithTheChangedLinesAroundEachFinding() throws Exception {
    board.openSignedIn(key);
    browser.find("input[name=mode][value=diff]").click();
    browser.find("#diff-text").sendKeys(Files.readString(FIXTURES.resolve("backup.diff")));
    board.submit();
    board.awaitReport();

    assertThat(browser.all(".file-group h4"))
        .extracting(WebElement::getText)
        .singleElement()
        .asString()
        .startsWith("scripts/backup.py");
    assertThat(browser.all("article.finding pre.code .line.hit"))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.contains("subprocess.call(\"tar czf backup.tgz \" + path, shell=True)"));
    assertThat(browser.text("article.finding pre.code"))
        .as("the context comes from the diff's post-image")
        .contains("# vulnerable: a shell command built from the caller's path");
  }

  @Test
  void shouldRenderHostileCodeAsTextAndRunNothing() throws Exception {
    board.openSignedIn(key);
    browser.script(
        "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
            + "window.alert = window.confirm = window.prompt ="
            + " () => { window.__reviewPanelPwned = 'alert'; };");
    String hostile = Files.readString(FIXTURES.resolve("hostile.js"));
    board.paste(0, "web/\"><img src=x onerror=\"window.__reviewPanelPwned='name'\">.js", hostile);
    board.paste(
        1,
        "</textarea><script>window.__reviewPanelPwned='path'</script>/javascript:run().js",
        hostile);
    board.source(
        "<script>window.__reviewPanelPwned='repo'</script>",
        "javascript:window.__reviewPanelPwned='pr'");
    String reviewId = board.submit();
    board.awaitReport();
    browser.screenshot("hostile-report");
    browser.find(".back a").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.text("#recent-reviews").contains("<script>window.__reviewPanelPwned"));
    browser.screenshot("hostile-recent");
    board.openReview(reviewId);
    board.awaitReport();

    assertThat(browser.script("return window.__reviewPanelPwned === undefined;")).isEqualTo(true);
    assertThat(browser.script("return window.__violations.length;")).isEqualTo(0L);
    assertThat(browser.all("main img, main svg, main script, main iframe, main object")).isEmpty();
    assertThat(browser.all("a[href^='javascript:'], a[href*='script>']")).isEmpty();
    assertThat(browser.text("main"))
        .contains("\"><img src=x onerror=\"window.__reviewPanelPwned='name'\">.js")
        .contains("</textarea><script>window.__reviewPanelPwned");
    assertThat(browser.consoleLog())
        .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Trusted Type"))
        .noneMatch(m -> m.contains("Uncaught"));
  }

  // a review submitted over the API, not from this browser, opened once its report is in
  private String reportSubmittedElsewhere() throws Exception {
    String reviewId = coordinator.submit(fixtures());
    board.openSignedIn(key);
    board.openReview(reviewId);
    board.awaitReport();
    return reviewId;
  }

  private void choose(String select, String value) {
    browser.find(select).click();
    browser.find(select + " option[value='" + value + "']").click();
  }

  private List<WebElement> visible() {
    return board.findings().stream().filter(WebElement::isDisplayed).toList();
  }

  private static Map<String, Path> fixtures() {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("src/AccountController.java", FIXTURES.resolve("AccountController.java"));
    files.put("scripts/backup.py", FIXTURES.resolve("backup.py"));
    files.put("web/menu.js", FIXTURES.resolve("menu.js"));
    return files;
  }

  private static int traceSteps(JsonNode report) {
    int steps = 0;
    for (JsonNode finding : report.path("findings")) {
      steps += finding.path("trace").size();
    }
    return steps;
  }

  // the requests the page sent, from Chrome's Network.requestWillBeSent events
  private static List<JsonNode> requests(List<String> network) {
    return network.stream()
        .map(message -> EventJson.mapper().readTree(message).path("message"))
        .filter(m -> m.path("method").asString().equals("Network.requestWillBeSent"))
        .map(m -> m.path("params").path("request"))
        .toList();
  }
}
