package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.retention.Hold;
import dev.rightful.retention.Holds;
import dev.rightful.staff.Role;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin, in real headless Chromium, places a legal hold from the console, is told what to fix
 * when a field is missing, sees the hold listed and releases it; an auditor sees the list without
 * the form. Every page passes axe-core.
 */
class HoldsConsoleBrowserTest {
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    var users = server.app().services().staff().users();
    users.create("grace", Role.ADMIN, ConsoleClient.PASSWORD, "test");
    users.create("ida", Role.AUDITOR, ConsoleClient.PASSWORD, "test");
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  private static void signIn(WebDriver driver, String username) {
    driver.manage().deleteAllCookies();
    driver.get(server.url("/admin/login"));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(ConsoleClient.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin")));
  }

  @Test
  void an_admin_places_a_hold_fixes_a_missing_field_and_releases_it() {
    WebDriver driver = browser.driver();
    signIn(driver, "grace");
    driver.findElement(By.linkText("Legal holds")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("hold-form")));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // A consumer hold without the identifier: refused, the field named.
    new Select(driver.findElement(By.id("hold-kind"))).selectByValue("email");
    driver.findElement(By.id("hold-reason")).sendKeys("Raman v. Net2Phone");
    WebElement form = driver.findElement(By.id("hold-form"));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.stalenessOf(form));
    assertThat(driver.findElement(By.id("hold-value-error")).getText())
        .isEqualTo("Give the consumer's identifier.");
    assertThat(driver.findElement(By.id("hold-reason")).getAttribute("value"))
        .isEqualTo("Raman v. Net2Phone");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("hold-value")).sendKeys("Priya.Raman@example.net");
    form = driver.findElement(By.id("hold-form"));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.urlContains("done=placed"));
    assertThat(driver.findElement(By.id("hold-notice")).getText()).isEqualTo("Hold placed.");
    WebElement row = driver.findElement(By.cssSelector("#holds tbody tr"));
    assertThat(row.getText())
        .contains("Consumer, email priya.raman@example.net", "Active", "by staff:grace");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    List<Hold> stored =
        new Holds(
                server.app().services().database().jdbi(),
                server.app().services().pi(),
                TestServer.CLOCK)
            .list();
    assertThat(stored).singleElement().extracting(Hold::placedBy).isEqualTo("staff:grace");
    long id = stored.get(0).id();

    driver.findElement(By.id("release-" + id)).click();
    waitFor(driver, ExpectedConditions.urlContains("done=released"));
    assertThat(driver.findElement(By.cssSelector("#holds tbody tr")).getText())
        .contains("Released");
    assertThat(driver.findElements(By.id("release-" + id))).isEmpty();
    assertThat(server.app().services().audit().list("legal-hold", Long.toString(id)))
        .extracting(e -> e.action())
        .containsExactly("retention.hold-placed", "retention.hold-released");

    // An auditor reads the list; the form and the buttons are not there.
    signIn(driver, "ida");
    driver.get(server.url("/admin/holds"));
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("holds")));
    assertThat(driver.findElements(By.id("hold-form"))).isEmpty();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  private static <T> void waitFor(WebDriver driver, ExpectedCondition<T> condition) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }
}
