package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.law.RequestType;
import dev.rightful.mail.Dispatcher;
import dev.rightful.mail.DispatcherSettings;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.ResponseNature;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.Webhooks;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recipient notices against real vendors: a small HTTP server per webhook vendor that checks the
 * signature with its own secret, GreenMail for email vendors, and a vendor with neither for staff.
 */
class RecipientNotifierTest {
  private static final String SHARED = Webhooks.secret("shared-webhook-secret");
  private static final String ADCO = Webhooks.secret("adco-own-secret");

  private final List<String> received = new CopyOnWriteArrayList<>();
  private HttpServer vendors;
  private volatile int answerStatus = 200;
  private volatile String answerBody = "{\"acknowledged\":true}";

  @BeforeEach
  void startVendors() throws Exception {
    vendors = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // Each vendor checks the signature with the secret it holds.
    vendors.createContext("/adco", exchange -> answer(exchange, ADCO));
    vendors.createContext("/cloud", exchange -> answer(exchange, SHARED));
    vendors.start();
  }

  private void answer(com.sun.net.httpserver.HttpExchange exchange, String secret)
      throws java.io.IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    boolean valid =
        Webhooks.valid(
            secret, body, exchange.getRequestHeaders()::getFirst, TestServer.CLOCK.instant());
    if (valid) {
      received.add(exchange.getHttpContext().getPath() + " " + new String(body, UTF8));
    }
    byte[] answer = (valid ? answerBody : "{}").getBytes(UTF8);
    exchange.sendResponseHeaders(valid ? answerStatus : 401, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  @AfterEach
  void stopVendors() {
    vendors.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + vendors.getAddress().getPort() + path;
  }

  /**
   * The example map with vendors: AdCo (ad-partners, sold and shared to) on a webhook with its own
   * secret; CloudCo (cloud-hosting, a service provider) on a webhook with the shared secret, and
   * PostCo by email; the operating-systems provider with a vendor that has neither.
   */
  private DataMap withVendors() {
    return withVendors(
        Map.of(
            "ad-partners",
            List.of(new Recipient.Vendor("AdCo", null, url("/adco"), "ADCO_SECRET", null)),
            "cloud-hosting",
            List.of(
                new Recipient.Vendor("CloudCo", null, url("/cloud"), null, null),
                new Recipient.Vendor("PostCo", "privacy@postco.example", null, null, null)),
            "operating-systems",
            List.of(new Recipient.Vendor("OpsCo", null, null, null, null))));
  }

  static DataMap withVendors(Map<String, List<Recipient.Vendor>> byRecipient) {
    DataMap map = CompanyDb.map();
    List<Recipient> recipients = new ArrayList<>();
    for (Recipient r : map.recipients()) {
      recipients.add(
          new Recipient(
              r.id(),
              r.kind(),
              r.description(),
              r.categories(),
              r.purposeIds(),
              r.transfer(),
              byRecipient.getOrDefault(r.id(), r.vendors()),
              r.location()));
    }
    return new DataMap(
        map.directory(),
        map.business(),
        map.notice(),
        map.methods(),
        map.categories(),
        map.sources(),
        map.purposes(),
        recipients,
        map.systems(),
        map.retention(),
        map.minors(),
        map.financialIncentives(),
        map.doNotTrack());
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void each_vendor_is_told_once_and_each_webhook_is_signed_with_that_vendors_own_secret() {
    try (Rig rig = new Rig("fulfil_notify", withVendors())) {
      RecipientNotifier notifier =
          rig.fulfilmentWithEnv(
                  id -> null, 3, env("ADCO_SECRET", ADCO, VendorSecrets.SHARED, SHARED)::get)
              .notifier();
      String id = rig.verifiedRequest(RequestType.DELETE);
      String reference = rig.requests.get(id).reference();

      // AdCo, CloudCo, PostCo and OpsCo by name; the four service providers whose companies the
      // map does not name (analysis, CRM, security, support) as one staff task each.
      assertThat(notifier.enqueue(id, "delete")).isEqualTo(8);
      assertThat(notifier.enqueue(id, "delete")).isZero();
      assertThat(notifier.list(id))
          .filteredOn(n -> n.vendor().startsWith("every company in this category"))
          .extracting(Notice::recipientId, Notice::channel)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("data-analysis", "manual"),
              org.assertj.core.groups.Tuple.tuple("marketing-and-crm", "manual"),
              org.assertj.core.groups.Tuple.tuple("security", "manual"),
              org.assertj.core.groups.Tuple.tuple("customer-support", "manual"));
      assertThat(notifier.staffTasks(id)).hasSize(6); // the four, PostCo (email) and OpsCo
      assertThat(notifier.deliverPending()).isEqualTo(2);

      long adco = notice(notifier, id, "AdCo").id();
      assertThat(received)
          .contains(
              "/adco {\"notificationId\":"
                  + adco
                  + ",\"requestReference\":\""
                  + reference
                  + "\",\"type\":\"delete\",\"respondBy\":\""
                  + rig.requests.get(id).effectiveDueBy()
                  + "\",\"subjectKeys\":{\"email\":\"jane.doe@example.com\"},"
                  + "\"callbackUrl\":\"https://privacy.example.com/api/v1/notifications/"
                  + adco
                  + "/ack\"}")
          .hasSize(2);
      assertThat(notifier.list(id))
          .filteredOn(n -> !n.vendor().startsWith("every company in this category"))
          .extracting(Notice::vendor, Notice::channel, Notice::status)
          .containsExactlyInAnyOrder(
              tuple("AdCo", "webhook", "acknowledged"),
              tuple("CloudCo", "webhook", "acknowledged"),
              tuple("PostCo", "email", "pending"),
              tuple("OpsCo", "manual", "pending"));
      assertThat(
              rig.audit.list("request", id).stream()
                  .filter(e -> e.action().equals("fulfil.recipient-notice-queued"))
                  .count())
          .isEqualTo(8);
      // No personal information in the table that tracks the notices.
      assertThat(rig.count("SELECT COUNT(*) FROM fulfil_notification WHERE due_on IS NULL"))
          .isZero();
    }
  }

  @Test
  void a_vendor_whose_secret_is_unset_waits_and_is_never_signed_with_the_shared_secret() {
    try (Rig rig = new Rig("fulfil_notify_unset", withVendors())) {
      RecipientNotifier notifier =
          rig.fulfilmentWithEnv(id -> null, 3, env(VendorSecrets.SHARED, SHARED)::get).notifier();
      String id = rig.verifiedRequest(RequestType.OPT_OUT);
      notifier.enqueue(id, "opt-out");

      assertThat(notifier.deliverPending()).isZero();

      assertThat(received).isEmpty();
      assertThat(notifier.list(id))
          .extracting(Notice::vendor, Notice::status, Notice::attempts, Notice::lastError)
          .containsExactly(tuple("AdCo", "pending", 1, "no webhook secret: set ADCO_SECRET"));
    }
  }

  @Test
  void a_vendor_that_answers_later_calls_back_signed_and_only_its_own_secret_counts() {
    answerStatus = 202;
    answerBody = "";
    try (Rig rig = new Rig("fulfil_notify_callback", withVendors())) {
      RecipientNotifier notifier =
          rig.fulfilmentWithEnv(
                  id -> null, 3, env("ADCO_SECRET", ADCO, VendorSecrets.SHARED, SHARED)::get)
              .notifier();
      String id = rig.verifiedRequest(RequestType.OPT_OUT);
      notifier.enqueue(id, "opt-out");
      notifier.deliverPending();
      Notice adco = notice(notifier, id, "AdCo");
      assertThat(adco.status()).isEqualTo("sent");

      byte[] body = ("{\"notificationId\":" + adco.id() + ",\"acknowledged\":true}").getBytes();
      byte[] other =
          ("{\"notificationId\":" + (adco.id() + 1) + ",\"acknowledged\":true}").getBytes();
      assertThat(
              notifier.acknowledge(
                  adco.id(), body, Webhooks.sign(SHARED, body, TestServer.CLOCK.instant())))
          .isEqualTo(RecipientNotifier.Callback.REFUSED);
      assertThat(
              notifier.acknowledge(
                  adco.id(), other, Webhooks.sign(ADCO, other, TestServer.CLOCK.instant())))
          .isEqualTo(RecipientNotifier.Callback.REFUSED);
      assertThat(notice(notifier, id, "AdCo").status()).isEqualTo("sent");
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.VERIFIED);

      // Signed six minutes before now: a replay, refused.
      WebhookSignature.Signed stale =
          Webhooks.sign(ADCO, body, TestServer.CLOCK.instant().minusSeconds(360));
      assertThat(notifier.acknowledge(adco.id(), body, stale))
          .isEqualTo(RecipientNotifier.Callback.REFUSED);

      assertThat(
              notifier.acknowledge(
                  adco.id(), body, Webhooks.sign(ADCO, body, TestServer.CLOCK.instant())))
          .isEqualTo(RecipientNotifier.Callback.ACKNOWLEDGED);
      // AdCo was the only recipient sold or shared to: the opt-out's work is done.
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(
              notifier.acknowledge(
                  adco.id(), body, Webhooks.sign(ADCO, body, TestServer.CLOCK.instant())))
          .isEqualTo(RecipientNotifier.Callback.ALREADY_ACKNOWLEDGED);
      assertThat(notice(notifier, id, "AdCo"))
          .extracting(Notice::status, Notice::confirmedBy)
          .containsExactly("acknowledged", "vendor:ad-partners/AdCo");
      assertThat(rig.audit.list("request", id))
          .filteredOn(e -> e.action().equals("fulfil.recipient-notice-acknowledged"))
          .extracting(e -> e.actor())
          .containsExactly("vendor:ad-partners/AdCo");
    }
  }

