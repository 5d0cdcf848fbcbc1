package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rightful.Services;
import dev.rightful.audit.AuditEvent;
import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Channel;
import dev.rightful.requests.Correction;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's queue, request page, actions and phone entry over HTTP, signed in through the real
 * form, against the real app (clock fixed at Sunday 2026-11-29 09:00 in Los Angeles).
 */
class RequestConsoleTest {
  static TestServer server;
  static Services services;
  static ConsoleClient agent;
  static ConsoleClient auditor;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    services = server.app().services();
    services.staff().users().create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
    services.staff().users().create("otto", Role.AUDITOR, ConsoleClient.PASSWORD, "test");
    agent = ConsoleClient.signIn(server, "alice");
    auditor = ConsoleClient.signIn(server, "otto");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_queue_lists_open_requests_by_effective_due_date_and_marks_the_overdue_one() {
    // Received 2026-10-01: due 2026-11-14, two weeks ago.
    RightsRequest late =
        ConsoleRequests.receivedAt(
            services, "2026-10-01T16:00:00Z", RequestType.DELETE, "late@example.com", "Late Lee");
    // Received 2026-10-20, due 2026-12-03, extended by 45 days to 2027-01-17.
    RightsRequest extended =
        ConsoleRequests.receivedAt(
            services, "2026-10-20T16:00:00Z", RequestType.DELETE, "ext@example.com", "Ext Ed");
    services.requests().extend(extended.id(), 45, "Records are archived.", "staff:alice");
    RightsRequest optOut =
        ConsoleRequests.today(services, RequestType.OPT_OUT, "oo@example.com", null);
    RightsRequest delete =
        ConsoleRequests.today(services, RequestType.DELETE, "del@example.com", "Del Dee");

    Document queue = agent.page("/admin/requests");
    List<String> references = queue.select("table.queue tbody tr").eachAttr("data-reference");
    assertThat(references)
        .containsSubsequence(
            late.reference(), optOut.reference(), delete.reference(), extended.reference());
    List<LocalDate> due =
        queue.select("table.queue tbody tr td:nth-of-type(5)").eachText().stream()
            .map(text -> LocalDate.parse(text.substring(0, 10)))
            .toList();
    assertThat(due).isSorted();

    Element lateRow = row(queue, late.reference());
    assertThat(lateRow.hasClass("overdue")).isTrue();
    assertThat(lateRow.select(".overdue-marker").text()).isEqualTo("Overdue");
    assertThat(lateRow.text()).contains("Overdue by 15 days", "2026-11-14", "pending");
    assertThat(row(queue, delete.reference()).select(".overdue-marker")).isEmpty();
    assertThat(row(queue, delete.reference()).text()).contains("2027-01-12", " 44 ");
    assertThat(row(queue, extended.reference()).text()).contains("2027-01-17 extended");
    assertThat(row(queue, optOut.reference()).text()).contains("not needed");
    assertThat(row(queue, late.reference()).selectFirst("a").attr("href"))
        .isEqualTo("/admin/requests/" + late.id());
  }

  @Test
  void the_queue_filters_by_status_and_refuses_an_unknown_one() {
    RightsRequest denied =
        ConsoleRequests.today(services, RequestType.DELETE, "filter@example.com", "Fil Ter");
    services
        .requests()
        .deny(denied.id(), dev.rightful.law.DenialBasis.UNVERIFIED, "Not verified.", "system");

    Document open = agent.page("/admin/requests");
    assertThat(open.select("tr[data-reference=" + denied.reference() + "]")).isEmpty();
    Document deniedOnly = agent.page("/admin/requests?status=denied");
    assertThat(deniedOnly.select("table.queue tbody tr td:nth-of-type(2)").eachText())
        .isNotEmpty()
        .allMatch("denied"::equals);
    assertThat(deniedOnly.select("tr[data-reference=" + denied.reference() + "]")).hasSize(1);
    assertThat(agent.get("/admin/requests?status=lost").statusCode()).isEqualTo(400);
  }

