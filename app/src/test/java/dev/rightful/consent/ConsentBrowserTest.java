package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.iab.gpp.encoder.GppModel;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cookie tool in real headless Chromium, embedded in a company site on another origin of the
 * same site (localhost, another port), as www.example.com and privacy.example.com would be.
 */
class ConsentBrowserTest {
  static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Example Shop</title>
      <script src="%s/consent.js"></script>
      <script type="text/plain" data-rightful-purpose="share" src="/ads.js"></script>
      <script type="text/plain" data-rightful-purpose="sale share" src="/pixel.js"></script>
      <script src="/app.js"></script>
      </head><body><main><h1>Example Shop</h1>
      <p>Privacy: <span data-rightful-status></span></p>
      <p><button type="button" data-rightful-open hidden>Cookie settings</button></p>
      </main></body></html>
      """;

  @TempDir static Path dir;
  static Javalin site;
  static ConsentTestServer rightful;
  Browser browser;
  ChromeDriver driver;

  @BeforeAll
  static void start() {
    String[] rightfulUrl = new String[1];
    site =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/", ctx -> ctx.html(PAGE.formatted(rightfulUrl[0])));
                  config.routes.get(
                      "/ads.js",
                      ctx ->
                          ctx.contentType("text/javascript")
                              .result("window.adsLoaded = (window.adsLoaded || 0) + 1;"));
                  config.routes.get(
                      "/pixel.js",
                      ctx ->
                          ctx.contentType("text/javascript")
                              .result("window.pixelLoaded = (window.pixelLoaded || 0) + 1;"));
                  config.routes.get(
                      "/app.js",
                      ctx -> ctx.contentType("text/javascript").result("window.appLoaded = true;"));
                })
            .start("127.0.0.1", 0);
    rightful =
        new ConsentTestServer(
            TestMaps.sellsAndShares(dir, "http://127.0.0.1:9/hook"),
            TestClock.at("2026-03-02"),
            Set.of("http://localhost:" + site.port()));
    rightfulUrl[0] = rightful.url("");
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

  String shop() {
    return "http://localhost:" + site.port() + "/";
  }

  /** Loads the shop and waits for the cookie tool to have the browser's state. */
  void visitShop() {
    driver.get(shop());
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> driver.executeScript("return !!(window.Rightful && Rightful.state())"));
  }

  Object js(String script) {
    return driver.executeScript(script);
  }

  String deviceKey() {
    driver.get(rightful.url("/consent/consent.css"));
    return "device:" + driver.manage().getCookieNamed(DeviceCookie.NAME).getValue();
  }

  List<LedgerEvent> ledger() {
    return rightful.module.service().history(deviceKey());
  }

  void sendGpcHeader(boolean on) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", on ? Map.of("Sec-GPC", "1") : Map.of()));
  }

  void setNavigatorGpc() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl',"
                + " {get: () => true, configurable: true});"));
  }

  @Test
  void the_banner_shows_allowed_scripts_run_and_opting_out_holds_them_back() {
    visitShop();
    assertThat(js("return window.appLoaded")).isEqualTo(true);
    assertThat(js("return window.adsLoaded")).isEqualTo(1L);
    WebElement banner = driver.findElement(By.cssSelector(".rf-banner"));
    assertThat(banner.getText()).contains("California law counts as selling or sharing");
    // 7012: the first layer carries the cookies' own notice at collection, a line and its link.
    assertThat(banner.getText())
        .contains("Through cookies on this site we collect identifiers such as your name");
    assertThat(banner.findElement(By.linkText("Notice at collection")).getAttribute("href"))
        .endsWith("/notice/collection/cookies");
    banner.findElement(By.xpath(".//button[text()='Do not sell or share my information']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                driver.executeScript(
                    "return window.adsLoaded === undefined && !!(window.Rightful && Rightful.state())"));
    assertThat(driver.findElements(By.cssSelector(".rf-banner"))).isEmpty();
    assertThat(js("return window.pixelLoaded")).isNull();
    assertThat(ledger())
        .extracting(LedgerEvent::source, LedgerEvent::choice)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(ChoiceSource.COOKIE_TOOL, Choice.OPT_OUT));
  }

  @Test
  void gpc_sent_as_a_header_is_honored_on_the_privacy_center_and_survives_a_visit_without_it() {
    sendGpcHeader(true);
    driver.get(rightful.url("/privacy/do-not-sell"));
    assertThat(driver.findElement(By.cssSelector(".rf-status")).getText())
        .contains("Opt-Out Request Honored", "Global Privacy Control");
    assertThat(ledger()).extracting(LedgerEvent::source).containsOnly(ChoiceSource.GPC).hasSize(2);
    visitShop();
    assertThat(js("return window.adsLoaded")).isNull();
    assertThat(driver.findElement(By.cssSelector("[data-rightful-status]")).getText())
        .isEqualTo("Opt-Out Request Honored");

    sendGpcHeader(false);
    visitShop();
    assertThat(js("return window.adsLoaded")).isNull();
    assertThat(js("return Rightful.state().purposes[0].reason")).isEqualTo("gpc-signal");
    assertThat(ledger()).hasSize(2);
  }

  @Test
  void gpc_in_javascript_opts_out_and_the_settings_show_the_toggles_off_and_why() {
    setNavigatorGpc();
    visitShop();
    assertThat(js("return window.adsLoaded")).isNull();
    assertThat(driver.findElement(By.cssSelector("[data-rightful-status]")).getText())
        .isEqualTo("Opt-Out Request Honored");
    assertThat(driver.findElements(By.cssSelector(".rf-banner"))).isEmpty();
    driver.findElement(By.cssSelector("[data-rightful-open]")).click();
    WebElement sale = driver.findElement(By.id("rf-sale"));
    assertThat(sale.isSelected()).isFalse();
    assertThat(sale.isEnabled()).isFalse();
    assertThat(driver.findElement(By.cssSelector(".rf-dialog")).getText())
        .contains("Opt-Out Request Honored", "turn off Global Privacy Control");
    assertThat(driver.findElement(By.id("rf-sensitive")).isEnabled()).isTrue();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(ledger())
        .extracting(LedgerEvent::detail)
        .containsOnly("navigator.globalPrivacyControl");
  }

  @Test
  void opting_back_in_takes_a_request_and_a_separate_confirmation() {
    visitShop();
    driver.findElement(By.xpath("//button[text()='Do not sell or share my information']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                driver.executeScript(
                    "return window.adsLoaded === undefined && !!(window.Rightful && Rightful.state())"));
    driver.findElement(By.cssSelector("[data-rightful-open]")).click();
    driver.findElement(By.id("rf-share")).click();
    driver.findElement(By.xpath("//button[text()='Save choices']")).click();
    WebElement confirm =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(d -> d.findElement(By.xpath("//button[text()='Confirm']")));
    assertThat(driver.findElement(By.id("rf-confirm")).getText())
        .contains("You asked to allow sharing", "opt out again at any time");
    assertThat(js("return window.adsLoaded")).isNull();
    confirm.click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> driver.executeScript("return window.adsLoaded === 1"));
    assertThat(js("return window.pixelLoaded")).isNull();
    assertThat(rightful.module.service().decide(deviceKey(), ConsentPurpose.SHARE).reason())
        .isEqualTo(Reason.OPTED_IN);
  }

  @Test
  void the_gpp_cmp_api_reports_the_ledger_state() throws Exception {
    setNavigatorGpc();
    visitShop();
    @SuppressWarnings("unchecked")
    Map<String, Object> ping =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; __gpp('ping', r => done(r));");
    assertThat(ping.get("signalStatus")).isEqualTo("ready");
    assertThat(ping.get("supportedAPIs")).isEqualTo(List.of("7:usnat", "8:usca"));
    GppModel model = new GppModel((String) ping.get("gppString"));
    assertThat(model.getUsCaSection().getSaleOptOut()).isEqualTo(1);
    assertThat(model.getUsCaSection().getGpc()).isTrue();
    Object field =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " __gpp('getField', v => done(v), 'usnat.SharingOptOut');");
    assertThat(field).isEqualTo(1L);
    Object usp =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " __uspapi('getUSPData', 1, d => done(d.uspString));");
    assertThat(usp).isEqualTo("1YYN");
  }

  @Test
  void the_do_not_sell_form_works_without_javascript_and_is_accessible() {
    driver.get(rightful.url("/privacy/do-not-sell"));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    driver.get(rightful.url("/privacy/do-not-sell"));
    driver.findElement(By.id("rf-email")).sendKeys("jane@example.com");
    driver.findElement(By.cssSelector("form.rf-form button[type=submit]")).click();
    // A wait for the answer page to arrive, not an assertion about time.
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".rf-status")));
    assertThat(driver.findElement(By.cssSelector(".rf-status")).getText())
        .contains("Opt-Out Request Honored", "March 23, 2026");
    assertThat(
            rightful
                .module
                .service()
                .decide(
                    rightful.module.service().key(ConsentSubject.email("jane@example.com")),
                    ConsentPurpose.SALE)
                .allowed())
        .isFalse();
    assertThat(ledger()).extracting(LedgerEvent::source).containsOnly(ChoiceSource.OPT_OUT_FORM);
  }
}
