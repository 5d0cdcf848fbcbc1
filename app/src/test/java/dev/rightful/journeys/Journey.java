package dev.rightful.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.law.RequestType;
import dev.rightful.testing.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;

/**
 * One consumer's request followed from start to finish: submit → code → verify → (agent confirmed)
 * → fulfil → answer → the artefact the consumer ends with. Every text the consumer (or their agent)
 * reads on the way is kept and checked at the end by {@link ConsumerText}; the company database is
 * checked with the journey's own SQL by {@link Artefacts}.
 */
final class Journey {
  /** A text the consumer or their agent read, and where. */
  record Seen(String where, String text) {}

  private final JourneyServer server;
  private final RequestType type;
  private final Intake intake;
  private final Consumer consumer;
  private final List<Seen> seen = new ArrayList<>();
  private final LocalDate askedFrom;

  Journey(JourneyServer server, RequestType type, Intake intake) {
    this(server, type, intake, null);
  }

  /**
   * A request to know for the period from {@code askedFrom} to the day of receipt (null: the
   * default period).
   */
  Journey(JourneyServer server, RequestType type, Intake intake, LocalDate askedFrom) {
    this.server = server;
    this.type = type;
    this.intake = intake;
    this.consumer = server.newConsumer();
    this.askedFrom = askedFrom;
  }

  LocalDate askedFrom() {
    return askedFrom;
  }

  /** What the consumer read, and where. */
  List<Seen> seen() {
    return List.copyOf(seen);
  }

  JourneyServer server() {
    return server;
  }

  RequestType type() {
    return type;
  }

  Consumer consumer() {
    return consumer;
  }

  Intake intake() {
    return intake;
  }

  /** Whether the request is carried out in the company's database (know, delete, correct). */
  boolean changesTheCompanyDatabase() {
    return type.isKnow() || type == RequestType.DELETE || type == RequestType.CORRECT;
  }

  void run() {
    Intake.Submitted request = intake.submit(this);
    expect(request.reference().matches("R-[0-9A-Z]{8}"), "no reference: " + request);

    // Code and verification (7060-7062); none for opt-out, limit and Shine the Light (7026(d),
    // 7027(e)).
    if (type.requiresVerification()) {
      expectStatus(request, "received");
      intake.verify(this, request);
      expectStatus(request, "verified");
    } else {
      JsonNode stored = server.request(request.id());
      expect(
          !stored.path("status").asText().equals("received"),
          "a " + type.id() + " request waits for verification it does not need");
      expect(
          server.mailbox.all(consumer.email()).stream()
              .noneMatch(m -> m.subject().contains("verification code")),
          "a code was mailed for a request that needs no verification");
    }
    intake.authorize(this, request);

    fulfil(request);
    expectStatus(request, "completed");

    Mailbox.Mail answer = answer(request);
    if (request.statusPath() != null) {
      String statusPage =
          Jsoup.parse(WebClient.of(server.server).get(request.statusPath()).body())
              .select("main")
              .text();
      seen.add(new Seen("the status page", statusPage));
      expect(
          statusPage.contains("Completed"),
          "the status page does not say the request is completed: " + statusPage);
    }

    new Artefacts(this, request, answer).check();

    for (String to : readers()) {
      for (Mailbox.Mail mail : server.mailbox.all(to)) {
        seen.add(new Seen(mail.toString(), mail.subject() + "\n" + mail.text()));
      }
    }
    ConsumerText.check(server.services().dataMap(), seen, notices(request), this);
  }

  /** The consumer, and the agent who acts for them if any. */
  List<String> readers() {
    List<String> readers = new ArrayList<>();
    readers.add(consumer.email());
    readers.addAll(intake.alsoWritesTo(this));
    return readers;
  }

  private void fulfil(Intake.Submitted request) {
    String staff = server.staffToken;
    if (changesTheCompanyDatabase() || type == RequestType.DIRECT_MARKETING) {
      if (server.services().requests().get(request.id()).isOpen()) {
        JourneyServer.Answer started =
            server.api("POST", "/api/v1/requests/" + request.id() + "/fulfil", null, staff);
        expect(
            started.status() == 202,
            (type == RequestType.DIRECT_MARKETING
                    ? "a Shine the Light request is never answered (CC 1798.83): "
                    : "")
                + "POST /fulfil answered "
                + started.status()
                + " "
                + started.text());
      }
    } else {
      // Opt-out and limit: staff pass the choice on to each recipient a person must tell, and
      // confirm it (7026(f), 7027(g)); the request completes with the last confirmation.
      for (Notice notice : notices(request)) {
        if (notice.status().equals("pending")) {
          JourneyServer.Answer confirmed =
              server.api(
                  "POST",
                  "/api/v1/requests/" + request.id() + "/notifications/" + notice.id() + "/confirm",
                  "{\"note\": \"Passed on by the journey.\"}",
                  staff);
          expect(
              confirmed.status() == 200,
              "confirming a notice answered " + confirmed.status() + confirmed.text());
        }
      }
      awaitIdle(request, 20);
      if (server.services().requests().get(request.id()).isOpen()) {
        // Nobody to tell (no recipient receives what the request is about): staff record that the
        // choice is applied, as the console's Complete form does.
        JourneyServer.Answer completed =
            server.api(
                "POST",
                "/api/v1/requests/" + request.id() + "/complete",
                "{\"nature\": \"complied\", \"text\": \"Your choice is recorded and applied.\"}",
                staff);
        expect(
            completed.status() == 200,
            "completing the request answered " + completed.status() + completed.text());
      }
    }
    awaitIdle(request, 300);
  }