  @Test
  void the_request_page_shows_the_subject_the_timeline_with_notes_and_the_audit_events() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "page@example.com", "Page Person");
    assertThat(
            agent
                .post(path(request, "note"), Map.of("text", "Caller asked for <b>speed</b>."))
                .statusCode())
        .isEqualTo(303);

    Document page = agent.page(path(request, null) + "?done=noted");
    assertThat(page.select("h1").eachText()).containsExactly("Request " + request.reference());
    assertThat(page.selectFirst("[role=status]").text()).isEqualTo("Note added.");
    assertThat(page.selectFirst("#subject").text())
        .contains("Page Person", "page@example.com", "+1 415 555 0100");
    Element timeline = page.selectFirst("#timeline");
    assertThat(timeline.text()).contains("received", "note", "staff:alice");
    assertThat(timeline.select("td.text").eachText()).contains("Caller asked for <b>speed</b>.");
    assertThat(page.select("#timeline b")).as("notes are escaped").isEmpty();
    assertThat(page.selectFirst("#audit").text()).contains("request.received", "request.noted");
    assertThat(page.selectFirst("#request-due").text()).startsWith("2027-01-12");
    assertThat(page.selectFirst("#request-days-left").text()).isEqualTo("44");
  }

  @Test
  void verifying_records_the_points_and_downgrades_or_keeps_the_request_open() {
    RightsRequest delete =
        ConsoleRequests.today(services, RequestType.DELETE, "v1@example.com", "Vera One");
    RightsRequest specific =
        ConsoleRequests.today(services, RequestType.KNOW_SPECIFIC, "v2@example.com", "Vera Two");
    RightsRequest weak =
        ConsoleRequests.today(services, RequestType.DELETE, "v3@example.com", "Vera Three");

    assertRedirect(agent.post(path(delete, "verify"), Map.of("points", "2")), delete, "verified");
    assertRedirect(
        agent.post(path(specific, "verify"), Map.of("points", "2")), specific, "downgraded");
    assertRedirect(agent.post(path(weak, "verify"), Map.of("points", "1")), weak, "not-verified");

    assertThat(get(delete).status()).isEqualTo(RequestStatus.VERIFIED);
    assertThat(get(specific).type()).isEqualTo(RequestType.KNOW_CATEGORIES);
    assertThat(get(weak).status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(get(weak).dataPointsMatched()).isEqualTo(1);
    assertThat(
            agent
                .page(path(delete, null) + "?done=verified")
                .selectFirst("#request-verification")
                .text())
        .startsWith("verified; required: reasonable; data points matched: 2");

    HttpResponse<String> notANumber = agent.post(path(weak, "verify"), Map.of("points", "many"));
    assertThat(notANumber.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(notANumber.body()).selectFirst("#verify-points-error").text())
        .isEqualTo("enter a whole number from 0 to 20");
  }

  @Test
  void extending_moves_the_due_date_once_and_a_missing_reason_is_shown_at_its_field() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "ext2@example.com", "Ex Tend");
    Document page = agent.page(path(request, null));
    assertThat(page.selectFirst("#extend-latest").text()).isEqualTo("2027-02-26");

    HttpResponse<String> noReason =
        agent.post(path(request, "extend"), Map.of("days", "30", "reason", " "));
    assertThat(noReason.statusCode()).isEqualTo(422);
    Document refused = Jsoup.parse(noReason.body());
    Element error = refused.selectFirst("#extend-reason-error");
    assertThat(error.attr("role")).isEqualTo("alert");
    assertThat(error.text()).isNotBlank();
    assertThat(refused.selectFirst("#extend-reason").attr("aria-invalid")).isEqualTo("true");
    assertThat(refused.selectFirst("#extend-days").attr("value")).isEqualTo("30");
    assertThat(get(request).extendedDueBy()).isNull();

    assertRedirect(
        agent.post(
            path(request, "extend"), Map.of("days", "30", "reason", "Records are in an archive.")),
        request,
        "extended");
    assertThat(get(request).extendedDueBy()).isEqualTo(LocalDate.of(2027, 2, 11));

    HttpResponse<String> again =
        agent.post(path(request, "extend"), Map.of("days", "5", "reason", "More."));
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(again.body()).selectFirst("#actions-error").text()).isNotBlank();
    assertThat(get(request).extendedDueBy()).isEqualTo(LocalDate.of(2027, 2, 11));
  }

  @Test
  void a_denial_needs_an_allowed_basis_and_a_text_and_then_closes_the_request() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "deny@example.com", "Dee Nied");
    Document page = agent.page(path(request, null));
    assertThat(page.select("#deny-basis option").eachAttr("value"))
        .contains("legal-obligation", "manifestly-unfounded-or-excessive")
        .doesNotContain("information-accurate", "know-limit-reached");
    assertThat(page.selectFirst("#deny-hint").text()).contains("burden of proof");

    HttpResponse<String> wrongBasis =
        agent.post(
            path(request, "deny"), Map.of("basis", "information-accurate", "text", "It is right."));
    assertThat(wrongBasis.statusCode()).isEqualTo(422);
    Document refused = Jsoup.parse(wrongBasis.body());
    assertThat(refused.selectFirst("#deny-basis-error").text()).contains("information-accurate");
    assertThat(refused.selectFirst("#deny-text").text()).isEqualTo("It is right.");

    HttpResponse<String> noText =
        agent.post(path(request, "deny"), Map.of("basis", "legal-obligation", "text", ""));
    assertThat(Jsoup.parse(noText.body()).selectFirst("#deny-text-error").text())
        .contains("needs a text");

    assertRedirect(
        agent.post(
            path(request, "deny"),
            Map.of("basis", "legal-obligation", "text", "Tax law requires us to keep invoices.")),
        request,
        "denied");
    RightsRequest denied = get(request);
    assertThat(denied.status()).isEqualTo(RequestStatus.DENIED);
    assertThat(denied.denialText()).isEqualTo("Tax law requires us to keep invoices.");
    assertThat(agent.page(path(request, null)).select("form[action$=/deny]")).isEmpty();
  }

  @Test
  void completing_a_verified_request_in_part_closes_it_with_the_response() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "done@example.com", "Don E");
    assertThat(agent.page(path(request, null)).select("form[action$=/complete]"))
        .as("not verified yet")
        .isEmpty();
    agent.post(path(request, "verify"), Map.of("points", "2"));
    assertRedirect(
        agent.post(
            path(request, "complete"),
            Map.of("nature", "complied-in-part", "text", "Deleted all but invoices.")),
        request,
        "completed");
    RightsRequest done = get(request);
    assertThat(done.status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(done.responseNature()).isEqualTo(ResponseNature.COMPLIED_IN_PART);
    assertThat(services.requests().timeline(request.id(), true))
        .extracting(RequestRepository.Entry::text)
        .contains("Deleted all but invoices.");
  }

  @Test
  void an_agents_request_is_completed_only_after_staff_record_the_consumers_confirmation() {
    String location =
        agent
            .post(
                "/admin/requests/new",
                Map.of(
                    "type", "delete",
                    "subject.name", "Connie Sumer",
                    "subject.email", "connie@example.com",
                    "requester.kind", "authorized-agent",
                    "requester.name", "Agnes Agent",
                    "requester.email", "agnes@agency.example",
                    "requester.authority", "signed-permission"))
            .headers()
            .firstValue("Location")
            .orElseThrow();
    String id = location.substring("/admin/requests/".length(), location.indexOf('?'));
    RightsRequest request = services.requests().get(id);
    assertThat(agent.page(location).selectFirst("#requester").text())
        .contains("an authorized agent", "Agnes Agent", "signed-permission", "not yet (7063(a))");
    agent.post(path(request, "verify"), Map.of("points", "2"));

    HttpResponse<String> early =
        agent.post(path(request, "complete"), Map.of("nature", "complied", "text", "Done."));
    assertThat(early.statusCode()).isEqualTo(422);
    Element error = Jsoup.parse(early.body()).selectFirst("#complete-error");
    assertThat(error.attr("role")).isEqualTo("alert");
    assertThat(error.text()).contains("not yet confirmed");
    assertThat(get(request).status()).isEqualTo(RequestStatus.VERIFIED);

    assertRedirect(
        agent.post(path(request, "confirm-agent"), Map.of()), request, "agent-confirmed");
    assertRedirect(
        agent.post(path(request, "complete"), Map.of("nature", "complied", "text", "Done.")),
        request,
        "completed");
    assertThat(get(request).status()).isEqualTo(RequestStatus.COMPLETED);
  }

  @Test
  void an_auditor_sees_no_action_forms_and_every_action_post_is_forbidden() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "audit@example.com", "Aud Itor");
    Document page = auditor.page(path(request, null));
    assertThat(page.selectFirst("#subject").text()).contains("audit@example.com");
    assertThat(page.select("main form")).isEmpty();
    for (String action : List.of("verify", "extend", "deny", "complete", "note", "confirm-agent")) {
      HttpResponse<String> post =
          auditor.post(
              path(request, action),
              Map.of(
                  "points",
                  "2",
                  "days",
                  "10",
                  "reason",
                  "r",
                  "basis",
                  "legal-obligation",
                  "text",
                  "t",
                  "nature",
                  "complied"));
      assertThat(post.statusCode()).as(action).isEqualTo(403);
    }
    assertThat(auditor.get("/admin/requests/new").statusCode()).isEqualTo(403);
    assertThat(auditor.postWithout("/admin/requests/new", Map.of()).statusCode()).isEqualTo(403);
    RightsRequest unchanged = get(request);
    assertThat(unchanged.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(unchanged.extendedDueBy()).isNull();
    assertThat(services.requests().timeline(request.id(), false)).hasSize(1);
  }

  @Test
  void a_post_without_the_csrf_token_is_refused_and_changes_nothing() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "csrf@example.com", "Cee Surf");
    HttpResponse<String> forged =
        agent.postWithout(path(request, "note"), Map.of("text", "forged"));
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong =
        agent.postWithout(path(request, "verify"), Map.of("_csrf", "not-the-token", "points", "3"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(services.requests().timeline(request.id(), false)).hasSize(1);
    assertThat(get(request).status()).isEqualTo(RequestStatus.RECEIVED);
  }

  @Test
  void a_know_request_by_phone_from_2021_tells_the_caller_the_period_covered_and_why() {
    // Rule 20; CC 1798.130(a)(2)(B): covered from 2022-01-01, and the consumer is told.
    HttpResponse<String> entered =
        agent.post(
            "/admin/requests/new",
            Map.of(
                "type", "know-categories",
                "subject.name", "Pat Period",
                "subject.email", "pat.period@example.com",
                "requester.kind", "consumer",
                "lookback.scope", "range",
                "lookback.from", "2021-06-01",
                "lookback.to", "2025-12-31"));
    assertThat(entered.statusCode()).isEqualTo(303);
    Document page = agent.page(entered.headers().firstValue("Location").orElseThrow());

    assertThat(page.selectFirst("#caller-script").text())
        .contains(
            "January 1, 2022 to December 31, 2025",
            "You asked for information from June 1, 2021. Records of events from before"
                + " January 1, 2022 are not included");
    assertThat(page.selectFirst("#request-lookback").text())
        .contains("asked from 2021-06-01", "CC 1798.130(a)(2)(B)");
  }

  @Test
  void a_request_taken_by_phone_is_stored_with_channel_phone_and_the_caller_hears_the_due_date() {
    HttpResponse<String> entered =
        agent.post(
            "/admin/requests/new",
            Map.of(
                "type", "delete",
                "subject.name", "Phil Phone",
                "subject.email", "phil@example.com",
                "subject.phone", "+1 866 555 0199",
                "requester.kind", "consumer"));
    assertThat(entered.statusCode()).isEqualTo(303);
    String location = entered.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/admin/requests/[0-9a-f-]{36}\\?done=entered");
    String id = location.substring("/admin/requests/".length(), location.indexOf('?'));
    RightsRequest stored = services.requests().get(id);
    assertThat(stored.channel()).isEqualTo(Channel.PHONE);
    assertThat(stored.subject().name()).isEqualTo("Phil Phone");
    List<AuditEvent> events = services.audit().list("request", id);
    assertThat(events.get(0).actor()).isEqualTo("staff:alice");
    assertThat(events.get(0).details()).contains("\"channel\":\"phone\"");

    Document confirmation = agent.page(location);
    assertThat(confirmation.selectFirst("#caller-reference").text()).isEqualTo(stored.reference());
    assertThat(confirmation.selectFirst("#caller-due").text())
        .isEqualTo("Tuesday, January 12, 2027");
    assertThat(confirmation.selectFirst("#caller-script").text())
        .contains("two pieces of information");

    // Recording the oral confirmation (7021(a)) adds a staff note.
    assertThat(
            agent
                .post(
                    "/admin/requests/" + id + "/note",
                    Map.of("text", confirmation.selectFirst(".caller input[name=text]").val()))
                .statusCode())
        .isEqualTo(303);
    assertThat(services.requests().timeline(id, false))
        .extracting(RequestRepository.Entry::text)
        .anyMatch(text -> text.startsWith("Receipt confirmed orally on the call"));
  }

  @Test
  void a_phone_entry_with_errors_is_shown_again_with_each_error_at_its_field_and_nothing_stored() {
    int before = services.requests().queue(null, 10_000).size();
    HttpResponse<String> refused =
        agent.post(
            "/admin/requests/new",
            Map.of(
                "type", "delete",
                "subject.email", "not-an-email",
                "subject.phone", "+1 866 555 0123",
                "requester.kind", "consumer"));
    assertThat(refused.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst(".error-summary").attr("role")).isEqualTo("alert");
    assertThat(page.selectFirst("#subject-email-error").text())
        .startsWith("is not an email address");
    assertThat(page.selectFirst("#subject-name-error").text()).contains("name is needed");
    assertThat(page.selectFirst("#subject-email").attr("aria-describedby"))
        .contains("subject-email-error");
    assertThat(page.selectFirst("#subject-phone").val()).isEqualTo("+1 866 555 0123");
    assertThat(page.selectFirst("#type option[selected]").val()).isEqualTo("delete");
    assertThat(services.requests().queue(null, 10_000)).hasSize(before);
  }

  @Test
  void phone_entry_offers_the_information_to_correct_from_the_maps_list_in_words() {
    List<CorrectableInformation> offered = CorrectableInformation.of(services.dataMap());
    assertThat(offered).isNotEmpty();
    Document form = agent.page("/admin/requests/new");
    for (int row = 0; row < 3; row++) {
      var options = form.select("select#corrections-" + row + "-field option");
      assertThat(options.eachAttr("value"))
          .containsExactlyElementsOf(
              Stream.concat(Stream.of(""), offered.stream().map(CorrectableInformation::field))
                  .toList());
      assertThat(options.eachText())
          .containsExactlyElementsOf(
              Stream.concat(
                      Stream.of("Choose…"), offered.stream().map(CorrectableInformation::words))
                  .toList());
    }
    assertThat(form.select("input[name^=corrections][name$=.field]")).isEmpty();
  }

  @Test
  void a_correction_chosen_from_the_list_is_stored_with_the_maps_field_name() {
    Document form = agent.page("/admin/requests/new");
    // The agent picks what the caller called "my address" from the list, by its words.
    String chosen =
        form.select("#corrections-0-field option").stream()
            .filter(option -> option.text().equals("Postal address"))
            .findFirst()
            .orElseThrow()
            .val();
    HttpResponse<String> entered =
        agent.post(
            "/admin/requests/new",
            Map.of(
                "type", "correct",
                "subject.name", "Cora Rect",
                "subject.email", "cora@example.com",
                "requester.kind", "consumer",
                "corrections[0].field", chosen,
                "corrections[0].value", "1 New Street, Sacramento CA 95814"));
    assertThat(entered.statusCode()).isEqualTo(303);
    String location = entered.headers().firstValue("Location").orElseThrow();
    String id = location.substring("/admin/requests/".length(), location.indexOf('?'));
    assertThat(services.requests().get(id).payload().corrections())
        .extracting(Correction::field, Correction::value)
        .containsExactly(tuple("postal_address", "1 New Street, Sacramento CA 95814"));
  }

  @Test
  void a_correction_naming_information_not_on_the_list_is_refused_at_its_row_and_nothing_stored() {
    int before = services.requests().queue(null, 10_000).size();
    HttpResponse<String> refused =
        agent.post(
            "/admin/requests/new",
            Map.of(
                "type", "correct",
                "subject.name", "Mia Address",
                "subject.email", "mia@example.com",
                "requester.kind", "consumer",
                "corrections[0].field", "email",
                "corrections[0].value", "mia.new@example.com",
                "corrections[1].field", "my address",
                "corrections[1].value", "2 Old Road"));
    assertThat(refused.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst("#corrections-1-field-error").text())
        .isEqualTo("must be one of the choices in the list");
    assertThat(page.selectFirst("#corrections-1-field").attr("aria-describedby"))
        .isEqualTo("corrections-1-field-error");
    assertThat(page.select(".error-summary a").eachAttr("href"))
        .containsExactly("#corrections-1-field");
    assertThat(page.selectFirst("#corrections-0-field-error")).isNull();
    // Shown again as chosen: the row on the list keeps its choice, the other chooses nothing.
    assertThat(page.select("#corrections-0-field option[selected]").eachAttr("value"))
        .containsExactly("email");
    assertThat(page.select("#corrections-1-field option[selected]")).isEmpty();
    assertThat(page.selectFirst("#corrections-1-value").val()).isEqualTo("2 Old Road");
    assertThat(services.requests().queue(null, 10_000)).hasSize(before);
  }

  @Test
  void an_error_in_a_later_correction_row_is_shown_at_that_row_when_earlier_rows_are_empty() {
    // Empty rows are left out of what the parser reads: its corrections[0] is the form's row 2.
    HttpResponse<String> refused =
        agent.post(
            "/admin/requests/new",
            Map.of(
                "type", "correct",
                "subject.name", "Rowan Two",
                "subject.email", "rowan@example.com",
                "requester.kind", "consumer",
                "corrections[2].field", "phone"));
    assertThat(refused.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst("#corrections-2-value-error")).isNotNull();
    assertThat(page.selectFirst("#corrections-0-value-error")).isNull();
    assertThat(page.select(".error-summary a").eachAttr("href"))
        .containsExactly("#corrections-2-value");
  }

  @Test
  void the_csv_download_needs_a_session_and_holds_no_personal_information() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "csv.pi@example.com", "Csv Pia");
    HttpResponse<String> csv = agent.get("/admin/requests.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body())
        .startsWith("reference,type,original_type,status,channel")
        .contains(request.reference() + ",delete,delete,received,web,consumer,2026-11-29")
        .doesNotContain("csv.pi@example.com", "Csv Pia");
    assertThat(server.get("/admin/requests.csv").statusCode()).isEqualTo(303);
  }

  @Test
  void an_unknown_request_is_a_404_page_and_the_landing_page_links_the_console() {
    HttpResponse<String> missing = agent.get("/admin/requests/no-such-id");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("No such request");

    assertThat(agent.page("/admin").select("main a").eachAttr("href"))
        .contains("/admin/requests", "/admin/requests/new", "/admin/outbox")
        .doesNotContain("/admin/metrics");
    assertThat(auditor.page("/admin").select("main a").eachAttr("href"))
        .contains("/admin/requests", "/admin/metrics")
        .doesNotContain("/admin/requests/new");
  }

  private static String path(RightsRequest request, String action) {
    return "/admin/requests/" + request.id() + (action == null ? "" : "/" + action);
  }

  private static RightsRequest get(RightsRequest request) {
    return services.requests().get(request.id());
  }

  private static Element row(Document queue, String reference) {
    return queue.selectFirst("tr[data-reference=" + reference + "]");
  }

  private static void assertRedirect(HttpResponse<String> response, RightsRequest to, String done) {
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/admin/requests/" + to.id() + "?done=" + done);
  }
}
