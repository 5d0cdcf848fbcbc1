package dev.rightful.brand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.AdmtMap;
import dev.rightful.testing.Browser;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every consumer page and every console page in headless Chromium at 320, 390, 768 and 1280 px:
 * none scrolls sideways (a wide table scrolls inside its own box) and axe-core finds nothing
 * serious. Screenshots of the privacy center and the console queue at 390 and 1280 px go to
 * target/screenshots, and to docs/screenshots with {@code -DupdateScreenshots=true}.
 */
class EveryWidthBrowserTest {
  static final int[] WIDTHS = {320, 390, 768, 1280};
  static final String PASSWORD = "width-check-Tulip-8841";
  static final List<Integer> SHOT_WIDTHS = List.of(390, 1280);

  @org.junit.jupiter.api.io.TempDir static java.nio.file.Path admtMap;
  static TestServer server;
  static Browser browser;
  static String statusPath;
  static RightsRequest request;

  @BeforeAll
  static void start() {
    // The example with an ADMT use, so its pre-use notice and request form are checked too
    server =
        TestServer.start(
            AdmtMap.exampleWith(admtMap.resolve("map"), AdmtMap.CREDIT_CHECK),
            TestServer.h2Url(),
            "sa",
            "");
    Services services = server.app().services();
    services.staff().users().create("ada", Role.ADMIN, PASSWORD, "test");
    RequestService.Receipt receipt =
        services
            .requests()
            .submit(
                Submissions.api(RequestType.DELETE, "jane.width@example.com", "Jane Width", null),
                "consumer");
    request = receipt.request();
    statusPath = receipt.statusPath();
    for (RequestType type :
        List.of(RequestType.KNOW_SPECIFIC, RequestType.CORRECT, RequestType.OPT_OUT)) {
      services
          .requests()
          .submit(
              Submissions.api(type, "someone.with.a.long.name@example.com", "Sam Long", "Sam Long"),
              "consumer");
    }
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void no_consumer_page_scrolls_sideways_at_any_width_and_each_passes_axe() {
    ChromeDriver driver = browser.driver();
    List<String> pages =
        List.of(
            "/privacy/requests",
            "/privacy/requests/new?type=delete",
            "/privacy/requests/new?type=correct",
            "/privacy/requests/new?type=know-specific",
            "/privacy/requests/new?type=access-admt",
            "/privacy/admt/credit-check",
            statusPath,
            "/privacy/requests/status/" + "Z".repeat(43),
            "/privacy/do-not-sell",
            "/privacy/notice",
            "/notice/collection/web-signup",
            "/notice/collection/support-calls");
    List<String> problems = new ArrayList<>();
    for (int width : WIDTHS) {
      resize(driver, width);
      for (String page : pages) {
        driver.get(server.url(page));
        check(page, width, problems);
        if (page.equals("/privacy/requests") && SHOT_WIDTHS.contains(width)) {
          screenshot("privacy-center-" + width);
        }
      }
      // The form sent back with its errors, then the confirmation: pages only a POST shows.
      driver.get(server.url("/privacy/requests/new?type=delete"));
      driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
      wait(driver).until(ExpectedConditions.titleContains("Error: "));
      check("the form with errors", width, problems);
      driver.findElement(By.id("subject-name")).sendKeys("Jane Width");
      driver.findElement(By.id("subject-email")).sendKeys("jane.width@example.com");
      driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
      wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
      check("the confirmation", width, problems);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void in_spanish_no_consumer_page_scrolls_sideways_and_each_passes_axe() {
    ChromeDriver driver = browser.driver();
    List<String> pages =
        List.of(
            "/privacy/requests",
            "/privacy/requests/new?type=delete",
            "/privacy/requests/new?type=correct",
            "/privacy/requests/new?type=know-specific",
            statusPath,
            "/privacy/requests/status/" + "Z".repeat(43),
            "/privacy/do-not-sell");
    List<String> problems = new ArrayList<>();
    try {
      // The switcher's link: the choice is remembered for every page after it (issue 15 item 5).
      driver.get(server.url("/privacy/requests?lang=es"));
      for (int width : List.of(390, 1280)) {
        resize(driver, width);
        for (String page : pages) {
          driver.get(server.url(page));
          Object lang = driver.executeScript("return document.documentElement.lang");
          if (!"es".equals(lang)) {
            problems.add(page + " is not in Spanish: lang=" + lang);
          }
          check(page + " (es)", width, problems);
          if (page.equals("/privacy/requests")) {
            screenshot("privacy-center-es-" + width);
          }
        }
        driver.get(server.url("/privacy/requests/new?type=delete"));
        driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.titleContains("Error: "));
        check("the form with errors (es)", width, problems);
        driver.findElement(By.id("subject-name")).sendKeys("Juana Ancho");
        driver.findElement(By.id("subject-email")).sendKeys("juana.ancho@example.com");
        driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        assertThat(driver.findElement(By.tagName("h1")).getText())
            .isEqualTo("Recibimos su solicitud");
        check("the confirmation (es)", width, problems);
        // The cookie tool speaks the page's language: its settings dialog, opened from the header.
        driver.get(server.url("/privacy/do-not-sell"));
        wait(driver)
            .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-rightful-open]")))
            .click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("rf-title")));
        assertThat(driver.findElement(By.id("rf-title")).getText())
            .isEqualTo("Configuración de cookies");
        check("the cookie settings dialog (es)", width, problems);
      }
    } finally {
      // The other walks read English: forget the choice.
      driver.manage().deleteAllCookies();
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void no_console_page_scrolls_sideways_at_any_width_and_each_passes_axe() {
    ChromeDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    List<String> problems = new ArrayList<>();
    for (int width : WIDTHS) {
      resize(driver, width);
      driver.get(server.url("/admin/login"));
      check("/admin/login", width, problems);
    }
    resize(driver, 1280);
    driver.findElement(By.id("username")).sendKeys("ada");
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait(driver).until(ExpectedConditions.urlToBe(server.url("/admin")));
    List<String> pages =
        List.of(
            "/admin",
            "/admin/requests",
            "/admin/requests?status=all",
            "/admin/requests/new",
            "/admin/requests/" + request.id(),
            "/admin/requests/" + request.id() + "/consumer",
            "/admin/requests?q=" + request.reference(),
            "/admin/notices/overdue",
            "/admin/datamap",
            "/admin/assessments",
            "/admin/requests/999999999",
            "/admin/metrics",
            "/admin/holds");
    for (int width : WIDTHS) {
      resize(driver, width);
      for (String page : pages) {
        driver.get(server.url(page));
        check(page, width, problems);
        if (page.equals("/admin/requests") && SHOT_WIDTHS.contains(width)) {
          screenshot("console-queue-" + width);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Records what is wrong with the current page at this width: sideways scroll, axe findings. */
  private static void check(String page, int width, List<String> problems) {
    ChromeDriver driver = browser.driver();
    Number inner = (Number) driver.executeScript("return window.innerWidth");
    assertThat(inner.intValue()).as("the viewport of the emulated screen").isEqualTo(width);
    @SuppressWarnings("unchecked")
    Map<String, Object> sizes =
        (Map<String, Object>)
            driver.executeScript(
                "const d = document.documentElement;"
                    + "const wide = [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > d.clientWidth + 0.5)"
                    + ".filter(e => !e.closest('.rf-scroll, .scroll'))"
                    + ".slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (e.className && e.className.baseVal === undefined"
                    + " ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));"
                    + "return {scroll: d.scrollWidth, client: d.clientWidth, wide: wide.join(' ')};");
    long scroll = ((Number) sizes.get("scroll")).longValue();
    long client = ((Number) sizes.get("client")).longValue();
    if (scroll > client) {
      problems.add(
          page + " at " + width + " px is " + scroll + " px wide (" + sizes.get("wide") + ")");
    }
    // GOV.UK's typeface is not ours to use: no page may ask for it.
    Object fonts =
        driver.executeScript(
            "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/fonts/')).join(' ')");
    if (!String.valueOf(fonts).isEmpty()) {
      problems.add(page + " at " + width + " px loads fonts: " + fonts);
    }
    List<String> axe = browser.seriousAccessibilityViolations();
    if (!axe.isEmpty()) {
      problems.add(page + " at " + width + " px: " + axe);
    }
  }

  /** Emulates a screen this many CSS pixels wide (a window alone cannot be made this narrow). */
  private static void resize(ChromeDriver driver, int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    // As on a phone, the scroll bar takes no width: the page has the whole screen.
    driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
  }

  /** A full-page PNG, kept in target/screenshots and, when asked, in docs/screenshots. */
  private static void screenshot(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> shot =
        browser
            .driver()
            .executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    try {
      Path target = Path.of("target/screenshots");
      Files.createDirectories(target);
      Files.write(target.resolve(name + ".png"), png);
      if (Boolean.getBoolean("updateScreenshots")) {
        Path docs = Repo.root().resolve("docs/screenshots");
        Files.createDirectories(docs);
        Files.write(docs.resolve(name + ".png"), png);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static WebDriverWait wait(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }
}
