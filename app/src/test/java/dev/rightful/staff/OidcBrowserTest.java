package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on in headless Chromium, which enforces SameSite: the provider (on localhost) and
 * Rightful (on 127.0.0.1) are different sites, so the pre-session cookie must survive the
 * cross-site return and the Strict session cookie must reach the console after it.
 */
class OidcBrowserTest {
  private static MockOAuth2Server idp;
  private static TestServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    idp = new MockOAuth2Server();
    idp.start();
    server =
        TestServer.startWithSso(
            publicUrl ->
                new OidcSettings(
                    idp.issuerUrl("staff").uri(),
                    "rightful-console",
                    null,
                    "groups",
                    RoleMap.parse("admin=privacy-admins,auditor=privacy-auditors"),
                    "Example SSO",
                    URI.create(publicUrl + "/admin/oidc/callback"),
                    false));
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (idp != null) {
      idp.shutdown();
    }
  }

  @Test
  void a_person_signs_in_with_the_provider_and_lands_on_the_console() {
    idp.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "staff",
            "kim-sub",
            JOSEObjectType.JWT.getType(),
            List.of("rightful-console"),
            Map.of("preferred_username", "kim", "groups", List.of("privacy-auditors")),
            3600));
    WebDriver driver = browser.driver();
    driver.get(server.url("/admin"));
    assertThat(driver.getCurrentUrl()).isEqualTo(server.url("/admin/login"));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    driver.findElement(By.id("sso")).click();
    waitFor(driver, ExpectedConditions.urlToBe(server.url("/admin")));
    assertThat(driver.findElement(By.id("staff-username")).getText()).isEqualTo("kim");
    assertThat(driver.findElement(By.id("staff-role")).getText()).isEqualTo("auditor");
  }

  private static <T> void waitFor(
      WebDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    // A wait for the pages to arrive, not an assertion about time.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }
}