  List<Notice> notices(Intake.Submitted request) {
    return server.services().fulfilment().notifier().list(request.id());
  }

  /** Waits for the request to close (the scheduler's worker runs it); no assertion on time. */
  void awaitIdle(Intake.Submitted request, int tenthsOfSeconds) {
    for (int i = 0;
        i < tenthsOfSeconds && server.services().requests().get(request.id()).isOpen();
        i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private Mailbox.Mail answer(Intake.Submitted request) {
    Predicate<Mailbox.Mail> isAnswer =
        m -> m.subject().contains(request.reference()) && m.subject().contains("complete");
    List<String> to = readers();
    long until = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < until) {
      for (String reader : to) {
        var found = server.mailbox.all(reader).stream().filter(isAnswer).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "no answer mail for "
            + request.reference()
            + "; the consumer received "
            + server.mailbox.all(consumer.email()));
  }

  private void expectStatus(Intake.Submitted request, String status) {
    JsonNode stored = server.request(request.id());
    expect(
        stored.path("status").asText().equals(status),
        "expected the request "
            + status
            + " but it is "
            + stored.path("status").asText()
            + " (type "
            + stored.path("type").asText()
            + ")");
  }

  Mailbox.Mail nextMail(String to, String subjectPart) {
    return server.mailbox.next(to, subjectPart);
  }

  Mailbox.Mail nextMail(String to, String what, Predicate<Mailbox.Mail> wanted) {
    return server.mailbox.next(to, what, wanted);
  }

  /**
   * The written confirmation of request {@code reference} in {@code to}'s mailbox, with its status
   * link: required for know, delete and correct (7021(a)) and for an opt-out (7026(f)(4): a means
   * to confirm it was processed); a limit or Shine the Light request may have none.
   */
  java.util.Optional<Mailbox.Mail> receipt(String to, String reference) {
    Predicate<Mailbox.Mail> receipt =
        m ->
            m.subject().contains(reference)
                && !m.subject().contains("complete")
                && !m.text().contains("/confirm-agent/")
                && m.link("/privacy/requests/status/").isPresent();
    boolean required = type.requiresVerification() || type == RequestType.OPT_OUT;
    if (required) {
      return java.util.Optional.of(nextMail(to, "receipt of " + reference, receipt));
    }
    try {
      return java.util.Optional.of(server.mailbox.next(to, "receipt", receipt, 3));
    } catch (AssertionError none) {
      return java.util.Optional.empty();
    }
  }

  /** The status link of the receipt, or null when there is no receipt to carry one. */
  String statusLink(String to, String reference) {
    return receipt(to, reference)
        .map(m -> m.link("/privacy/requests/status/").orElseThrow())
        .orElse(null);
  }

  /** Everything the consumer has read so far, and the answer. */
  String seenText() {
    StringBuilder all = new StringBuilder();
    seen.forEach(s -> all.append(s.text()).append('\n'));
    for (String to : readers()) {
      server.mailbox.all(to).forEach(m -> all.append(m.text()).append('\n'));
    }
    return all.toString();
  }

  /** How the consumer named the field to correct. */
  String correctionWords() {
    return intake instanceof WebFormIntake
        ? "the form's words (\"" + WebFormIntake.CORRECTION_FIELD + "\")"
        : "the field postal_address";
  }

  /** Keeps a text the consumer read, for the checks at the end. */
  void seen(String where, String text) {
    seen.add(new Seen(where, text));
  }

  /** The company rows of the consumer are all still there, as inserted. */
  void expectUntouched() {
    expect(
        server.company.count("SELECT COUNT(*) FROM customers WHERE email = ?", consumer.email())
                == 1
            && server.company.count(
                    "SELECT COUNT(*) FROM payment_cards WHERE account_id = ?", consumer.accountId())
                == 1,
        "the consumer's rows changed before the company could act on the request");
  }

  void expect(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(this + ": " + message);
    }
  }

  static String text(String html) {
    return Jsoup.parse(html).text();
  }

  /** The path of a link, with any scheme and host dropped. */
  static String path(String link) {
    return link.replaceFirst("^https?://[^/]+", "");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return type.id()
        + " by "
        + intake
        + " on "
        + server.company
        + " (consumer "
        + consumer.n()
        + ")";
  }
}
