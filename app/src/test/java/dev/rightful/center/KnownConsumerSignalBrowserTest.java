package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.consent.ConsentPurpose;
import dev.rightful.consent.ConsentSubject;
import dev.rightful.consent.LedgerEvent;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A consumer whose browser sends Global Privacy Control makes a request in headless Chromium and
 * opens its status page: the page shows "Opt-Out Request Honored" and the consumer, not only the
 * browser, is opted out (7025(c)(1),(6)). Chromium sends {@code Sec-GPC: 1} on every request once
 * the DevTools protocol adds it, as a browser with GPC switched on does.
 */
class KnownConsumerSignalBrowserTest {
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void the_status_page_of_a_consumer_with_gpc_shows_the_opt_out_honored() {
    ChromeDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Sec-GPC", "1")));
    String email = "gina.gpc@example.com";

    driver.get(server.url("/privacy/requests/new?type=delete"));
    driver.findElement(By.id("subject-name")).sendKeys("Gina Signal");
    driver.findElement(By.id("subject-email")).sendKeys(email);
    driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
    waitFor(driver, By.id("status-link"));
    driver.findElement(By.id("status-link")).click();
    waitFor(driver, By.id("timeline"));

    WebElement status = driver.findElement(By.id("gpc-status"));
    assertThat(status.isDisplayed()).isTrue();
    assertThat(status.getAttribute("role")).isEqualTo("status");
    assertThat(status.findElement(By.tagName("h2")).getText()).isEqualTo("Opt-Out Request Honored");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("a[href='/privacy/limit']"))).isEmpty();

    String key = server.app().services().consent().service().key(ConsentSubject.email(email));
    List<LedgerEvent> ledger = server.app().services().consent().service().history(key);
    assertThat(ledger)
        .extracting(LedgerEvent::purpose)
        .containsExactlyInAnyOrder(ConsentPurpose.SALE, ConsentPurpose.SHARE);

    // Reloading the page keeps showing the state and records nothing more.
    driver.navigate().refresh();
    waitFor(driver, By.id("gpc-status"));
    assertThat(server.app().services().consent().service().history(key)).hasSize(2);

    driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
  }

  private static void waitFor(ChromeDriver driver, By element) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }
}
