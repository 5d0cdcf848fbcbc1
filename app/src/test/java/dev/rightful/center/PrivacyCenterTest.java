package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.law.RequestType;
import dev.rightful.mail.MailKind;
import dev.rightful.mail.OutboxEntry;
import dev.rightful.requests.Channel;
import dev.rightful.requests.RequesterKind;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.agent.AgentPermissions;
import dev.rightful.requests.agent.PermissionFile;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The privacy center's pages over HTTP against the real app, its database and outbox. */
class PrivacyCenterTest {
  static TestServer server;
  static Services services;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    services = server.app().services();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Opens the second step for {@code type} and sends it with {@code fields} and its token. */
  static HttpResponse<String> send(WebClient client, String type, Map<String, String> fields) {
    String csrf = WebClient.csrf(client.get("/privacy/requests/new?type=" + type));
    Map<String, String> form = new HashMap<>(fields);
    form.put("_csrf", csrf);
    form.put("type", type);
    return client.post("/privacy/requests", form);
  }

  static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  static int stored() {
    return services.requests().queue(null, 10_000).size();
  }

  @Test
  void the_first_step_explains_each_right_and_links_the_notice_and_the_opt_out_pages() {
    var page = WebClient.of(server).get("/privacy/requests");
    assertThat(page.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("h1")).hasSize(1);
    // Net2Phone collects no sensitive personal information: its center offers no limit (rule 43).
    for (dev.rightful.law.Right right : dev.rightful.law.Right.values()) {
      if (right != dev.rightful.law.Right.LIMIT_SENSITIVE_PI) {
        assertThat(html.text()).contains(right.title(), right.plainWords());
      }
    }
    assertThat(html.select("input[name=type]"))
        .extracting(e -> e.attr("value"))
        .containsExactlyInAnyOrderElementsOf(
            RequestChoice.ALL.stream()
                // Net2Phone's map declares no ADMT use: neither ADMT request is offered (7221)
                .filter(c -> !c.type().isAdmt())
                .map(RequestChoice::id)
                .filter(id -> !id.equals("limit-sensitive"))
                .toList());
    assertThat(html.select("a[href]").eachAttr("href"))
        .contains("/privacy/notice", "/privacy/do-not-sell")
        // Net2Phone collects no sensitive personal information: nothing to limit (7014(h)).
        .doesNotContain("/privacy/limit");
    assertThat(html.selectFirst("form").attr("method")).isEqualTo("get");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /** Action first (issue 15, item 4): the choices open the page, the explanation a click away. */
  @Test
  void the_first_step_opens_with_one_choice_per_right_and_keeps_the_explanation_a_click_away() {
    Document html = Jsoup.parse(WebClient.of(server).get("/privacy/requests").body());
    var choices = html.selectFirst("fieldset#type");
    var explanation = html.selectFirst("details#about-rights");
    assertThat(choices).isNotNull();
    assertThat(explanation).isNotNull();
    // the form comes before the explanation, which is closed until the consumer opens it
    assertThat(choices.siblingIndex()).isLessThan(explanation.siblingIndex());
    assertThat(choices.parent()).isNotEqualTo(explanation);
    assertThat(explanation.hasAttr("open")).isFalse();
    assertThat(explanation.select("dl.rights dt")).isNotEmpty();
    // each choice has its short line
    for (var input : html.select("input[name=type]")) {
      String hint = input.attr("aria-describedby");
      assertThat(html.getElementById(hint)).isNotNull();
      assertThat(html.getElementById(hint).text()).isNotBlank();
    }
  }

  @Test
  void the_second_step_asks_only_for_what_the_chosen_request_needs() {
    WebClient client = WebClient.of(server);
    Map<String, List<String>> asked = new HashMap<>();
    for (String type : List.of("opt-out", "delete", "know-specific", "correct")) {
      var page = client.get("/privacy/requests/new?type=" + type);
      assertThat(page.statusCode()).isEqualTo(200);
      Document html = Jsoup.parse(page.body());
      assertThat(html.select("a[href=/privacy/notice]")).as("notice at collection").isNotEmpty();
      asked.put(type, html.select("form [name]").eachAttr("name"));
    }
    assertThat(asked.get("opt-out"))
        .contains("subject.email", "subject.phone")
        .doesNotContain("subject.name", "subject.postalAddress", "lookback.scope");
    assertThat(asked.get("delete"))
        .contains("subject.name", "subject.email", "subject.phone", "subject.postalAddress")
        .doesNotContain("lookback.scope", "declaration.signed", "corrections[0].field");
    assertThat(asked.get("know-specific"))
        .contains("lookback.scope", "lookback.from", "lookback.to")
        .contains("declaration.signed", "declaration.signedBy");
    assertThat(asked.get("correct"))
        .contains("corrections[0].field", "corrections[0].value", "corrections[2].value")
        .doesNotContain("lookback.scope");
    for (List<String> names : asked.values()) {
      assertThat(names)
          .contains("_csrf", "type", "requester.kind", "requester.name", "requester.authority");
    }
  }

  @Test
  void choosing_no_request_shows_the_first_step_again_with_an_alert() {
    for (String path : List.of("/privacy/requests/new", "/privacy/requests/new?type=hack")) {
      var page = WebClient.of(server).get(path);
      assertThat(page.statusCode()).isEqualTo(400);
      Document html = Jsoup.parse(page.body());
      assertThat(html.selectFirst("[role=alert]").text()).contains("Choose the request");
      assertThat(html.selectFirst("fieldset#type").attr("aria-describedby"))
          .isEqualTo("type-error");
    }
  }

  @Test
  void a_request_to_limit_is_not_told_of_an_extension_the_law_does_not_allow() {
    WebClient client = WebClient.of(server);
    var sent = send(client, "limit-sensitive", Map.of("subject.email", "limit.center@example.com"));
    assertThat(sent.statusCode()).isEqualTo(303);
    Document html = Jsoup.parse(client.get(location(sent)).body());
    // 7027(g): 15 business days, with no extension.
    assertThat(html.getElementById("due-by")).isNotNull();
    assertThat(html.getElementById("extension-note")).isNull();
    assertThat(html.text()).doesNotContain("45 more days");
  }

  @Test
  void a_delete_request_goes_from_the_form_by_303_to_its_confirmation_with_dates_in_words() {
    int before = stored();
    WebClient client = WebClient.of(server);
    var sent =
        send(
            client,
            "delete",
            Map.of("subject.name", "Jane Doe", "subject.email", "jane.center@example.com"));
    assertThat(sent.statusCode()).isEqualTo(303);
    String confirmation = location(sent);
    assertThat(confirmation).matches("/privacy/requests/status/[A-Za-z0-9_-]{43}/received");
    assertThat(stored()).isEqualTo(before + 1);

    var page = client.get(confirmation);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    Document html = Jsoup.parse(page.body());
    String reference = html.getElementById("reference").text();
    assertThat(reference).matches("R-[0-9A-Z]{8}");
    // TestServer's clock: Sunday 2026-11-29 in Los Angeles.
    assertThat(html.getElementById("acknowledge-by").text()).isEqualTo("Friday, December 11, 2026");
    assertThat(html.getElementById("due-by").text()).isEqualTo("Tuesday, January 12, 2027");
    assertThat(html.getElementById("verification").text()).contains("one-time code");
    assertThat(html.getElementById("extension-note").text()).contains("45 more days");
    String statusPath = confirmation.replace("/received", "");
    assertThat(html.getElementById("status-link").attr("href")).isEqualTo(statusPath);
    assertThat(html.getElementById("status-link").text()).endsWith(statusPath);
    assertThat(page.body()).doesNotContain("Jane Doe", "jane.center@example.com");

    String token = statusPath.substring(statusPath.lastIndexOf('/') + 1);
    RightsRequest request = services.requests().findByStatusToken(token).orElseThrow();
    assertThat(request.reference()).isEqualTo(reference);
    assertThat(request.channel()).isEqualTo(Channel.WEB);
    assertThat(request.type()).isEqualTo(RequestType.DELETE);
    assertThat(request.subject().name()).isEqualTo("Jane Doe");

    OutboxEntry receipt = mailFor(request, MailKind.RECEIPT);
    assertThat(receipt.to()).isEqualTo("jane.center@example.com");
    assertThat(receipt.body()).contains(statusPath);
  }

  @Test
  void a_form_with_errors_comes_back_400_with_every_error_at_its_field_and_the_answers_kept() {
    int before = stored();
    var page =
        send(
            WebClient.of(server),
            "delete",
            Map.of("subject.email", "not-an-email", "subject.phone", "0421 555 0100"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(stored()).isEqualTo(before);
    Document html = Jsoup.parse(page.body());
    assertThat(html.title()).startsWith("Error: ");
    assertThat(html.select("[role=alert] li"))
        .extracting(Element::text)
        .containsExactly(
            "Your name is needed to find and verify your records.",
            // One error per field: the address given is wrong, not missing.
            "Email address is not an email address: it needs exactly one @.");
    Element email = html.getElementById("subject-email");
    assertThat(email.attr("value")).isEqualTo("not-an-email");
    assertThat(email.attr("aria-invalid")).isEqualTo("true");
    assertThat(email.attr("aria-describedby")).contains("subject-email-error");
    assertThat(html.getElementById("subject-email-error").text())
        .startsWith("Error: Email address is not an email address");
    assertThat(html.getElementById("subject-name").attr("aria-describedby"))
        .isEqualTo("subject-name-error");
    assertThat(html.getElementById("subject-phone").attr("value")).isEqualTo("0421 555 0100");
    assertThat(html.getElementById("subject-phone").hasAttr("aria-invalid")).isFalse();
    assertThat(html.select("[role=alert] a").eachAttr("href"))
        .containsExactly("#subject-name", "#subject-email");
    assertThat(WebClient.csrf(page)).isNotBlank();
  }

  @Test
  void a_post_without_a_valid_token_is_refused_with_403_and_nothing_is_stored() {
    int before = stored();
    Map<String, String> fields =
        Map.of(
            "type", "opt-out",
            "subject.email", "csrf@example.com");
    WebClient client = WebClient.of(server);
    var missing = client.post("/privacy/requests", fields);
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text())
        .isEqualTo("This form has expired");

    // A token from another browser does not go with this browser's cookie.
    String othersToken =
        WebClient.csrf(WebClient.of(server).get("/privacy/requests/new?type=opt-out"));
    client.get("/privacy/requests/new?type=opt-out");
    Map<String, String> forged = new HashMap<>(fields);
    forged.put("_csrf", othersToken);
    assertThat(client.post("/privacy/requests", forged).statusCode()).isEqualTo(403);

    // The right token without its cookie fails too.
    String token = WebClient.csrf(client.get("/privacy/requests/new?type=opt-out"));
    client.clearCookies();
    Map<String, String> cookieless = new HashMap<>(fields);
    cookieless.put("_csrf", token);
    assertThat(client.post("/privacy/requests", cookieless).statusCode()).isEqualTo(403);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void hostile_input_is_shown_back_escaped() {
    String script = "<script>alert('x')</script>";
    String breakout = "\"><img src=x onerror=alert(1)>";
    var page =
        send(
            WebClient.of(server),
            "correct",
            Map.of(
                "subject.name", script,
                "subject.email", breakout,
                "corrections[0].field", script));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).doesNotContain(script, "<img src=x");
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("script")).allSatisfy(s -> assertThat(s.attr("src")).isNotEmpty());
    assertThat(html.select("main img")).isEmpty();
    assertThat(html.getElementById("subject-name").attr("value")).isEqualTo(script);
    assertThat(html.getElementById("subject-email").attr("value")).isEqualTo(breakout);
    // A list, not a text box: the hostile value is refused at its row and chooses nothing.
    assertThat(html.getElementById("corrections-0-field-error").text())
        .contains("must be one of the choices in the list");
    assertThat(html.select("#corrections-0-field option[selected]")).isEmpty();
  }

  @Test
  void the_information_to_correct_is_chosen_from_the_maps_fields_in_words() {
    var page = WebClient.of(server).get("/privacy/requests/new?type=correct");
    Document html = Jsoup.parse(page.body());
    var options = html.select("#corrections-0-field option");
    assertThat(options.eachText()).contains("Postal address", "Email", "Phone");
    assertThat(options.eachAttr("value")).contains("postal_address", "email", "phone");
    // Keys the company assigns and records of past events are not information to correct.
    assertThat(options.eachAttr("value")).doesNotContain("id", "customer_id", "account_id");
  }

  @Test
  void a_correction_error_lands_at_the_row_the_consumer_filled() {
    var page =
        send(
            WebClient.of(server),
            "correct",
            Map.of(
                "subject.name", "Row Test",
                "subject.email", "rows@example.com",
                "corrections[0].field", "postal_address",
                "corrections[0].value", "1 Main St",
                "corrections[2].field", "phone"));
    assertThat(page.statusCode()).isEqualTo(400);
    Document html = Jsoup.parse(page.body());
    assertThat(html.getElementById("corrections-2-value-error").text())
        .contains("The correct value is required");
    assertThat(html.select("#corrections-2-field option[selected]").attr("value"))
        .isEqualTo("phone");
    assertThat(html.getElementById("corrections-1-value-error")).isNull();
  }

  @Test
  void a_request_for_specific_pieces_needs_the_signed_declaration_and_keeps_the_period() {
    WebClient client = WebClient.of(server);
    Map<String, String> fields =
        new HashMap<>(
            Map.of(
                "subject.name", "Know Test",
                "subject.email", "know@example.com",
                "declaration.signedBy", "Know Test",
                "lookback.scope", "range",
                "lookback.from", "2021-06-01",
                "lookback.to", "2025-12-31"));
    var unsigned = send(client, "know-specific", fields);
    assertThat(unsigned.statusCode()).isEqualTo(400);
    Document html = Jsoup.parse(unsigned.body());
    assertThat(html.getElementById("declaration-signed-error").text())
        .contains("Tick the box to sign the declaration");
    assertThat(html.getElementById("lookback-range").hasAttr("checked")).isTrue();
    assertThat(html.getElementById("lookback-from").attr("value")).isEqualTo("2021-06-01");

    fields.put("declaration.signed", "yes");
    var sent = send(client, "know-specific", fields);
    assertThat(sent.statusCode()).isEqualTo(303);
    RightsRequest request = byLocation(location(sent));
    assertThat(request.declarationSigned()).isTrue();
    // Rule 20: a range starting before 2022 is clamped to 2022-01-01, and the consumer is told.
    assertThat(request.lookback().from()).isEqualTo(java.time.LocalDate.of(2022, 1, 1));
    assertThat(request.lookback().to()).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
    Document confirmation = Jsoup.parse(client.get(location(sent)).body());
    assertThat(confirmation.getElementById("period").text())
        .contains(
            "January 1, 2022 to December 31, 2025",
            "You asked for information from June 1, 2021. Records of events from before"
                + " January 1, 2022 are not included");
  }

  @Test
  void an_opt_out_by_phone_alone_is_accepted_and_the_page_says_no_email_will_come() {
    WebClient client = WebClient.of(server);
    var sent =
        send(client, "opt-out", Map.of("subject.phone", "(415) 555-0100", "subject.name", "x"));
    assertThat(sent.statusCode()).isEqualTo(303);
    RightsRequest request = byLocation(location(sent));
    assertThat(request.subject().name()).as("a name the type does not ask for is dropped").isNull();
    Document confirmation = Jsoup.parse(client.get(location(sent)).body());
    assertThat(confirmation.getElementById("acknowledge-by")).isNull();
    assertThat(confirmation.text()).contains("We have no email address to write to");
    Document status = Jsoup.parse(client.get(location(sent).replace("/received", "")).body());
    assertThat(status.getElementById("request-status").text()).isEqualTo("In progress");
    assertThat(status.getElementById("due-by").text()).isEqualTo("Friday, December 18, 2026");
  }

  @Test
  void the_status_page_shows_dates_and_the_consumer_timeline_but_no_personal_information() {
    WebClient client = WebClient.of(server);
    var sent =
        send(
            client,
            "delete",
            Map.of(
                "subject.name", "Private Person",
                "subject.email", "private@example.com",
                "subject.postalAddress", "12 Secret Lane"));
    String statusPath = location(sent).replace("/received", "");
    RightsRequest request = byLocation(location(sent));
    services.requests().note(request.id(), "staff only: called the consumer", "staff:test");
    services.requests().extend(request.id(), 30, "We are restoring an archive.", "staff:test");

    var page = client.get(statusPath);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("h1").text()).isEqualTo("Your request " + request.reference());
    assertThat(html.getElementById("request-status").text()).isEqualTo("Received");
    assertThat(html.getElementById("received").text()).isEqualTo("Sunday, November 29, 2026");
    assertThat(html.getElementById("due-by").text())
        .isEqualTo("Thursday, February 11, 2027 (extended from Tuesday, January 12, 2027)");
    assertThat(html.select("#timeline li"))
        .extracting(Element::text)
        .containsExactly(
            "November 29, 2026 at 9:00 AM: We received your request to delete your personal"
                + " information.",
            "November 29, 2026 at 9:00 AM: We need more time to respond: We are restoring an"
                + " archive. We will respond by Thursday, February 11, 2027.");
    dev.rightful.testing.ConsumerText.assertConsumerFacing(html.select("#timeline").text());
    assertThat(page.body())
        .doesNotContain("Private Person", "private@example.com", "Secret Lane", "staff only");
    assertThat(html.select("form[action*=confirm-agent]"))
        .as("no agent, nothing to confirm")
        .isEmpty();
  }

