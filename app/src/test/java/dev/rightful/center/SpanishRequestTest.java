package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import dev.rightful.testing.MailedServer;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A consumer who reads Spanish, through the running app with the example map ({@code languages:
 * [en, es]}): the switcher and the browser's {@code Accept-Language} choose the pages' language; a
 * request filed in Spanish is stored with it, and its receipt, code and answer mails, sent later
 * over SMTP (GreenMail), are written in Spanish.
 */
class SpanishRequestTest {
  private static final Pattern SPANISH_DATE =
      Pattern.compile(
          "(lunes|martes|miércoles|jueves|viernes|sábado|domingo) \\d{1,2} de [a-z]+ de \\d{4}");
  private static TestDatabase company;
  private static MailedServer server;

  @BeforeAll
  static void start() {
    company = TestDatabase.withDemo(TestDatabase.Kind.POSTGRESQL, "spanish_company");
    server = MailedServer.start(Repo.exampleMap(), company.target());
  }

  @AfterAll
  static void stop() {
    server.close();
    company.close();
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void a_request_filed_in_spanish_gets_its_receipt_code_and_answer_in_spanish() throws Exception {
    WebClient consumer = new WebClient(server.url(""));
    // The switcher's link: the page in Spanish, and the choice remembered in a cookie.
    Document choose = Jsoup.parse(consumer.get("/privacy/requests?lang=es").body());
    assertThat(choose.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(choose.selectFirst("h1").text()).isEqualTo("Hacer una solicitud de privacidad");
    assertThat(choose.select("footer a").eachText())
        .contains("No vender ni compartir mi información personal");
    assertThat(choose.selectFirst("a[hreflang=en]").attr("href"))
        .isEqualTo("/privacy/requests?lang=en");
    assertThat(consumer.cookie("rf-lang")).isEqualTo("es");

    // The next page is Spanish without the parameter: the cookie remembers.
    HttpResponse<String> formPage = consumer.get("/privacy/requests/new?type=delete");
    Document form = Jsoup.parse(formPage.body());
    assertThat(form.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(form.selectFirst("h1").text()).isEqualTo("Eliminen mi información personal");
    assertThat(form.selectFirst("a[hreflang=en]").attr("href"))
        .isEqualTo("/privacy/requests/new?type=delete&lang=en");

    // An error is told in Spanish, next to its field.
    HttpResponse<String> refused =
        consumer.post(
            "/privacy/requests",
            Map.of(
                "_csrf", WebClient.csrf(formPage),
                "type", "delete",
                "language", "es",
                "subject.name", "Jane Doe",
                "subject.email", "jane.doe@",
                "requester.kind", "consumer"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.body()).getElementById("subject-email-error").text())
        .contains("Correo electrónico: no es una dirección de correo electrónico válida.");

    String email = "jane.doe@example.com";
    HttpResponse<String> sent =
        consumer.post(
            "/privacy/requests",
            Map.of(
                "_csrf", WebClient.csrf(formPage),
                "type", "delete",
                "language", "es",
                "subject.name", "Jane Doe",
                "subject.email", email,
                "requester.kind", "consumer"));
    assertThat(sent.statusCode()).isEqualTo(303);
    Document received = Jsoup.parse(consumer.get(location(sent)).body());
    assertThat(received.selectFirst("h1").text()).isEqualTo("Recibimos su solicitud");
    String reference = received.getElementById("reference").text();
    assertThat(received.text())
        .contains("Recibimos su solicitud para eliminar su información personal el ");

    // Stored with the request, as independent SQL on Rightful's store reads it.
    String stored =
        server
            .app()
            .services()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT language FROM rights_request WHERE reference = :r")
                        .bind("r", reference)
                        .mapTo(String.class)
                        .one());
    assertThat(stored).isEqualTo("es");

    List<MailedServer.Mail> receipts =
        server.await(email, "Recibimos su solicitud de privacidad " + reference, 1);
    assertThat(receipts).hasSize(1);
    String receipt = receipts.get(0).body();
    assertThat(receipt)
        .contains("Recibimos su solicitud para eliminar su información personal el ")
        .contains("Cómo verificamos su identidad")
        .contains("Le enviaremos por correo electrónico un código de un solo uso")
        .contains("la ley nos permite hasta 45 días más")
        .doesNotContain("We received", "Questions?");
    assertThat(SPANISH_DATE.matcher(receipt).find()).as(receipt).isTrue();

    // The status page, in English for a browser that asks for it, the code mail still Spanish:
    // the request's language, not the page's, decides its mails.
    String statusPath = location(sent).replace("/received", "");
    WebClient english = new WebClient(server.url(""));
    Document statusInEnglish =
        Jsoup.parse(
            english
                .send(english.request(statusPath).header("Accept-Language", "en-US,en;q=0.9"))
                .body());
    assertThat(statusInEnglish.selectFirst("html").attr("lang")).isEqualTo("en");
    HttpResponse<String> statusPage = consumer.get(statusPath);
    Document status = Jsoup.parse(statusPage.body());
    assertThat(status.getElementById("send-code").text()).isEqualTo("Envíenme un código");
    assertThat(status.getElementById("timeline").text())
        .contains("Recibimos su solicitud para eliminar su información personal.");
    HttpResponse<String> asked =
        english.post(
            statusPath + "/code", Map.of("_csrf", WebClient.csrf(english.get(statusPath))));
    assertThat(asked.statusCode()).isEqualTo(303);
    List<MailedServer.Mail> codes = server.await(email, "Su código de verificación", 1);
    assertThat(codes).hasSize(1);
    assertThat(codes.get(0).body()).contains("Vence en ").contains("Escríbalo en la página");
    Matcher code = Pattern.compile("\\n\\s+(\\d{6})\\n").matcher(codes.get(0).body());
    assertThat(code.find()).isTrue();
    HttpResponse<String> checked =
        consumer.post(
            statusPath + "/code/check",
            Map.of("_csrf", WebClient.csrf(statusPage), "code", code.group(1)));
    assertThat(checked.statusCode()).isEqualTo(303);
    Document afterCheck = Jsoup.parse(consumer.get(location(checked)).body());
    assertThat(afterCheck.getElementById("verify-notice").text())
        .isEqualTo("Gracias: verificamos su identidad.");

    // The answer, days later, written by staff: its mail is in Spanish too.
    RightsRequest request =
        server
            .app()
            .services()
            .requests()
            .findByStatusToken(statusPath.substring(statusPath.lastIndexOf('/') + 1))
            .orElseThrow();
    server
        .app()
        .services()
        .requests()
        .complete(request.id(), ResponseNature.COMPLIED, "Eliminamos sus datos.", "staff:test");
    List<MailedServer.Mail> answers =
        server.await(email, "Completamos su solicitud de privacidad " + reference, 1);
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).body())
        .contains("Completamos su solicitud para eliminar su información personal")
        .contains("Eliminamos sus datos.")
        .contains("¿Tiene preguntas?");
  }

