package dev.rightful.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.store.Database;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxRoutesTest {
  final TestClock clock = TestClock.at("2026-03-02");
  Database database;
  Outbox outbox;
  Javalin web;

  @BeforeEach
  void start() {
    database = Database.open(TestServer.h2Url(), "sa", "", 2);
    outbox = new Outbox(database.jdbi(), new ReversibleTestSealer(), clock);
    var routes =
        new OutboxRoutes(
            outbox, TemplateEngine.createPrecompiled(ContentType.Html), TestClock.LOS_ANGELES);
    web = Javalin.create(config -> routes.register(config.routes)).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    web.stop();
    database.close();
  }

  @Test
  void the_page_lists_each_kept_message_with_kind_status_recipient_subject_body_and_time()
      throws Exception {
    for (SampleMessages.Sample sample : SampleMessages.all(clock)) {
      database.jdbi().useTransaction(h -> outbox.enqueue(h, sample.message()));
    }
    new Dispatcher(outbox, null, DispatcherSettings.every(java.time.Duration.ofSeconds(1)), clock)
        .dispatchOnce();

    Document page = get("/admin/outbox");

    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.title()).isNotBlank();
    assertThat(page.select("h1").text()).isEqualTo("Outbox");
    assertThat(page.select("article")).hasSize(MailKind.values().length);
    Element receipt =
        page.select("article").stream()
            .filter(a -> a.select("h2").text().startsWith("We received your privacy request"))
            .findFirst()
            .orElseThrow();
    assertThat(receipt.select("dd").eachText())
        .contains(
            "receipt",
            "Not sent — dev outbox",
            SampleMessages.CONSUMER,
            "2026-03-02 09:00:00 PST",
            "R-1001");
    assertThat(receipt.select("time").attr("datetime")).isEqualTo("2026-03-02T17:00:00Z");
    assertThat(receipt.select("pre").text())
        .contains("We will respond by Wednesday, April 15, 2026");
    // Each article is named by its heading.
    String labelledBy = receipt.attr("aria-labelledby");
    assertThat(page.getElementById(labelledBy)).isNotNull();
  }

  @Test
  void message_text_is_escaped_not_interpreted_as_html() throws Exception {
    var hostile =
        new MailMessage(
            MailKind.RESPONSE,
            "ana@mail.example",
            "Done <b>now</b>",
            "<script>alert(1)</script>",
            "R-1");
    database.jdbi().useTransaction(h -> outbox.enqueue(h, hostile));

    Document page = get("/admin/outbox");

    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    assertThat(page.select("pre").text()).isEqualTo("<script>alert(1)</script>");
    assertThat(page.select("h2").text()).isEqualTo("Done <b>now</b>");
  }

  @Test
  void an_empty_outbox_says_so() throws Exception {
    assertThat(get("/admin/outbox").select("main p").eachText()).contains("No messages yet.");
  }

  private Document get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    return Jsoup.parse(response.body());
  }
}
