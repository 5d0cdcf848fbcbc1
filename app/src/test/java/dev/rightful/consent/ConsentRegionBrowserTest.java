package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.iab.gpp.encoder.GppModel;
import com.iab.gpp.encoder.section.UsCa;
import com.iab.gpp.encoder.section.UsCo;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestClock;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /consent.js} in headless Chromium on a shop of another origin that tells the visitor's
 * state with {@code data-region}, for a company that meets Colorado's thresholds and collects
 * sensitive data: a Colorado visitor gets usco as the applicable section, Colorado's words and its
 * opt-in model for sensitive data; a Californian gets usca and California's right to limit.
 */
class ConsentRegionBrowserTest {
  static final String SHOP =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Example Shop</title>
      <script src="%s/consent.js" data-region="%s"></script>
      </head><body><main><h1>Example Shop</h1></main></body></html>
      """;

  @TempDir static Path dir;
  static Javalin site;
  static ConsentTestServer rightful;
  Browser browser;
  ChromeDriver driver;

  @BeforeAll
  static void start() {
    String[] url = new String[1];
    site =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get(
                      "/{state}/shop.html",
                      ctx -> ctx.html(SHOP.formatted(url[0], ctx.pathParam("state"))));
                })
            .start("127.0.0.1", 0);
    rightful =
        new ConsentTestServer(
            TestMaps.sellsAndSharesIn(dir, "http://127.0.0.1:9/hook", "CO"),
            TestClock.at("2026-03-02"),
            Set.of("http://localhost:" + site.port()));
    url[0] = rightful.url("");
  }

  @AfterAll
  static void stop() {
    rightful.close();
    site.stop();
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    driver = browser.driver();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> visitAndPing(String state) {
    driver.get("http://localhost:" + site.port() + "/" + state + "/shop.html");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript("return !!(window.Rightful && Rightful.state())")));
    return (Map<String, Object>)
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1]; __gpp('ping', r => done(r));");
  }

  String deviceKey() {
    driver.get(rightful.url("/consent/consent.css"));
    return "device:" + driver.manage().getCookieNamed(DeviceCookie.NAME).getValue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_colorado_visitor_gets_usco_colorados_words_and_its_opt_in_for_sensitive_data() {
    Map<String, Object> ping = visitAndPing("CO");
    assertThat(ping.get("applicableSections")).isEqualTo(List.of((long) UsCo.ID));
    assertThat(ping.get("supportedAPIs")).isEqualTo(List.of("7:usnat", "8:usca", "10:usco"));
    GppModel decoded = new GppModel((String) ping.get("gppString"));
    assertThat(decoded.hasSection(UsCo.NAME)).isTrue();
    assertThat(decoded.getUsCoSection().getSaleOptOut()).isEqualTo(2);
    assertThat(driver.findElement(By.cssSelector(".rf-banner")).getText())
        .contains(
            "Colorado law counts as selling your personal information or targeted advertising");
    // Sensitive data needs consent in Colorado (C.R.S. 6-1-1308(7)): off until the visitor allows
    // it
    Map<String, Object> sensitive =
        (Map<String, Object>)
            driver.executeScript(
                "return Rightful.state().purposes.find(p => p.id === 'sensitive')");
    assertThat(sensitive).containsEntry("allowed", false).containsEntry("reason", "no-consent");
    assertThat(decoded.getUsCoSection().getSensitiveDataProcessing()).containsOnly(1);

    // The decision endpoint and the vendors' string follow the same state.
    String device = deviceKey();
    assertThat(rightful.module.service().decide(device, ConsentPurpose.SENSITIVE).reason())
        .isEqualTo(Reason.NO_CONSENT);
    assertThat(
            rightful
                .module
                .gpp()
                .encode(rightful.module.service().currentState(device), TestClock.at("2026-03-02"))
                .applicableSections())
        .containsExactly(UsCo.ID);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_california_visitor_gets_usca_and_californias_right_to_limit() {
    Map<String, Object> ping = visitAndPing("CA");
    assertThat(ping.get("applicableSections")).isEqualTo(List.of((long) UsCa.ID));
    assertThat(driver.findElement(By.cssSelector(".rf-banner")).getText())
        .contains("California law counts as selling or sharing your personal information");
    Map<String, Object> sensitive =
        (Map<String, Object>)
            driver.executeScript(
                "return Rightful.state().purposes.find(p => p.id === 'sensitive')");
    assertThat(sensitive).containsEntry("allowed", true).containsEntry("reason", "not-opted-out");
    assertThat(rightful.module.service().decide(deviceKey(), ConsentPurpose.SENSITIVE).reason())
        .isEqualTo(Reason.NOT_OPTED_OUT);
  }
}