  @Test
  void an_email_vendor_is_mailed_through_the_outbox_sent_once_delivered_then_confirmed_by_staff()
      throws Exception {
    GreenMail smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    try (Rig rig = new Rig("fulfil_notify_email", withVendors())) {
      RecipientNotifier notifier =
          rig.fulfilmentWithEnv(id -> null, 3, env(VendorSecrets.SHARED, SHARED)::get).notifier();
      String id = rig.verifiedRequest(RequestType.DELETE);
      notifier.enqueue(id, "delete");

      notifier.deliverPending();
      Notice mailed = notice(notifier, id, "PostCo");
      assertThat(mailed.outboxId()).isNotNull();
      assertThat(mailed.status()).isEqualTo("pending");
      notifier.deliverPending();
      assertThat(rig.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'vendor-request'"))
          .as("mailed once, however often delivery runs")
          .isEqualTo(1);

      try (Dispatcher dispatcher =
          new Dispatcher(
              rig.outbox,
              new SmtpSettings(
                  "127.0.0.1",
                  smtp.getSmtp().getPort(),
                  "privacy@company.example",
                  null,
                  null,
                  false),
              DispatcherSettings.every(Duration.ofSeconds(5)),
              TestServer.CLOCK)) {
        dispatcher.dispatchOnce(); // the consumer's receipt goes out too
      }
      List<MimeMessage> toVendor = new ArrayList<>();
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals("privacy@postco.example")) {
          toVendor.add(m);
        }
      }
      assertThat(toVendor).hasSize(1);
      MimeMessage mail = toVendor.get(0);
      assertThat(mail.getSubject()).doesNotContain("jane");
      assertThat(GreenMailUtil.getBody(mail))
          .contains("request to delete their personal information")
          .contains("Email: jane.doe@example.com")
          .contains(rig.requests.get(id).reference());

      notifier.deliverPending();
      assertThat(notice(notifier, id, "PostCo").status()).isEqualTo("sent");

      Notice confirmed =
          notifier.confirm(id, mailed.id(), "staff:alice", "PostCo replied: all deleted.");
      assertThat(confirmed)
          .extracting(Notice::status, Notice::confirmedBy)
          .containsExactly("acknowledged", "staff:alice");
      assertThat(rig.requests.timeline(id, false))
          .anyMatch(e -> e.text().contains("PostCo replied: all deleted."));
      assertThat(rig.requests.timeline(id, true))
          .noneMatch(e -> e.text().contains("PostCo replied"));
    } finally {
      smtp.stop();
    }
  }

  @Test
  void a_manual_vendor_is_a_task_staff_confirm_while_a_pending_webhook_cannot_be_confirmed() {
    try (Rig rig = new Rig("fulfil_notify_manual", withVendors())) {
      RecipientNotifier notifier = rig.fulfilmentWithEnv(id -> null, 3, name -> null).notifier();
      String id = rig.verifiedRequest(RequestType.CORRECT);
      notifier.enqueue(id, "correct");
      Notice ops = notice(notifier, id, "OpsCo");
      Notice cloud = notice(notifier, id, "CloudCo");

      assertThat(notifier.staffTasks(id)).extracting(Notice::vendor).contains("OpsCo", "PostCo");
      assertThatThrownBy(() -> notifier.confirm(id, cloud.id(), "staff:alice", null))
          .isInstanceOf(RequestRuleViolation.class)
          .hasMessageContaining("acknowledged by the vendor");
      assertThatThrownBy(() -> notifier.confirm("another", ops.id(), "staff:alice", null))
          .isInstanceOf(RequestRuleViolation.class);

      notifier.confirm(id, ops.id(), "staff:alice", "");

      assertThat(notice(notifier, id, "OpsCo").status()).isEqualTo("acknowledged");
      assertThat(notifier.staffTasks(id)).extracting(Notice::vendor).doesNotContain("OpsCo");
      assertThatThrownBy(() -> notifier.confirm(id, ops.id(), "staff:alice", null))
          .hasMessageContaining("already acknowledged");
    }
  }

  @Test
  void an_opt_out_is_completed_once_every_vendor_has_acknowledged_and_not_before() {
    DataMap map =
        withVendors(
            Map.of(
                "ad-partners",
                List.of(
                    new Recipient.Vendor("AdCo", null, url("/adco"), "ADCO_SECRET", null),
                    new Recipient.Vendor("AdPhoneCo", null, null, null, null))));
    try (Rig rig = new Rig("fulfil_notify_optout_done", map)) {
      RecipientNotifier notifier =
          rig.fulfilmentWithEnv(id -> null, 3, env("ADCO_SECRET", ADCO)::get).notifier();
      String id = rig.verifiedRequest(RequestType.OPT_OUT);
      String other = rig.verifiedRequest(RequestType.OPT_OUT);
      notifier.enqueue(id, "opt-out");
      notifier.enqueue(other, "opt-out");

      // AdCo answers {"acknowledged": true} at once; AdPhoneCo is a person's task.
      notifier.deliverPending();
      assertThat(notice(notifier, id, "AdCo").status()).isEqualTo("acknowledged");
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.VERIFIED);

      notifier.confirm(id, notice(notifier, id, "AdPhoneCo").id(), "staff:alice", null);
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(rig.requests.get(id).responseNature()).isEqualTo(ResponseNature.COMPLIED);
      assertThat(rig.requests.timeline(id, true))
          .anyMatch(e -> e.text().contains("passed it on to all 2 businesses"));
      // The other opt-out still waits for its person, and a later sweep completes nothing more.
      assertThat(notifier.completeAllTold(null)).isZero();
      assertThat(rig.requests.get(other).status()).isEqualTo(RequestStatus.VERIFIED);
    }
  }

  @Test
  void opt_out_notices_go_to_those_sold_or_shared_to_due_fifteen_business_days_after_receipt() {
    try (Rig rig = new Rig("fulfil_notify_due", withVendors())) {
      RecipientNotifier notifier = rig.fulfilmentWithEnv(id -> null, 3, name -> null).notifier();
      String optOut = rig.verifiedRequest(RequestType.OPT_OUT);
      notifier.enqueue(optOut, "opt-out");

      // Received Sunday 2026-11-29: 15 business days, Thanksgiving week past, run to 2026-12-18.
      assertThat(notifier.list(optOut))
          .extracting(Notice::recipientId, Notice::dueOn)
          .containsExactly(tuple("ad-partners", LocalDate.of(2026, 12, 18)));
    }
  }

  private static Notice notice(RecipientNotifier notifier, String requestId, String vendor) {
    return notifier.list(requestId).stream()
        .filter(n -> n.vendor().equals(vendor))
        .findFirst()
        .orElseThrow();
  }
}
