package dev.rightful.journeys;

import dev.rightful.datamap.RetentionRule;
import dev.rightful.law.Category;
import dev.rightful.law.RequestType;
import dev.rightful.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;

/**
 * What the consumer ends with, checked against the company database with the journey's own SQL: the
 * package behind the answer's link, the rows gone or kept after a deletion, the corrected row, the
 * opt-out and limit decisions, the Shine the Light list.
 */
final class Artefacts {
  private static final String PACKAGE_PATH = "/privacy/requests/package/";

  private final Journey journey;
  private final Intake.Submitted request;
  private final Mailbox.Mail answer;
  private final JourneyServer server;
  private final Consumer consumer;

  Artefacts(Journey journey, Intake.Submitted request, Mailbox.Mail answer) {
    this.journey = journey;
    this.request = request;
    this.answer = answer;
    this.server = journey.server();
    this.consumer = journey.consumer();
  }

  void check() {
    RequestType answered =
        RequestType.fromId(server.request(request.id()).path("type").asText()).orElseThrow();
    if (answered != journey.type()) {
      // 7024(a): a request for specific pieces verified only to the reasonable degree (by phone no
      // declaration can be signed) is answered as one for categories, and the consumer is told.
      journey.expect(
          answered == RequestType.KNOW_CATEGORIES
              && journey.type() == RequestType.KNOW_SPECIFIC
              && !journey.intake().takesDeclaration(),
          "a " + journey.type().id() + " request was answered as " + answered.id());
      journey.expect(
          journey.seenText().toLowerCase().contains("categories"),
          "the consumer is not told that they get the categories instead of specific pieces");
    }
    switch (answered) {
      case KNOW_SPECIFIC -> specificPieces();
      case KNOW_CATEGORIES -> categories();
      case DELETE -> deletion();
      case CORRECT -> correction();
      case OPT_OUT -> decisions(List.of("sale", "share"));
      case LIMIT_SENSITIVE -> decisions(List.of("sensitive"));
      case DIRECT_MARKETING -> shineTheLight();
    }
  }

  /**
   * CC 1798.110(c)(5), 1798.130(a)(2)(B): every record the company maintains about the consumer
   * (profile, account, card on file) and the events of the period, in a portable package.
   */
  private void specificPieces() {
    Map<String, String> zip = downloadedPackage();
    String all = String.join("\n", zip.values());
    consumer
        .rowMarkers(server.company)
        .forEach(
            (table, markers) -> {
              journey.expect(!markers.isEmpty(), "the journey's consumer has no " + table + " row");
              for (String marker : markers) {
                journey.expect(
                    all.contains(marker),
                    "the package leaves out the consumer's " + table + " row holding " + marker);
              }
            });
  }

  /** CC 1798.110(a)(1): the categories, and no specific piece of information. */
  private void categories() {
    Map<String, String> zip = downloadedPackage();
    String all = String.join("\n", zip.values());
    journey.expect(
        all.contains(Category.A.statutoryName()),
        "the list of categories does not name " + Category.A.statutoryName());
    for (String marker :
        List.of(
            consumer.cardLast4(), consumer.postalAddress(), "Journey " + consumer.n() + " asked")) {
      journey.expect(
          !all.contains(marker), "an answer about categories gives a specific piece: " + marker);
    }
  }

