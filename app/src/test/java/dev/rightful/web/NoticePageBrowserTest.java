package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML notice in real headless Chromium: its tables render and axe-core finds nothing serious.
 */
class NoticePageBrowserTest {
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
  void the_notice_renders_its_tables_with_the_reference_rows() {
    var driver = browser.driver();
    driver.get(server.url("/privacy/notice"));
    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    var tables = driver.findElements(By.tagName("table"));
    assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
    WebElement categories = tables.get(0);
    // 12 categories, one row each, plus the header row
    assertThat(categories.findElements(By.cssSelector("tbody tr"))).hasSize(12);
    assertThat(categories.getText()).contains("Identifiers", "Sensory data");
    assertThat(driver.getPageSource()).contains("Ad-network and advertising partners.");
    // The stylesheet applied under the strict CSP: a table cell has a visible border.
    String border = driver.findElement(By.cssSelector("td")).getCssValue("border-top-style");
    assertThat(border).isNotEqualTo("none");
  }

  @Test
  void the_notice_shows_the_rights_of_each_state_the_map_names() {
    var driver = browser.driver();
    driver.get(server.url("/privacy/notice"));
    var states = driver.findElements(By.cssSelector("#state-rights ~ section.state h3"));
    assertThat(states.stream().map(WebElement::getText))
        .containsExactly("Virginia", "Colorado", "Connecticut", "Texas", "Oregon", "New Jersey");
    assertThat(driver.findElement(By.id("state-CO")).isDisplayed()).isTrue();
  }

  @Test
  void the_notice_has_no_serious_accessibility_violations() {
    browser.driver().get(server.url("/privacy/notice"));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }
}
