package dev.rightful.journeys;

import dev.rightful.law.RequestType;
import dev.rightful.testing.Browser;
import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consumer fills in the privacy center's form in headless Chromium, follows the status link on
 * the confirmation page, and verifies there: "Email me a code", then the code from their mailbox.
 */
final class WebFormIntake implements Intake {
  /** What a consumer writes under "Which information is wrong", as the form's hint suggests. */
  static final String CORRECTION_FIELD = "Postal address";

  private final Browser browser;

  WebFormIntake(Browser browser) {
    this.browser = browser;
  }

  @Override
  public Submitted submit(Journey journey) {
    Consumer c = journey.consumer();
    RequestType type = journey.type();
    WebDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    driver.get(journey.server().server.url("/privacy/requests/new?type=" + type.id()));
    // Every field the form asks for (a Shine the Light or opt-out form asks for fewer).
    type(driver, "subject-email", c.email());
    type(driver, "subject-phone", c.phone());
    typeIfAsked(driver, "subject-name", c.name());
    typeIfAsked(driver, "subject-postalAddress", c.postalAddress());
    if (type == RequestType.KNOW_SPECIFIC) {
      driver.findElement(By.cssSelector("label[for=declaration-signed-yes]")).click();
      type(driver, "declaration-signedBy", c.name());
    }
    if (type == RequestType.CORRECT) {
      // Chosen by the consumer's words from the list the form offers.
      new Select(driver.findElement(By.id("corrections-0-field")))
          .selectByVisibleText(CORRECTION_FIELD);
      type(driver, "corrections-0-value", c.correctedAddress());
    }
    driver.findElement(By.cssSelector("#request-form button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("reference")));
    String reference = driver.findElement(By.id("reference")).getText();
    journey.seen("confirmation page", driver.findElement(By.tagName("main")).getText());
    driver.findElement(By.id("status-link")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    String status = URI.create(driver.getCurrentUrl()).getPath();
    journey
        .receipt(c.email(), reference)
        .ifPresent(
            receipt ->
                journey.expect(
                    receipt.links().contains(status),
                    "the receipt does not carry the status link " + status));
    return new Submitted(journey.server().idOf(reference), reference, status);
  }

  @Override
  public void verify(Journey journey, Submitted request) {
    WebDriver driver = browser.driver();
    driver.get(journey.server().server.url(request.statusPath()));
    click(driver, "send-code");
    String code = journey.nextMail(journey.consumer().email(), "verification code").code();
    driver.findElement(By.id("code")).sendKeys(code);
    click(driver, "check-code");
    journey.seen("status page after the code", driver.findElement(By.tagName("main")).getText());
  }

  /** Clicks a button that posts a form and waits for the page it leads to. */
  private static void click(WebDriver driver, String id) {
    org.openqa.selenium.WebElement page = driver.findElement(By.tagName("main"));
    driver.findElement(By.id(id)).click();
    waitFor(driver, gone(page));
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
  }

  /**
   * As {@link ExpectedConditions#stalenessOf}, also when Chromium, asked about an element of the
   * page being replaced, answers that the node "does not belong to the document" rather than that
   * it is stale: both say the old page is gone.
   */
  private static ExpectedCondition<Boolean> gone(org.openqa.selenium.WebElement page) {
    ExpectedCondition<Boolean> stale = ExpectedConditions.stalenessOf(page);
    return d -> {
      try {
        return stale.apply(d);
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  private static void typeIfAsked(WebDriver driver, String id, String text) {
    if (!driver.findElements(By.id(id)).isEmpty()) {
      type(driver, id, text);
    }
  }

  private static void type(WebDriver driver, String id, String text) {
    driver.findElement(By.id(id)).sendKeys(text);
  }

  private static <T> void waitFor(WebDriver driver, ExpectedCondition<T> condition) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }

  @Override
  public String toString() {
    return "web form";
  }
}
