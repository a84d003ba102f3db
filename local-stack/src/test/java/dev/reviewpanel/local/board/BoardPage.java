package dev.reviewpanel.local.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** What a person does on the review board, in browser terms. */
final class BoardPage {

  private static final Duration REVIEW_TIME = Duration.ofSeconds(60);

  private final Browser browser;
  private final String url;

  BoardPage(Browser browser, String url) {
    this.browser = browser;
    this.url = url;
  }

  void open() {
    browser.open(url + "/");
  }

  void openReview(String reviewId) {
    browser.open(url + "/#/reviews/" + reviewId);
  }

  /** Types a key into the prompt and sends it with Enter. */
  void enterKey(String key) {
    WebElement input = browser.find("#api-key");
    input.clear();
    input.sendKeys(key, Keys.ENTER);
  }

  /** Opens the board and gives the key, then waits for the agents to be offered. */
  void openSignedIn(String key) {
    open();
    enterKey(key);
    browser.find("input[name=agent]");
  }

  List<String> offeredAgents() {
    return browser.all("input[name=agent]").stream().map(e -> e.getDomAttribute("value")).toList();
  }

  /** Fills the n-th pasted file (0-based), adding an entry when needed. */
  void paste(int n, String path, String content) {
    if (browser.all(".file-entry").size() <= n) {
      browser.find("#add-file").click();
    }
    WebElement entry = browser.all(".file-entry").get(n);
    entry.findElement(org.openqa.selenium.By.cssSelector(".file-path")).sendKeys(path);
    entry.findElement(org.openqa.selenium.By.cssSelector(".file-content")).sendKeys(content);
  }

  void source(String repository, String pullRequest) {
    browser.find("details.source summary").click();
    browser.find("#source-repository").sendKeys(repository);
    browser.find("#source-pull-request").sendKeys(pullRequest);
  }

  /** Starts the review and returns its id, read from the review page's address. */
  String submit() {
    browser.find("#start-review").click();
    return awaitReviewPage();
  }

  String awaitReviewPage() {
    String hash =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> (String) browser.script("return location.hash;"),
                h -> h.startsWith("#/reviews/"));
    return hash.substring("#/reviews/".length());
  }

  /** Agent to the text its lane shows as status. */
  Map<String, String> lanes() {
    Map<String, String> lanes = new LinkedHashMap<>();
    for (WebElement lane : browser.all("li.lane")) {
      lanes.put(
          lane.getDomAttribute("data-agent"),
          lane.findElement(org.openqa.selenium.By.cssSelector(".lane-status")).getText());
    }
    return lanes;
  }

  Map<String, String> awaitLanes(Predicate<Map<String, String>> done) {
    return await().atMost(REVIEW_TIME).ignoreExceptions().until(this::lanes, done);
  }

  void awaitReport() {
    await().atMost(REVIEW_TIME).ignoreExceptions().until(() -> browser.all("#verdict").size() == 1);
  }

  List<WebElement> findings() {
    return browser.all("article.finding");
  }

  /** Presses Tab until the element matching {@code css} has the focus; fails past 60 presses. */
  WebElement tabTo(String css) {
    for (int i = 0; i < 60; i++) {
      if ((Boolean) browser.script("return document.activeElement.matches(arguments[0]);", css)) {
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getCssValue("outline-style"))
            .as("visible focus on %s", css)
            .isNotEqualTo("none");
        return focused;
      }
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("the keyboard never reached " + css);
  }

  void type(CharSequence... keys) {
    new Actions(browser.driver).sendKeys(keys).perform();
  }
}
