package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Browser;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs in through the real form in headless Chromium, with the accessibility check. */
class ConsoleBrowserTest {
  static ConsoleServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = ConsoleServer.start(false);
    server.staff.user("alice", Role.AUDITOR);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void a_person_signs_in_through_the_form_and_out_again_without_javascript_help() {
    WebDriver driver = browser.driver();
    driver.get(server.url("/admin"));
    assertThat(driver.getCurrentUrl()).isEqualTo(server.url("/admin/login"));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("username")).sendKeys("alice");
    driver.findElement(By.id("password")).sendKeys("not the password");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
    assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
        .isEqualTo("Wrong username or password.");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin")));
    assertThat(driver.findElement(By.id("staff-username")).getText()).isEqualTo("alice");
    assertThat(driver.findElement(By.id("staff-role")).getText()).isEqualTo("auditor");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.cssSelector("form[action='/admin/logout'] button")).click();
    waitFor(driver, ExpectedConditions.urlContains("signed-out"));
    assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("You have signed out.");
    driver.get(server.url("/admin"));
    assertThat(driver.getCurrentUrl()).isEqualTo(server.url("/admin/login"));
  }

  private static <T> void waitFor(
      WebDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }
}