  @Test
  void an_unknown_status_link_is_a_404_that_reveals_nothing() {
    WebClient client = WebClient.of(server);
    var unknown = client.get("/privacy/requests/status/" + "A".repeat(43));
    var malformed = client.get("/privacy/requests/status/x/received");
    for (var page : List.of(unknown, malformed)) {
      assertThat(page.statusCode()).isEqualTo(404);
      assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Page not found");
      assertThat(page.body()).doesNotContain("R-");
    }
    assertThat(Jsoup.parse(unknown.body()).text()).isEqualTo(Jsoup.parse(malformed.body()).text());
  }

  @Test
  void an_agent_with_signed_permission_uploads_it_and_only_the_consumer_can_confirm() {
    WebClient agent = WebClient.of(server);
    String csrf = WebClient.csrf(agent.get("/privacy/requests/new?type=delete"));
    byte[] pdf = "%PDF-1.4\n% signed permission\n".getBytes();
    var sent =
        agent.postMultipart(
            "/privacy/requests",
            Map.of(
                "_csrf", csrf,
                "type", "delete",
                "subject.name", "Carla Consumer",
                "subject.email", "carla@example.com",
                "requester.kind", "authorized-agent",
                "requester.name", "Agnes Agent",
                "requester.email", "agnes@agents.example",
                "requester.authority", "signed-permission"),
            "permission",
            pdf);
    assertThat(sent.statusCode()).isEqualTo(303);
    RightsRequest request = byLocation(location(sent));
    assertThat(request.requester().kind()).isEqualTo(RequesterKind.AUTHORIZED_AGENT);
    AgentPermissions permissions = new AgentPermissions(services.pi(), services.clock());
    Optional<PermissionFile> kept =
        services.database().jdbi().withHandle(h -> permissions.find(h, request.id()));
    assertThat(kept).hasValue(new PermissionFile(pdf, "application/pdf"));
    assertThat(Jsoup.parse(agent.get(location(sent)).body()).getElementById("agent-step").text())
        .contains("We have emailed the person this request is about");

    // The agent's status link shows the wait, with no way to confirm.
    String statusPath = location(sent).replace("/received", "");
    Document agentView = Jsoup.parse(agent.get(statusPath).body());
    assertThat(agentView.select("form[action*=confirm-agent]")).isEmpty();
    assertThat(agentView.getElementById("agent-step").text()).contains("must confirm directly");
    assertThat(mailFor(request, MailKind.RECEIPT).to()).isEqualTo("agnes@agents.example");

    // The consumer's email carries the signed link.
    OutboxEntry mail = mailFor(request, MailKind.AGENT_CONFIRMATION);
    assertThat(mail.to()).isEqualTo("carla@example.com");
    String link = confirmLink(mail);
    assertThat(link).startsWith(statusPath + "/confirm-agent/");
    assertThat(agent.get(statusPath + "/confirm-agent/" + "B".repeat(43)).statusCode())
        .isEqualTo(404);

    WebClient consumer = WebClient.of(server);
    var confirmPage = consumer.get(link);
    assertThat(confirmPage.statusCode()).isEqualTo(200);
    Element form = Jsoup.parse(confirmPage.body()).selectFirst("form[method=post]");
    assertThat(form.attr("action")).isEqualTo(link);
    assertThat(consumer.post(link, Map.of()).statusCode()).as("no token").isEqualTo(403);
    var confirmed = consumer.post(link, Map.of("_csrf", WebClient.csrf(confirmPage)));
    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(location(confirmed)).isEqualTo(statusPath);
    assertThat(services.requests().get(request.id()).agentConfirmed()).isTrue();
    Document after = Jsoup.parse(consumer.get(statusPath).body());
    assertThat(after.getElementById("agent-step").text()).contains("confirmed");
    assertThat(after.select("#timeline li").last().text())
        .endsWith("You confirmed that your agent may act for you.");

    // 7060(d), rule 15: the uploaded permission is deleted when the request closes.
    var files = new AgentPermissions(services.pi(), services.clock());
    var jdbi = services.database().jdbi();
    java.util.Optional<PermissionFile> held = jdbi.withHandle(h -> files.find(h, request.id()));
    assertThat(held).isPresent();
    services
        .requests()
        .recordVerification(
            request.id(),
            new dev.rightful.requests.RequestService.Verification(2, false, "test"),
            "staff:test");
    services
        .requests()
        .complete(request.id(), dev.rightful.requests.ResponseNature.COMPLIED, null, "staff:test");
    java.util.Optional<PermissionFile> gone = jdbi.withHandle(h -> files.find(h, request.id()));
    assertThat(gone).isEmpty();
  }

