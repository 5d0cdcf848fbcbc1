package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.mail.MailKind;
import dev.rightful.testing.Browser;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Jane Doe, in real headless Chromium, asks for deletion in the privacy center, asks for a code on
 * her status page, reads it from the mail, enters it, and sees her identity verified against the
 * demo company's records. Every page passes axe-core.
 */
class VerifyByCodeBrowserTest {
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server =
        TestServer.startWithCompany(
            Repo.exampleMap(),
            TestDatabase.withDemo(TestDatabase.Kind.H2, "verify_browser").target(),
            TestServer.CLOCK);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void jane_submits_a_deletion_reads_her_code_from_the_mail_and_is_verified() {
    WebDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    driver.get(server.url("/privacy/requests/new?type=delete"));
    driver.findElement(By.id("subject-name")).sendKeys("Jane Doe");
    driver.findElement(By.id("subject-email")).sendKeys("jane.doe@example.com");
    driver.findElement(By.id("subject-phone")).sendKeys("+1 415-555-0100");
    driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("reference")));
    String reference = driver.findElement(By.id("reference")).getText();
    driver.findElement(By.id("status-link")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("send-code")));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("send-code")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("verify-notice")));
    assertThat(driver.findElement(By.id("verify-notice")).getText()).contains("six-digit code");

    // A wrong code first: refused, and the page says to ask for a new one.
    driver.findElement(By.id("code")).sendKeys("000000");
    driver.findElement(By.id("check-code")).click();
    waitFor(
        driver,
        ExpectedConditions.textToBePresentInElementLocated(By.id("verify-notice"), "wrong"));

    // The page that said "wrong" has the same fields: wait until it is gone and the new page says
    // a code was sent, or the next line can type into the old page while the new one loads.
    WebElement wrongPage = driver.findElement(By.id("verify-notice"));
    driver.findElement(By.id("send-code")).click();
    waitFor(driver, ExpectedConditions.stalenessOf(wrongPage));
    waitFor(
        driver,
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("verify-notice"), "six-digit code"));
    driver.findElement(By.id("code")).sendKeys(latestCode(reference));
    driver.findElement(By.id("check-code")).click();
    waitFor(
        driver,
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("verify-notice"), "verified your identity"));
    assertThat(driver.findElement(By.id("timeline")).getText())
        .contains("We verified your identity.");
    assertThat(driver.findElement(By.id("request-status")).getText()).isEqualTo("In progress");
    assertThat(driver.findElements(By.id("send-code"))).as("no code step once verified").isEmpty();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  /** The code in the newest one-time-code mail for the request, read from the (dev) outbox. */
  private static String latestCode(String reference) {
    String body =
        server.app().services().outbox().list(500).stream()
            .filter(m -> reference.equals(m.requestId()) && m.kind() == MailKind.ONE_TIME_CODE)
            .reduce((first, second) -> first.id() > second.id() ? first : second)
            .orElseThrow(() -> new AssertionError("no code mail for " + reference))
            .body();
    Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
    assertThat(code.find()).as("a six-digit code in the mail").isTrue();
    return code.group(1);
  }

  private static <T> void waitFor(
      WebDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }
}