  @Test
  void the_api_takes_the_language_field_and_the_receipt_follows_it() throws Exception {
    WebClient api = new WebClient(server.url(""));
    HttpResponse<String> wrong =
        api.unchecked()
            .sendJson(
                "POST",
                "/api/v1/requests",
                "{\"type\":\"delete\",\"subject\":{\"name\":\"Ana Api\","
                    + "\"email\":\"ana.api@example.com\"},\"language\":\"fr\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"language\"");
    HttpResponse<String> created =
        api.sendJson(
            "POST",
            "/api/v1/requests",
            "{\"type\":\"delete\",\"subject\":{\"name\":\"Ana Api\","
                + "\"email\":\"ana.api@example.com\"},\"language\":\"es\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("\"language\":\"es\"");
    List<MailedServer.Mail> receipts =
        server.await("ana.api@example.com", "Recibimos su solicitud de privacidad", 1);
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).body()).contains("Cómo verificamos su identidad");
  }

  @Test
  void the_cookie_tool_carries_the_words_of_every_offered_language() {
    String script = new WebClient(server.url("")).get("/consent.js").body();
    assertThat(script)
        .contains("\"language\":\"en\"")
        .contains("\"cookie.settings\":\"Configuración de cookies\"")
        .contains("\"cookie.settings\":\"Cookie settings\"");
  }

  @Test
  void the_browsers_accept_language_chooses_spanish_and_an_unoffered_language_gives_english() {
    WebClient browser = new WebClient(server.url(""));
    Document spanish =
        Jsoup.parse(
            browser
                .send(
                    browser
                        .request("/privacy/do-not-sell")
                        .header("Accept-Language", "fr-CA, es-MX;q=0.9, en;q=0.5"))
                .body());
    assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(spanish.selectFirst("h1").text())
        .isEqualTo("No vender ni compartir mi información personal");
    Document french =
        Jsoup.parse(
            browser
                .send(browser.request("/privacy/requests").header("Accept-Language", "fr, de"))
                .body());
    assertThat(french.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(french.selectFirst("a[hreflang=es]").text()).isEqualTo("Español");
  }
}
