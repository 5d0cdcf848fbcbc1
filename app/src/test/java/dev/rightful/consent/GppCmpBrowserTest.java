package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.iab.gpp.encoder.GppModel;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestClock;
import dev.rightful.web.Json;
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
 * {@code /consent.js} as the IAB GPP CMP in real headless Chromium, embedded in a shop on another
 * origin (localhost, another port), with an ad frame on a third (127.0.0.1) that knows nothing of
 * Rightful: it finds the CMP through {@code __gppLocator} and asks by {@code postMessage}, as ad
 * tech does.
 */
class GppCmpBrowserTest {
  static final int CMP_ID = 431;

  /** An IAB-style stub queues calls made before the CMP loads; the page listens to everything. */
  static final String SHOP =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Example Shop</title>
      <script>
        window.__gpp = function () { (window.__gpp.queue = window.__gpp.queue || []).push(arguments); };
        window.events = [];
        __gpp('addEventListener', function (e) {
          window.events.push(e.eventName + ':' + (typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
        });
        __gpp('getField', function (v, ok) { window.early = [v, ok]; }, 'usca.SaleOptOut');
        window.decisions = [];
        document.addEventListener('rightful:consent', function (e) { window.decisions.push(e.detail); });
        window.dataLayer = [];
        function gtag() { dataLayer.push(arguments); }
        document.cookie = '_fbp=fb.1; path=/';
        document.cookie = '_ga_X1=GS1; path=/shop';
        document.cookie = 'basket=3; path=/';
      </script>
      <script src="%s/consent.js"></script>
      </head><body><main><h1>Example Shop</h1>
      <iframe title="Advertisement" src="%s/ad.html"></iframe>
      </main></body></html>
      """;

  /** The ad: walks up the frames to the one holding __gppLocator and talks to it by message. */
  static final String AD =
      """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ad</title></head><body><script>
        window.returns = [];
        var cmp = null, tries = 0;
        function find() {
          for (var f = window; ; f = f.parent) {
            try { if (f.frames.__gppLocator) { cmp = f; break; } } catch (e) {}
            if (f === window.top) break;
          }
          if (!cmp) { if (tries++ < 100) setTimeout(find, 50); return; }
          cmp.postMessage({ __gppCall: { command: 'addEventListener', version: '1.1', callId: 'listen' } }, '*');
        }
        window.addEventListener('message', function (e) {
          var r = e.data && e.data.__gppReturn;
          if (!r) return;
          window.returns.push(r);
          var v = r.returnValue || {};
          var ready = v.eventName === 'signalStatus' ? v.data === 'ready'
            : v.eventName === 'listenerRegistered' && v.pingData.signalStatus === 'ready';
          if (r.callId === 'listen' && ready) {
            cmp.postMessage({ __gppCall: { command: 'ping', version: '1.1', callId: 'ping' } }, '*');
          }
        });
        find();
      </script></body></html>
      """;

  @TempDir static Path dir;
  static Javalin site;
  static ConsentTestServer rightful;
  Browser browser;
  ChromeDriver driver;

  @BeforeAll
  static void start() {
    String[] urls = new String[2];
    site =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get(
                      "/shop/deep/page.html", ctx -> ctx.html(SHOP.formatted(urls[0], urls[1])));
                  config.routes.get("/ad.html", ctx -> ctx.html(AD));
                })
            .start("127.0.0.1", 0);
    rightful =
        new ConsentTestServer(
            TestMaps.sellsAndSharesIn(dir, "http://127.0.0.1:9/hook", "CT"),
            TestClock.at("2026-03-02"),
            Set.of("http://localhost:" + site.port()),
            CMP_ID);
    urls[0] = rightful.url("");
    urls[1] = "http://127.0.0.1:" + site.port();
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

  Object js(String script) {
    return driver.executeScript(script);
  }

  void waitFor(String condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> Boolean.TRUE.equals(driver.executeScript("return !!(" + condition + ")")));
  }

  void visitShop(String host) {
    driver.get("http://" + host + ":" + site.port() + "/shop/deep/page.html");
  }

  void visitShop() {
    visitShop("localhost");
    waitFor("window.Rightful && Rightful.state()");
  }

  void setNavigatorGpc() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl',"
                + " {get: () => true, configurable: true});"));
  }

  String deviceKey() {
    driver.get(rightful.url("/consent/consent.css"));
    return "device:" + driver.manage().getCookieNamed(DeviceCookie.NAME).getValue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_ad_frame_on_another_origin_reads_the_gpp_string_through_the_locator() throws Exception {
    setNavigatorGpc();
    visitShop();
    driver.switchTo().frame(driver.findElement(By.cssSelector("iframe[title=Advertisement]")));
    assertThat(js("return location.origin")).isEqualTo("http://127.0.0.1:" + site.port());
    waitFor("window.returns.some(function (r) { return r.callId === 'ping'; })");
    List<Map<String, Object>> returns = (List<Map<String, Object>>) js("return window.returns");
    Map<String, Object> ping =
        (Map<String, Object>)
            returns.stream()
                .filter(r -> "ping".equals(r.get("callId")))
                .findFirst()
                .orElseThrow()
                .get("returnValue");
    driver.switchTo().defaultContent();
    assertThat(ping.get("cmpId")).isEqualTo((long) CMP_ID);
    String gpp = (String) ping.get("gppString");

    // The IAB's own decoder reads what the browser got; it matches the server's decision.
    GppModel model = new GppModel(gpp);
    String device = deviceKey();
    boolean saleAllowed = rightful.module.service().decide(device, ConsentPurpose.SALE).allowed();
    boolean shareAllowed = rightful.module.service().decide(device, ConsentPurpose.SHARE).allowed();
    assertThat(saleAllowed).isFalse();
    assertThat(shareAllowed).isFalse();
    assertThat(model.getUsCaSection().getSaleOptOut()).isEqualTo(1);
    assertThat(model.getUsCaSection().getSharingOptOut()).isEqualTo(1);
    assertThat(model.getUsCaSection().getGpc()).isTrue();
    assertThat(model.getUsNatSection().getSaleOptOut()).isEqualTo(1);
    assertThat(model.getUsNatSection().getGpc()).isTrue();
    JsonNode served =
        Json.mapper()
            .readTree(
                rightful.send(rightful.service("/api/v1/consent/gpp?subject=" + device)).body());
    assertThat(gpp).isEqualTo(served.get("gpp").asText());
  }

  @Test
  @SuppressWarnings("unchecked")
  void ping_and_events_follow_the_cmp_api_and_stub_calls_are_answered() {
    visitShop();
    Map<String, Object> ping =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; __gpp('ping', r => done(r));");
    assertThat(ping)
        .containsEntry("gppVersion", "1.1")
        .containsEntry("cmpStatus", "loaded")
        .containsEntry("cmpDisplayStatus", "visible")
        .containsEntry("signalStatus", "ready")
        .containsEntry("cmpId", (long) CMP_ID)
        .containsEntry("supportedAPIs", List.of("7:usnat", "8:usca", "12:usct"))
        .containsEntry("sectionList", List.of(7L, 8L, 12L))
        .containsEntry("applicableSections", List.of(8L));
    assertThat((Map<String, Object>) ping.get("parsedSections"))
        .containsKeys("usnat", "usca", "usct");
    // Queued before the tool loaded, answered with the string once it arrived, not with "none".
    assertThat(js("return window.early")).isEqualTo(List.of(2L, true));
    assertThat(new GppModel((String) ping.get("gppString")).getUsCaSection().getSaleOptOut())
        .isEqualTo(2);
    assertThat((List<String>) js("return window.events"))
        .containsExactly(
            "listenerRegistered:true",
            "cmpStatus:loaded",
            "sectionChange:usnat",
            "sectionChange:usca",
            "sectionChange:usct",
            "signalStatus:ready",
            "cmpDisplayStatus:visible");

    js("window.events = []");
    driver.findElement(By.xpath("//button[text()='Do not sell or share my information']")).click();
    waitFor("window.events.indexOf('cmpDisplayStatus:hidden') >= 0");
    assertThat((List<String>) js("return window.events"))
        .containsExactly(
            "signalStatus:not ready",
            "sectionChange:usnat",
            "sectionChange:usca",
            "sectionChange:usct",
            "signalStatus:ready",
            "cmpDisplayStatus:hidden");
    Object field =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " __gpp('getField', v => done(v), 'usca.SaleOptOut');");
    assertThat(field).isEqualTo(1L);
    assertThat(
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " __gpp('hasSection', v => done(v), 'usva');"))
        .isEqualTo(false);
    // The map names Connecticut: its section is there, and says opted out
    assertThat(
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " __gpp('hasSection', v => done(v), 'usct');"))
        .isEqualTo(true);
    Map<String, Object> removed =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " __gpp('removeEventListener', v => done(v), 1);");
    assertThat(removed).containsEntry("eventName", "listenerRemoved").containsEntry("data", true);
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_page_hears_each_decision_and_google_consent_mode_is_updated() {
    visitShop();
    Map<String, Object> first = (Map<String, Object>) js("return window.decisions[0]");
    assertThat(first).containsEntry("sale", true).containsEntry("share", true);
    assertThat(first).containsEntry("gpc", false);
    driver.findElement(By.xpath("//button[text()='Do not sell or share my information']")).click();
    waitFor("window.decisions.length === 2");
    Map<String, Object> last = (Map<String, Object>) js("return window.decisions[1]");
    assertThat(last).containsEntry("sale", false).containsEntry("share", false);
    assertThat(new GppModel((String) last.get("gppString")).getUsNatSection().getSaleOptOut())
        .isEqualTo(1);
    // gtag queues its calls as arguments objects; the data layer carries Rightful's event beside.
    List<String> layer =
        (List<String>)
            js(
                "return dataLayer.map(e => JSON.stringify(e.event ? {event: e.event, sale:"
                    + " e.rightful.sale} : Array.prototype.slice.call(e)))");
    String denied =
        "[\"consent\",\"update\",{\"ad_storage\":\"denied\",\"ad_user_data\":\"denied\","
            + "\"ad_personalization\":\"denied\",\"analytics_storage\":\"granted\"}]";
    assertThat(layer)
        .containsExactly(
            denied.replace("denied", "granted"),
            "{\"event\":\"rightful_consent\",\"sale\":true}",
            denied,
            "{\"event\":\"rightful_consent\",\"sale\":false}");
  }

  @Test
  void withdrawal_clears_the_cookies_the_map_names_for_the_purpose_and_no_others() {
    visitShop();
    assertThat((String) js("return document.cookie")).contains("_fbp=", "_ga_X1=", "basket=");
    driver.findElement(By.xpath("//button[text()='Do not sell or share my information']")).click();
    waitFor("window.decisions.length === 2");
    assertThat((String) js("return document.cookie"))
        .doesNotContain("_fbp=", "_ga_X1=")
        .contains("basket=3");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_page_of_an_origin_not_allowed_is_told_about_consent_origins() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.errors = []; const e = console.error;"
                + " console.error = function () { window.errors.push([...arguments].join(' '));"
                + " e.apply(console, arguments); };"));
    visitShop("127.0.0.1");
    waitFor("window.errors.length > 0");
    assertThat((List<String>) js("return window.errors"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("--consent-origins", "http://127.0.0.1:" + site.port())
                    .contains("RIGHTFUL_CONSENT_ORIGINS"));
  }
}