  @Test
  void an_upload_that_is_not_a_pdf_or_image_is_refused_at_its_field() {
    WebClient agent = WebClient.of(server);
    int before = stored();
    String csrf = WebClient.csrf(agent.get("/privacy/requests/new?type=delete"));
    var page =
        agent.postMultipart(
            "/privacy/requests",
            Map.of(
                "_csrf", csrf,
                "type", "delete",
                "subject.name", "Carla Consumer",
                "subject.email", "carla2@example.com",
                "requester.kind", "authorized-agent",
                "requester.name", "Agnes Agent",
                "requester.email", "agnes@agents.example",
                "requester.authority", "signed-permission"),
            "permission",
            "<html><script>evil()</script></html>".getBytes());
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(stored()).isEqualTo(before);
    Document html = Jsoup.parse(page.body());
    assertThat(html.getElementById("permission-error").text()).contains("PDF, PNG or JPEG");
    assertThat(html.getElementById("permission").attr("aria-describedby"))
        .isEqualTo("permission-hint permission-error");
    assertThat(html.getElementById("requester-name").attr("value")).isEqualTo("Agnes Agent");
  }

  @Test
  void an_upload_over_the_limit_is_refused_with_413_and_nothing_is_stored() {
    WebClient agent = WebClient.of(server);
    int before = stored();
    String csrf = WebClient.csrf(agent.get("/privacy/requests/new?type=delete"));
    byte[] big = new byte[PermissionFile.MAX_BYTES + 10];
    System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
    var page =
        agent.postMultipart(
            "/privacy/requests",
            Map.of(
                "_csrf", csrf,
                "type", "delete",
                "subject.name", "Big File",
                "subject.email", "big@example.com",
                "requester.kind", "authorized-agent",
                "requester.name", "Agnes Agent",
                "requester.email", "agnes@agents.example",
                "requester.authority", "signed-permission"),
            "permission",
            big);
    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(Jsoup.parse(page.body()).selectFirst("h1").text())
        .isEqualTo("The form is too large");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void logs_show_status_links_without_their_secrets() {
    String token = "k".repeat(43);
    assertThat(CenterRoutes.loggable("/privacy/requests/status/" + token))
        .isEqualTo("/privacy/requests/status/{token}");
    assertThat(CenterRoutes.loggable("/privacy/requests/status/" + token + "/received"))
        .isEqualTo("/privacy/requests/status/{token}/received");
    assertThat(CenterRoutes.loggable("/privacy/requests/status/" + token + "/confirm-agent/sig"))
        .isEqualTo("/privacy/requests/status/{token}/confirm-agent/{signature}");
    assertThat(CenterRoutes.loggable("/privacy/requests/new")).isEqualTo("/privacy/requests/new");
    assertThat(CenterRoutes.loggable("/api/v1/requests/x")).isEqualTo("/api/v1/requests/x");
  }

  static RightsRequest byLocation(String location) {
    String path = location.replace("/received", "");
    String token = path.substring(path.lastIndexOf('/') + 1);
    return services.requests().findByStatusToken(token).orElseThrow();
  }

  static OutboxEntry mailFor(RightsRequest request, MailKind kind) {
    return services.outbox().list(500).stream()
        .filter(m -> request.reference().equals(m.requestId()) && m.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " mail for the request"));
  }

  /** The path of the confirmation link in an agent-confirmation mail. */
  static String confirmLink(OutboxEntry mail) {
    return mail.body()
        .lines()
        .map(String::strip)
        .filter(line -> line.contains("/confirm-agent/"))
        .findFirst()
        .orElseThrow();
  }
}
