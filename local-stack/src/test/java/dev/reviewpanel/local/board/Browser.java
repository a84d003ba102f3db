package dev.reviewpanel.local.board;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through chromedriver: Debian's {@code chromium} and {@code
 * chromium-driver}, or the binaries named by REVIEW_PANEL_CHROMIUM and REVIEW_PANEL_CHROMEDRIVER.
 * Keeps the network and console logs and writes screenshots at desktop and phone widths.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = binary("REVIEW_PANEL_CHROMIUM", "/usr/bin/chromium");
  static final Path CHROMEDRIVER = binary("REVIEW_PANEL_CHROMEDRIVER", "/usr/bin/chromedriver");
  static final int DESKTOP = 1280;
  static final int PHONE = 390;
  private static final int MAX_SHOT_HEIGHT = 5000;

  final ChromeDriver driver;
  final Path downloads;
  private final Path screenshots;
  private final List<String> network = new ArrayList<>();
  private final List<String> console = new ArrayList<>();

  private Browser(ChromeDriver driver, Path downloads, Path screenshots) {
    this.driver = driver;
    this.downloads = downloads;
    this.screenshots = screenshots;
  }

  /** Why no browser test can run on this machine, or null when one can. */
  static String unavailable() {
    if (!Files.isExecutable(CHROMIUM)) {
      return "no Chromium at " + CHROMIUM + ": './review-panel setup' installs chromium";
    }
    if (!Files.isExecutable(CHROMEDRIVER)) {
      return "no chromedriver at " + CHROMEDRIVER + ": './review-panel setup' installs it";
    }
    return null;
  }

  static Browser start(Path screenshots) throws IOException {
    Path profile = Files.createTempDirectory("review-panel-chromium-");
    Path downloads = Files.createTempDirectory("review-panel-downloads-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=" + DESKTOP + ",900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    Files.createDirectories(screenshots);
    return new Browser(driver, downloads, screenshots);
  }

  void open(String url) {
    driver.get(url);
  }

  /**
   * Leaves the board in a fresh browser's state for the next test: no session storage, no logs so
   * far, desktop width. Cheaper than a new browser per test.
   */
  void reset(String origin) {
    driver.get(origin + "/favicon.svg");
    driver.executeScript("sessionStorage.clear(); localStorage.clear();");
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.manage().logs().get(LogType.BROWSER);
    network.clear();
    console.clear();
    resize(DESKTOP, 900);
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The first element matching, once it is there. */
  WebElement find(String css) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> driver.findElement(By.cssSelector(css)), element -> element != null);
  }

  String text(String css) {
    List<WebElement> found = all(css);
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  Object script(String code, Object... args) {
    return driver.executeScript(code, args);
  }

  /**
   * Writes {@code name-1280.png} and {@code name-390.png}: the whole page at each width (up to a
   * height bound), then returns to the desktop width.
   */
  List<Path> screenshot(String name) {
    List<Path> written = new ArrayList<>();
    for (int width : List.of(DESKTOP, PHONE)) {
      resize(width, 900);
      long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
      resize(width, (int) Math.min(Math.max(height, 600), MAX_SHOT_HEIGHT));
      Map<String, Object> shot =
          driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
      Path file = screenshots.resolve(name + "-" + width + ".png");
      try {
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written.add(file);
    }
    resize(DESKTOP, 900);
    return written;
  }

  /** Writes what a {@code width} x {@code height} window shows from the top, e.g. for the docs. */
  Path window(String name, int width, int height) {
    resize(width, height);
    Map<String, Object> shot =
        driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    Path file = screenshots.resolve(name + ".png");
    try {
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    resize(DESKTOP, 900);
    return file;
  }

  void resize(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Every network event seen so far (Chrome's performance log: CDP Network.* messages). */
  List<String> networkLog() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      if (entry.getMessage().contains("\"Network.")) {
        network.add(entry.getMessage());
      }
    }
    return List.copyOf(network);
  }

  /** Every console message so far, CSP violations and uncaught errors included. */
  List<String> consoleLog() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      console.add(entry.getLevel() + " " + entry.getMessage());
    }
    return List.copyOf(console);
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static Path binary(String variable, String fallback) {
    String value = System.getenv(variable);
    return Path.of(value == null || value.isBlank() ? fallback : value);
  }
}
