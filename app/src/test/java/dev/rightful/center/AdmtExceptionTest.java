package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.AdmtMap;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A use relying on the human-appeal exception (7221(b)(1)): the opt-out is neither offered nor
 * accepted, the appeal path is named instead; access stays offered. And a map with no ADMT use
 * accepts neither request.
 */
class AdmtExceptionTest {
  static final String APPEAL = "Call 1-800-555-0100 within 30 days; a credit analyst decides anew.";

  @TempDir static Path dir;
  static TestServer excepted;
  static TestServer none;

  @BeforeAll
  static void start() throws IOException {
    Path map =
        AdmtMap.exampleWith(
            dir.resolve("map"),
            AdmtMap.CREDIT_CHECK.replace(
                "    alternative: A credit analyst decides from the documents the customer sends.\n",
                "    exception: human-appeal\n    appeal: " + APPEAL + "\n"));
    excepted = TestServer.start(map, TestServer.h2Url(), "sa", "");
    none = TestServer.start();
  }

  @AfterAll
  static void stop() {
    excepted.close();
    none.close();
  }

  @Test
  void the_form_offers_access_only_and_names_the_appeal_path() {
    Document choose = Jsoup.parse(WebClient.of(excepted).get("/privacy/requests").body());
    assertThat(choose.select("input[name=type]").eachAttr("value"))
        .contains("access-admt")
        .doesNotContain("opt-out-admt");
    assertThat(choose.text()).contains("no opt-out applies").contains(APPEAL);
    assertThat(WebClient.of(excepted).get("/privacy/requests/new?type=opt-out-admt").statusCode())
        .isEqualTo(400);

    Document notice = Jsoup.parse(WebClient.of(excepted).get("/privacy/admt/credit-check").body());
    assertThat(notice.text())
        .contains("The law does not give an opt-out of this use.")
        .contains("7221(b)(1)")
        .contains(APPEAL);
    assertThat(notice.select("a[href]").eachAttr("href"))
        .doesNotContain("/privacy/requests/new?type=opt-out-admt")
        .contains("/privacy/requests/new?type=access-admt");
  }

  @Test
  void the_api_refuses_the_opt_out_naming_the_appeal_and_stores_nothing() {
    int before = excepted.app().services().requests().queue(null, 10_000).size();
    var refused =
        WebClient.of(excepted)
            .sendJson(
                "POST",
                "/api/v1/requests",
                "{\"type\":\"opt-out-admt\",\"subject\":{\"email\":\"jane.doe@example.com\"}}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("you may appeal the decision").contains(APPEAL);
    assertThat(excepted.app().services().requests().queue(null, 10_000)).hasSize(before);
  }

  @Test
  void a_map_with_no_admt_use_accepts_neither_request() {
    for (String type : new String[] {"opt-out-admt", "access-admt"}) {
      var refused =
          WebClient.of(none)
              .sendJson(
                  "POST",
                  "/api/v1/requests",
                  "{\"type\":\""
                      + type
                      + "\",\"subject\":{\"email\":\"a@example.com\",\"name\":\"A B\"}}");
      assertThat(refused.statusCode()).as(type).isEqualTo(400);
      assertThat(refused.body()).contains("no automated decisionmaking technology");
    }
    assertThat(WebClient.of(none).get("/privacy/admt/credit-check").statusCode()).isEqualTo(404);
  }
}
