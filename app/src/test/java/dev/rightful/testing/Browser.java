package dev.rightful.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) for page tests, with an axe-core
 * accessibility check. Never skipped: a missing browser fails the test.
 */
public final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser start() {
    try {
      Path profile = Files.createTempDirectory("rightful-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(find("/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,1024",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of(find("/usr/bin/chromedriver")).toFile())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String find(String path) {
    if (!Files.isExecutable(Path.of(path))) {
      throw new IllegalStateException(
          path + " is required: apt-get install chromium chromium-driver (.ci/run does)");
    }
    return path;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Runs axe-core on the current page; returns the serious and critical violations' ids. */
  @SuppressWarnings("unchecked")
  public List<String> seriousAccessibilityViolations() {
    String axe;
    try {
      axe =
          Files.readString(
              Path.of(
                  System.getProperty(
                      "rightful.axe", "target/npm/node_modules/axe-core/axe.min.js")));
    } catch (IOException e) {
      throw new IllegalStateException(
          "axe-core is installed by the Maven build (npm); run through ./mvnw", e);
    }
    JavascriptExecutor js = driver;
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))))"
                + ".catch(e => done([{id: 'axe-error: ' + e, impact: 'critical', nodes: 0}]));");
    return ((List<Map<String, Object>>) result)
        .stream()
            .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
            .map(v -> v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + " nodes)")
            .toList();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