  /** The ZIP the answer mail links to, unzipped: entry name to text. */
  private Map<String, String> downloadedPackage() {
    String link =
        answer
            .link(PACKAGE_PATH)
            .orElseThrow(
                () ->
                    new AssertionError(
                        journey
                            + ": the answer mail has no link to the package:\n"
                            + answer.text()));
    JourneyServer.Download zip = server.download(link);
    journey.expect(zip.status() == 200, "the package link answered " + zip.status());
    journey.expect(
        zip.contentType().startsWith("application/zip"), "the package is " + zip.contentType());
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new AssertionError(journey + ": the package is not a ZIP", e);
    }
    journey.expect(!entries.isEmpty(), "the package is empty");
    entries.forEach(
        (name, text) -> {
          if (name.endsWith(".html") || name.toLowerCase().startsWith("readme")) {
            journey.seen("the package's " + name, Jsoup.parse(text).text());
          }
        });
    return entries;
  }

  /**
   * CC 1798.105(c), (d): every erasable row gone, the customer row de-identified, the rows kept for
   * tax law still there and named with their basis in the answer.
   */
  private void deletion() {
    TestDatabase db = server.company;
    Map<String, Long> left = new LinkedHashMap<>();
    left.put(
        "payment_cards",
        db.count("SELECT COUNT(*) FROM payment_cards WHERE account_id = ?", consumer.accountId()));
    left.put(
        "call_records",
        db.count(
            "SELECT COUNT(*) FROM call_records WHERE caller_number = ? OR callee_number = ?",
            consumer.phone(),
            consumer.phone()));
    left.put(
        "call_transcripts",
        db.count(
            "SELECT COUNT(*) FROM call_transcripts WHERE call_record_id = ?",
            consumer.customerId() + 5));
    left.put(
        "marketing_contacts",
        db.count("SELECT COUNT(*) FROM marketing_contacts WHERE email = ?", consumer.email()));
    left.put(
        "job_applicants",
        db.count("SELECT COUNT(*) FROM job_applicants WHERE email = ?", consumer.email()));
    left.put(
        "web_events",
        db.count("SELECT COUNT(*) FROM web_events WHERE device_id = ?", consumer.deviceId()));
    left.forEach(
        (table, rows) ->
            journey.expect(rows == 0, rows + " erasable " + table + " rows are still there"));
    List<String> customer =
        db.column(
            "SELECT CONCAT(COALESCE(email, ''), COALESCE(full_name, '')) FROM customers WHERE id = ?",
            consumer.customerId());
    journey.expect(customer.size() == 1, "the customer row, kept de-identified, is gone");
    journey.expect(
        !customer.get(0).contains(consumer.email()) && !customer.get(0).contains(consumer.name()),
        "the customer row still names the consumer");
    journey.expect(
        db.count("SELECT COUNT(*) FROM invoices WHERE account_id = ?", consumer.accountId()) == 2,
        "invoices kept for tax law were deleted");
    journey.expect(
        db.count("SELECT COUNT(*) FROM accounts WHERE customer_id = ?", consumer.customerId()) == 1,
        "the account kept for tax law was deleted");
    // Each kept row is named with the basis the map gives for keeping it (CC 1798.105(d)).
    String said = words(answer.text());
    for (String kept : List.of("accounts", "invoices")) {
      String retainedBy = table(kept).retainedBy();
      for (RetentionRule rule : server.services().dataMap().retention()) {
        if (rule.id().equals(retainedBy)) {
          journey.expect(
              said.contains(words(rule.basis())),
              "the answer does not say why the " + kept + " were kept (" + rule.basis() + ")");
        }
      }
    }
  }

  private dev.rightful.datamap.Table table(String name) {
    return server.services().dataMap().systems().stream()
        .flatMap(s -> s.tables().stream())
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The text with its line breaks and runs of spaces as single spaces, as a reader takes it. */
  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** CC 1798.106: the corrected value is in the consumer's row. */
  private void correction() {
    List<String> address =
        server.company.column(
            "SELECT postal_address FROM customers WHERE id = ?", consumer.customerId());
    journey.expect(
        address.equals(List.of(consumer.correctedAddress())),
        "the customer row holds "
            + address
            + ", not the corrected address the consumer asked for in "
            + journey.correctionWords());
    journey.expect(
        !answer.text().contains("no record of"),
        "the answer says there was nothing to correct:\n" + answer.text());
  }

  /** 7026(f), 7027(g): the company's systems asking Rightful are told the consumer said no. */
  private void decisions(List<String> purposes) {
    for (String purpose : purposes) {
      JourneyServer.Answer decision =
          server.api(
              "GET",
              "/api/v1/consent/decision?subject="
                  + Journey.encode("email:" + consumer.email())
                  + "&purpose="
                  + purpose,
              null,
              server.serviceToken);
      journey.expect(decision.status() == 200, "the decision API answered " + decision.status());
      journey.expect(
          !decision.json().path("allowed").asBoolean(true),
          purpose + " is still allowed for the consumer: " + decision.text());
    }
  }

  /**
   * CC 1798.83 (rule 46): the categories and the names and addresses of the third parties that
   * received personal information for their own direct marketing in the preceding calendar year, or
   * a plain statement that there were none.
   */
  private void shineTheLight() {
    String text = words(answer.text());
    journey.expect(
        text.toLowerCase().contains("direct marketing"),
        "the Shine the Light answer does not speak of direct marketing:\n" + text);
    int year =
        dev.rightful.testing.TestServer.CLOCK
            .instant()
            .atZone(dev.rightful.testing.TestServer.CLOCK.getZone())
            .getYear();
    journey.expect(
        text.contains(String.valueOf(year - 1)),
        "the Shine the Light answer does not name the preceding calendar year " + (year - 1));
  }
}
