package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.mail.MailKind;
import dev.rightful.mail.OutboxEntry;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.agent.AgentPermissions;
import dev.rightful.requests.agent.PermissionFile;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A consumer and an agent use the privacy center in headless Chromium: choose, fill in, fix errors,
 * send, read the confirmation, follow the status link; and the consumer confirms the agent from the
 * link in their email. Every page passes axe-core without serious violations.
 */
class PrivacyCenterBrowserTest {
  static TestServer server;
  static Browser browser;

  @TempDir static Path files;

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
  void a_consumer_asks_for_deletion_fixes_the_form_and_follows_the_status_link() {
    WebDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    driver.get(server.url("/privacy/requests"));
    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.cssSelector("label[for=type-delete]")).click();
    driver.findElement(By.cssSelector("form[action='/privacy/requests/new'] button")).click();
    waitFor(driver, ExpectedConditions.urlContains("/privacy/requests/new?type=delete"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Delete my personal information");
    assertThat(driver.findElements(By.name("lookback.scope"))).isEmpty();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("subject-email")).sendKeys("jane.browser@example");
    submit(driver);
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
    assertThat(driver.getTitle()).startsWith("Error: ");
    assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("error-summary");
    assertThat(driver.findElement(By.id("subject-email")).getAttribute("value"))
        .isEqualTo("jane.browser@example");
    assertThat(driver.findElement(By.id("subject-name")).getAttribute("aria-describedby"))
        .isEqualTo("subject-name-error");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("subject-name")).sendKeys("Jane Browser");
    WebElement email = driver.findElement(By.id("subject-email"));
    email.clear();
    email.sendKeys("jane.browser@example.com");
    submit(driver);
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("reference")));
    String reference = driver.findElement(By.id("reference")).getText();
    assertThat(reference).matches("R-[0-9A-Z]{8}");
    assertThat(driver.findElement(By.id("due-by")).getText())
        .isEqualTo("Tuesday, January 12, 2027");
    assertThat(driver.findElement(By.id("acknowledge-by")).getText())
        .isEqualTo("Friday, December 11, 2026");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("status-link")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    String statusPath = URI.create(driver.getCurrentUrl()).getPath();
    assertThat(statusPath).matches("/privacy/requests/status/[A-Za-z0-9_-]{43}");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Your request " + reference);
    assertThat(driver.findElement(By.id("request-status")).getText()).isEqualTo("Received");
    assertThat(driver.findElement(By.id("timeline")).getText())
        .contains("We received your request to delete your personal information.");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // The receipt in the outbox carries the same status link.
    OutboxEntry receipt = mail(reference, MailKind.RECEIPT);
    assertThat(receipt.to()).isEqualTo("jane.browser@example.com");
    assertThat(receipt.body()).contains(statusPath + "\n");
  }

  @Test
  void an_agent_sends_a_request_with_signed_permission_and_the_consumer_confirms_it()
      throws Exception {
    WebDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    driver.get(server.url("/privacy/requests/new?type=delete"));
    driver.findElement(By.id("subject-name")).sendKeys("Carla Consumer");
    driver.findElement(By.id("subject-email")).sendKeys("carla.browser@example.com");
    driver.findElement(By.cssSelector("label[for=requester-agent]")).click();
    driver.findElement(By.id("requester-name")).sendKeys("Agnes Agent");
    driver.findElement(By.id("requester-email")).sendKeys("agnes.browser@agents.example");
    driver.findElement(By.cssSelector("label[for=authority-signed-permission]")).click();
    Path permission = Files.writeString(files.resolve("permission.pdf"), "%PDF-1.4\n% signed\n");
    driver.findElement(By.id("permission")).sendKeys(permission.toString());
    submit(driver);
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("reference")));
    assertThat(driver.findElement(By.id("agent-step")).getText())
        .contains("We have emailed the person this request is about");
    String reference = driver.findElement(By.id("reference")).getText();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    RightsRequest request =
        server.app().services().requests().queue(null, 1000).stream()
            .filter(r -> r.reference().equals(reference))
            .findFirst()
            .orElseThrow();
    var services = server.app().services();
    AgentPermissions permissions = new AgentPermissions(services.pi(), services.clock());
    Optional<PermissionFile> kept =
        services.database().jdbi().withHandle(h -> permissions.find(h, request.id()));
    assertThat(kept.map(PermissionFile::mediaType)).hasValue("application/pdf");

    // The consumer opens the link from their email in their own browser.
    OutboxEntry mail = mail(reference, MailKind.AGENT_CONFIRMATION);
    assertThat(mail.to()).isEqualTo("carla.browser@example.com");
    String link = PrivacyCenterTest.confirmLink(mail);
    driver.manage().deleteAllCookies();
    driver.get(server.url(link));
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("confirm-title")));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    driver.findElement(By.cssSelector("form[method=post] button")).click();
    waitFor(driver, ExpectedConditions.not(ExpectedConditions.urlContains("confirm-agent")));
    assertThat(driver.findElement(By.id("agent-step")).getText())
        .isEqualTo("The person this request is about confirmed the agent's permission.");
    assertThat(driver.findElement(By.id("timeline")).getText())
        .contains("You confirmed that your agent may act for you.");
    assertThat(driver.findElements(By.cssSelector("form[action*=confirm-agent]"))).isEmpty();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(server.app().services().requests().get(request.id()).agentConfirmed()).isTrue();
  }

  @Test
  void an_unknown_status_link_shows_an_accessible_not_found_page() {
    WebDriver driver = browser.driver();
    driver.get(server.url("/privacy/requests/status/" + "Z".repeat(43)));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  private static void submit(WebDriver driver) {
    driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
  }

  private static OutboxEntry mail(String reference, MailKind kind) {
    return server.app().services().outbox().list(500).stream()
        .filter(m -> reference.equals(m.requestId()) && m.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " mail for " + reference));
  }

  private static <T> void waitFor(WebDriver driver, ExpectedCondition<T> condition) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }
}
