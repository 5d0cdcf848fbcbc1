package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Recipient;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RightsRequest;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of staff in headless Chromium searches the queue, sorts it, assigns a request, opens the
 * consumer's page, the vendor notices overdue and the data map, with the axe-core check on every
 * page on the way.
 */
class ConsoleFindBrowserTest {
  static TestServer server;
  static Services services;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    services = server.app().services();
    services.staff().users().create("ada", Role.ADMIN, ConsoleClient.PASSWORD, "test");
    browser = Browser.start();
    WebDriver driver = browser.driver();
    driver.get(server.url("/admin/login"));
    driver.findElement(By.id("username")).sendKeys("ada");
    driver.findElement(By.id("password")).sendKeys(ConsoleClient.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin")));
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void staff_find_jane_by_email_assign_her_request_and_open_her_consumer_page() {
    RightsRequest jane =
        ConsoleRequests.today(services, RequestType.DELETE, "jane@example.com", "Jane Doe");
    ConsoleRequests.today(services, RequestType.OPT_OUT, "joe@example.com", null);
    WebDriver driver = browser.driver();

    driver.findElement(By.linkText("Request queue")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("q")));
    driver.findElement(By.id("q")).sendKeys("JANE@example.com");
    driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("search-result")));
    assertThat(references(driver)).containsExactly(jane.reference());
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // Sorting by a column heading is a link: the same view in the other order.
    driver.get(server.url("/admin/requests?status=all"));
    driver.findElement(By.linkText("Type")).click();
    waitFor(driver, ExpectedConditions.urlContains("sort=type"));
    assertThat(driver.findElement(By.cssSelector("th[aria-sort=ascending]")).getText())
        .isEqualTo("Type");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.linkText(jane.reference())).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("assignee")));
    new Select(driver.findElement(By.id("assignee"))).selectByValue("ada");
    driver.findElement(By.cssSelector("form[action$='/assign'] button[type=submit]")).click();
    waitFor(driver, ExpectedConditions.urlContains("done=assigned"));
    assertThat(driver.findElement(By.id("request-assignee")).getText()).isEqualTo("ada");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("consumer-link")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("consumer-requests")));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.get(server.url("/admin/requests?mine=1"));
    assertThat(references(driver)).containsExactly(jane.reference());

    driver.findElement(By.linkText("Vendor notices overdue")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin/notices/overdue")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vendor notices overdue");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  void the_example_companys_data_map_renders_as_a_diagram_with_its_systems_and_recipients() {
    DataMap map = services.dataMap();
    WebDriver driver = browser.driver();
    driver.get(server.url("/admin"));
    driver.findElement(By.linkText("Data map")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("datamap-diagram")));

    WebElement svg = driver.findElement(By.id("datamap-diagram"));
    List<String> drawn =
        svg.findElements(By.cssSelector("g.node")).stream()
            .map(node -> node.getAttribute("data-id"))
            .toList();
    assertThat(map.systems()).isNotEmpty();
    assertThat(map.recipients()).isNotEmpty();
    for (DataSystem system : map.systems()) {
      assertThat(drawn).as("system " + system.id()).contains(system.id());
    }
    for (Recipient recipient : map.recipients()) {
      assertThat(drawn).as("recipient " + recipient.id()).contains(recipient.id());
    }
    assertThat(svg.findElements(By.cssSelector("path.flow"))).isNotEmpty();
    // The diagram is laid out for real: its boxes have size in the page.
    assertThat(svg.findElement(By.cssSelector("g.node.system rect")).getSize().getHeight())
        .isPositive();
    String table = driver.findElement(By.id("datamap-flows")).getText();
    for (DataSystem system : map.systems()) {
      assertThat(table).contains(system.name());
    }
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // One category's flow: only the boxes that hold or receive it.
    Recipient advertising =
        map.recipients().stream()
            .filter(r -> r.transfer().soldOrShared())
            .findFirst()
            .orElseThrow();
    String letter = advertising.categories().iterator().next().letter();
    driver.findElement(By.cssSelector("a[href='/admin/datamap?category=" + letter + "']")).click();
    waitFor(driver, ExpectedConditions.urlContains("category=" + letter));
    List<String> narrowed =
        driver.findElements(By.cssSelector("#datamap-diagram g.node.recipient")).stream()
            .map(node -> node.getAttribute("data-id"))
            .toList();
    assertThat(narrowed)
        .contains(advertising.id())
        .containsExactlyInAnyOrderElementsOf(
            map.recipients().stream()
                .filter(r -> r.categories().stream().anyMatch(c -> c.letter().equals(letter)))
                .map(Recipient::id)
                .toList());
    assertThat(driver.findElements(By.cssSelector("#datamap-flows tbody tr"))).hasSize(1);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.get(server.url("/admin/datamap?category=Z"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Unknown category");
  }

  @Test
  void the_example_companys_risk_assessment_is_listed_with_its_review_due_date() {
    WebDriver driver = browser.driver();
    driver.get(server.url("/admin"));
    driver.findElement(By.linkText("Risk assessments")).click();
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("assessments")));

    WebElement row =
        driver.findElement(By.cssSelector("#assessments tr[data-id='ad-partners-sale-share']"));
    // examples/net2phone/assessments/ad-partners.yaml: last reviewed 2026-03-02, so due three
    // years on.
    assertThat(row.getText())
        .contains("recipient ad-partners")
        .contains("2026-03-02")
        .contains("2029-03-02");
    assertThat(driver.findElement(By.id("assessments-missing")).getText())
        .startsWith("Every sale, share and use of sensitive personal information");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  private static List<String> references(WebDriver driver) {
    return driver.findElements(By.cssSelector("table.queue tbody tr")).stream()
        .map(row -> row.getAttribute("data-reference"))
        .toList();
  }

  private static <T> void waitFor(
      WebDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    // A wait for the page to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }
}
