package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.requests.Channel;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of staff in headless Chromium takes a request by phone, finds it in the queue, opens it
 * and extends it, with the axe-core check on every page on the way.
 */
class RequestConsoleBrowserTest {
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    server
        .app()
        .services()
        .staff()
        .users()
        .create("ada", Role.ADMIN, ConsoleClient.PASSWORD, "test");
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void staff_enter_a_phone_request_find_it_in_the_queue_and_extend_it() {
    WebDriver driver = browser.driver();
    driver.get(server.url("/admin/login"));
    driver.findElement(By.id("username")).sendKeys("ada");
    driver.findElement(By.id("password")).sendKeys(ConsoleClient.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin")));

    driver.findElement(By.linkText("Enter a request taken by phone")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin/requests/new")));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // A first try without the name: the form comes back with the error at the field.
    new Select(driver.findElement(By.id("type"))).selectByValue("delete");
    driver.findElement(By.id("subject-email")).sendKeys("caller@example.com");
    driver.findElement(By.id("subject-phone")).sendKeys("+1 866 555 0142");
    submit(driver, "/admin/requests/new");
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("subject-name-error")));
    assertThat(driver.findElement(By.cssSelector(".error-summary")).getAttribute("role"))
        .isEqualTo("alert");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("subject-name")).sendKeys("Carla Caller");
    submit(driver, "/admin/requests/new");
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("caller-reference")));
    String reference = driver.findElement(By.id("caller-reference")).getText();
    assertThat(driver.findElement(By.id("caller-due")).getText())
        .isEqualTo("Tuesday, January 12, 2027");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.linkText("Request queue")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin/requests")));
    assertThat(
            driver.findElement(By.cssSelector("tr[data-reference='" + reference + "']")).getText())
        .contains("delete", "phone", "2027-01-12", "pending");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.linkText(reference)).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("extend-days")));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    driver.findElement(By.id("extend-days")).clear();
    driver.findElement(By.id("extend-days")).sendKeys("30");
    driver.findElement(By.id("extend-reason")).sendKeys("The records are in an archive.");
    submit(driver, "/extend");
    waitFor(driver, ExpectedConditions.urlContains("done=extended"));
    assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
        .startsWith("Extended.");
    assertThat(driver.findElement(By.id("request-due")).getText())
        .startsWith("2027-02-11")
        .contains("The records are in an archive.");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    RightsRequest stored =
        server.app().services().requests().queue(null, 100).stream()
            .filter(r -> r.reference().equals(reference))
            .findFirst()
            .orElseThrow();
    assertThat(stored.channel()).isEqualTo(Channel.PHONE);
    assertThat(stored.extendedDueBy()).isEqualTo(LocalDate.of(2027, 2, 11));

    driver.findElement(By.linkText("Metrics (§7102)")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("metrics")));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  /** Clicks the submit button of the form whose action ends with {@code action}. */
  private static void submit(WebDriver driver, String action) {
    driver
        .findElement(By.cssSelector("form[action$='" + action + "'] button[type=submit]"))
        .click();
  }

  private static <T> void waitFor(WebDriver driver, ExpectedCondition<T> condition) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }
}
