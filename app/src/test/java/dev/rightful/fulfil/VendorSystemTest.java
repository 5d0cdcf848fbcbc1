package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.rightful.audit.AuditEvent;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.fulfil.vendor.VendorDataInvalid;
import dev.rightful.law.RequestType;
import dev.rightful.mail.Dispatcher;
import dev.rightful.mail.DispatcherSettings;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestStatus;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.Webhooks;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Systems vendors hold: a webhook system answers at once or calls back signed, a vendor that is
 * down is retried and then blocks the request, an email system's vendor is mailed, and the data a
 * vendor or a person reports reaches the access package and the deletion certificate like a
 * database's, checked against the map and sealed in Rightful's database.
 */
class VendorSystemTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VENDOR_SSN = "987-65-4321";
  private static final String PAPER_SSN = "555-44-3333";

  private static ManualScheduler scheduler(Rig rig, Fulfilment fulfilment) {
    ManualScheduler scheduler =
        TestHelper.createManualScheduler(rig.database.dataSource(), fulfilment.scheduler().tasks())
            .clock(new SettableClock())
            .build();
    fulfilment.scheduler().use(scheduler);
    return scheduler;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String status(Fulfilment fulfilment, String id, String step) {
    return fulfilment.jobs().find(id, step).orElseThrow().status().id();
  }

  private static long actions(Rig rig, String id, String actor, String action) {
    return rig.audit.list("request", id).stream()
        .filter(e -> e.actor().equals(actor) && e.action().equals(action))
        .count();
  }

  @Test
  void an_email_systems_refused_mail_blocks_its_step_and_starting_again_mails_anew()
      throws Exception {
    try (Rig rig = new Rig("fulfil_vendor_mail_refused", VendorSystems.map());
        CompanyDb company = CompanyDb.mariadb();
        VendorSystems.Vendor vendor = new VendorSystems.Vendor(200, "{\"tables\": {}}");
        RefusingSmtp smtp = new RefusingSmtp("privacy@mailvendor.example")) {
      JdbcConnector connector = new JdbcConnector(company.dataSource);
      Fulfilment fulfilment =
          rig.fulfilmentWithEnv(id -> connector, 3, VendorSystems.env(vendor::url));
      ManualScheduler scheduler = scheduler(rig, fulfilment);
      String id = rig.verifiedRequest(RequestType.KNOW_SPECIFIC);
      fulfilment.start(id, "staff:test");
      scheduler.runAnyDueExecutions();
      assertThat(status(fulfilment, id, "mail_vendor")).isEqualTo("waiting");
      assertThat(fulfilment.service().blockRefusedVendorMail()).as("not sent yet").isZero();

      // The vendor's mail server answers 550 to its address; the consumer's receipt goes out.
      try (Dispatcher dispatcher =
          new Dispatcher(
              rig.outbox,
              new SmtpSettings(
                  "127.0.0.1", smtp.port(), "privacy@company.example", null, null, false),
              DispatcherSettings.every(Duration.ofSeconds(5)),
              TestServer.CLOCK)) {
        dispatcher.dispatchOnce();
      }
      assertThat(
              rig.count(
                  "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'vendor-request'"
                      + " AND status = 'failed'"))
          .isEqualTo(1);

      assertThat(fulfilment.service().blockRefusedVendorMail()).isEqualTo(1);
      assertThat(status(fulfilment, id, "mail_vendor")).isEqualTo("blocked");
      assertThat(rig.requests.timeline(id, false))
          .anyMatch(
              e ->
                  e.text().contains("'mail_vendor'")
                      && e.text().contains("VendorMailRefused: the server refused the recipient"));
      assertThat(fulfilment.service().blockRefusedVendorMail()).as("blocked once").isZero();

      // Staff fix the address and start again: the vendor is mailed anew, the step waits again.
      fulfilment.start(id, "staff:alice");
      scheduler.runAnyDueExecutions();
      assertThat(status(fulfilment, id, "mail_vendor")).isEqualTo("waiting");
      assertThat(rig.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'vendor-request'"))
          .isEqualTo(2);
      assertThat(fulfilment.service().blockRefusedVendorMail()).isZero();
    }
  }

  @Test
  void an_answer_at_once_and_data_a_person_attaches_reach_the_package_without_the_ssn()
      throws Exception {
    String rows =
        "{'tables': {'customers': [{'id': 501, 'full_name': 'Vendor Jane',"
            + " 'email': 'jane.doe@example.com', 'created_at': '2026-06-01T09:00:00Z'}],"
            + " 'job_applicants': [{'id': 9, 'full_name': 'Vendor Jane', 'ssn': '"
            + VENDOR_SSN
            + "', 'applied_at': '2026-05-02'}]}}";
    try (Rig rig = new Rig("fulfil_vendor_access", VendorSystems.map());
        CompanyDb company = CompanyDb.mariadb();
        VendorSystems.Vendor vendor = new VendorSystems.Vendor(200, rows.replace('\'', '"'))) {
      JdbcConnector connector = new JdbcConnector(company.dataSource);
      Fulfilment fulfilment =
          rig.fulfilmentWithEnv(id -> connector, 3, VendorSystems.env(vendor::url));
      ManualScheduler scheduler = scheduler(rig, fulfilment);
      String id = rig.verifiedRequest(RequestType.KNOW_SPECIFIC);

      fulfilment.start(id, "staff:test");
      scheduler.runAnyDueExecutions();

      assertThat(status(fulfilment, id, "vendor_api")).isEqualTo("done");
      assertThat(status(fulfilment, id, "paper_files")).isEqualTo("waiting");
      assertThat(status(fulfilment, id, "mail_vendor")).isEqualTo("waiting");
      assertThat(vendor.received).hasSize(1);
      assertThat(vendor.received.get(0).signed()).isTrue();
      JsonNode asked = JSON.readTree(vendor.received.get(0).body());
      assertThat(asked.path("type").asText()).isEqualTo("access");
      assertThat(asked.path("subjectKeys").path("email").asText())
          .isEqualTo("jane.doe@example.com");
      assertThat(asked.path("tables").path("job_applicants").path("fields").toString())
          .contains("\"ssn\"");
      assertThat(asked.path("callbackUrl").asText())
          .isEqualTo(
              "https://privacy.example.com/api/v1/requests/" + id + "/systems/vendor_api/result");
      // What the vendor sent is personal information: sealed, never in clear.
      assertThat(rig.count("SELECT COUNT(*) FROM fulfil_job WHERE found_sealed IS NOT NULL"))
          .isPositive();
      assertThat(
              rig.count(
                  "SELECT COUNT(*) FROM fulfil_job WHERE found_sealed LIKE '%Vendor Jane%'"
                      + " OR found_sealed LIKE '%"
                      + VENDOR_SSN
                      + "%'"))
          .isZero();
      assertThat(rig.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'vendor-request'"))
          .as("the email system's vendor is asked once, through the outbox")
          .isEqualTo(1);

      assertThatThrownBy(
              () ->
                  fulfilment.confirmStep(
                      id,
                      "paper_files",
                      "staff:alice",
                      null,
                      json("{'job_applicants': [{'full_name': 'Paper Jane', 'salary': 1}]}")))
          .isInstanceOf(VendorDataInvalid.class)
          .hasMessageContaining("'salary' is not a mapped field of table 'job_applicants'")
          .extracting(e -> ((VendorDataInvalid) e).field())
          .isEqualTo("job_applicants.salary");
      assertThat(status(fulfilment, id, "paper_files")).isEqualTo("waiting");

      assertThat(
              fulfilment.confirmStep(
                  id,
                  "paper_files",
                  "staff:alice",
                  "From the filing cabinet.",
                  json(
                      "{'job_applicants': [{'id': 77, 'full_name': 'Paper Jane', 'ssn': '"
                          + PAPER_SSN
                          + "', 'applied_at': '2026-04-01'}]}")))
          .isTrue();
      assertThat(fulfilment.confirmStep(id, "mail_vendor", "staff:alice", "Nothing held.", null))
          .isTrue();
      scheduler.runAnyDueExecutions();

      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
      Map<String, String> files =
          JdbcAccessTest.unzip(fulfilment.packages().find(id).orElseThrow().zip());
      assertThat(files)
          .containsKeys(
              "vendor_api.customers.csv",
              "vendor_api.job_applicants.csv",
              "paper_files.job_applicants.csv");
      assertThat(files.get("vendor_api.customers.csv")).contains("Vendor Jane", "2026-06-01T09:00");
      assertThat(files.get("paper_files.job_applicants.csv")).contains("Paper Jane");
      assertThat(files.get("data.json"))
          .contains("\"ssn\" : \"[held, not disclosed]\"", "paper_files", "vendor_api");
      files
          .values()
          .forEach(text -> assertThat(text).doesNotContain(VENDOR_SSN, PAPER_SSN, CompanyDb.SSN));
      assertThat(actions(rig, id, "system", "fulfil.vendor-request-sent")).isEqualTo(1);
      assertThat(rig.audit.list("request", id))
          .filteredOn(e -> e.action().equals("fulfil.manual-step-confirmed"))
          .extracting(AuditEvent::details)
          .anyMatch(d -> d.contains("\"rows\":1"));
      assertThat(rig.audit.list("request", id).toString()).doesNotContain("Jane", "555-44");
    }
  }

  @Test
  void a_vendor_silent_after_its_202_is_reminded_three_times_then_its_step_is_blocked() {
    try (Rig rig = new Rig("fulfil_vendor_silent", VendorSystems.map());
        CompanyDb company = CompanyDb.mariadb();
        VendorSystems.Vendor vendor = new VendorSystems.Vendor(202, "")) {
      JdbcConnector connector = new JdbcConnector(company.dataSource);
      Fulfilment fulfilment =
          rig.fulfilmentWithEnv(id -> connector, 3, VendorSystems.env(vendor::url));
      ManualScheduler scheduler = scheduler(rig, fulfilment);
      String id = rig.verifiedRequest(RequestType.DELETE);
      fulfilment.start(id, "staff:test");
      scheduler.runAnyDueExecutions();
      assertThat(status(fulfilment, id, "vendor_api")).isEqualTo("waiting");
      assertThat(fulfilment.service().remindSilentVendors()).as("silent for no time yet").isZero();
      assertThat(vendor.received).hasSize(1);

      for (int reminder = 1; reminder <= 3; reminder++) {
        silentForDays(rig, id, 4);
        assertThat(fulfilment.service().remindSilentVendors()).isEqualTo(1);
        assertThat(vendor.received).hasSize(1 + reminder);
        assertThat(vendor.received.get(reminder).signed()).isTrue();
        JobSteps.Step step = fulfilment.jobs().find(id, "vendor_api").orElseThrow();
        assertThat(step.status().id()).isEqualTo("waiting");
        assertThat(step.attempts()).isEqualTo(reminder);
        silentForDays(rig, id, 2);
        assertThat(fulfilment.service().remindSilentVendors())
            .as("two more days are not three")
            .isZero();
      }
      silentForDays(rig, id, 2);
      assertThat(fulfilment.service().remindSilentVendors()).isEqualTo(1);
      assertThat(vendor.received).as("no fourth reminder").hasSize(4);
      assertThat(status(fulfilment, id, "vendor_api")).isEqualTo("blocked");
      assertThat(actions(rig, id, "system", "fulfil.vendor-reminded")).isEqualTo(3);
      assertThat(rig.requests.timeline(id, false))
          .anyMatch(e -> e.text().contains("'vendor_api'") && e.text().contains("VendorSilent"));
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.VERIFIED);
    }
  }

  /** Moves the request's waiting steps {@code days} back in time, as if that long had passed. */
  private static void silentForDays(Rig rig, String id, int days) {
    rig.database
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "UPDATE fulfil_job SET updated_at = updated_at - INTERVAL '"
                            + days
                            + "' DAY WHERE request_id = :id AND status = 'waiting'")
                    .bind("id", id)
                    .execute());
  }

  @Test
  void a_vendor_that_answers_202_calls_back_signed_and_its_counts_go_into_the_certificate() {
    try (Rig rig = new Rig("fulfil_vendor_callback", VendorSystems.map());
        CompanyDb company = CompanyDb.mariadb();
        VendorSystems.Vendor vendor = new VendorSystems.Vendor(202, "")) {
      JdbcConnector connector = new JdbcConnector(company.dataSource);
      Fulfilment fulfilment =
          rig.fulfilmentWithEnv(id -> connector, 3, VendorSystems.env(vendor::url));
      ManualScheduler scheduler = scheduler(rig, fulfilment);
      String id = rig.verifiedRequest(RequestType.DELETE);

      fulfilment.start(id, "staff:test");
      scheduler.runAnyDueExecutions();

      assertThat(status(fulfilment, id, "company_db")).isEqualTo("done");
      assertThat(status(fulfilment, id, "vendor_api")).isEqualTo("waiting");
      assertThat(fulfilment.service().run(id)).isEqualTo(FulfilmentService.Outcome.WAITING);
      assertThat(vendor.received).as("a waiting step is not asked again").hasSize(1);

      String result =
          "{'requestId': '"
              + id
              + "', 'system': 'vendor_api', 'deleted': {'job_applicants': 1},"
              + " 'anonymized': {'customers': 1}, 'retained': {'accounts': 2}}";
      byte[] body = result.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
      assertThat(fulfilment.vendorResult(id, "vendor_api", body, null))
          .isEqualTo(Fulfilment.VendorCallback.REFUSED);
      assertThat(
              fulfilment.vendorResult(
                  id,
                  "vendor_api",
                  body,
                  Webhooks.sign(Webhooks.secret("a guess"), body, TestServer.CLOCK.instant())))
          .isEqualTo(Fulfilment.VendorCallback.REFUSED);
      byte[] forOther = result.replace("vendor_api", "paper_files").replace('\'', '"').getBytes();
      assertThat(
              fulfilment.vendorResult(
                  id,
                  "vendor_api",
                  forOther,
                  Webhooks.sign(VendorSystems.SECRET, forOther, TestServer.CLOCK.instant())))
          .as("a body signed for another system completes no step of this one")
          .isEqualTo(Fulfilment.VendorCallback.REFUSED);
      byte[] retainedCustomers =
          result
              .replace("'retained': {'accounts'", "'retained': {'customers'")
              .replace('\'', '"')
              .getBytes();
      assertThatThrownBy(
              () ->
                  fulfilment.vendorResult(
                      id,
                      "vendor_api",
                      retainedCustomers,
                      Webhooks.sign(
                          VendorSystems.SECRET, retainedCustomers, TestServer.CLOCK.instant())))
          .isInstanceOf(VendorDataInvalid.class)
          .extracting(e -> ((VendorDataInvalid) e).field())
          .isEqualTo("retained.customers");
      assertThat(status(fulfilment, id, "vendor_api")).isEqualTo("waiting");

      WebhookSignature.Signed signature =
          Webhooks.sign(VendorSystems.SECRET, body, TestServer.CLOCK.instant());
      assertThat(fulfilment.vendorResult(id, "vendor_api", body, signature))
          .isEqualTo(Fulfilment.VendorCallback.ACCEPTED);
      assertThat(fulfilment.vendorResult(id, "vendor_api", body, signature))
          .isEqualTo(Fulfilment.VendorCallback.ALREADY_DONE);
      fulfilment.confirmStep(id, "paper_files", "staff:alice", null);
      fulfilment.confirmStep(id, "mail_vendor", "staff:alice", null);
      scheduler.runAnyDueExecutions();

      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
      Certificate certificate =
          StepCodec.read(
              fulfilment.jobs().find(id, JobSteps.RESPOND).orElseThrow().result(),
              Certificate.class);
      assertThat(certificate.deleted()).containsEntry("vendor_api.job_applicants", 1);
      assertThat(certificate.anonymized()).containsEntry("vendor_api.customers", 1);
      assertThat(certificate.retained())
          .filteredOn(r -> r.system().equals("vendor_api"))
          .extracting(
              Certificate.Retained::table, Certificate.Retained::rows, Certificate.Retained::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("accounts", 2, "tax-records"));
      assertThat(rig.requests.timeline(id, false))
          .as("the consumer is told what the vendor kept, on the map's basis")
          .anyMatch(e -> e.text().contains("Tax law requires"));
      assertThat(actions(rig, id, "vendor:system/vendor_api", "fulfil.step-done")).isEqualTo(1);
    }
  }

  @Test
  void a_vendor_that_is_down_is_retried_with_backoff_then_the_request_is_blocked()
      throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Rig rig = new Rig("fulfil_vendor_down", VendorSystems.map());
        CompanyDb company = CompanyDb.mariadb();
        VendorSystems.Vendor vendor = new VendorSystems.Vendor(503, "")) {
      AtomicReference<String> url = new AtomicReference<>(vendor.url());
      JdbcConnector connector = new JdbcConnector(company.dataSource);
      Fulfilment fulfilment =
          rig.fulfilmentWithEnv(id -> connector, 3, VendorSystems.env(url::get));
      ManualScheduler scheduler = scheduler(rig, fulfilment);
      String id = rig.verifiedRequest(RequestType.DELETE);
      fulfilment.start(id, "staff:test");

      scheduler.runAnyDueExecutions();
      JobSteps.Step failed = fulfilment.jobs().find(id, "vendor_api").orElseThrow();
      assertThat(failed.status().id()).isEqualTo("failed");
      assertThat(failed.errorClass()).isEqualTo("VendorUnavailable");
      // Then the vendor's server is gone: connection refused.
      url.set("http://127.0.0.1:" + closedPort + "/privacy-requests");
      for (int attempt = 0; attempt < 4; attempt++) {
        scheduler.tick(Duration.ofHours(1));
        scheduler.runAnyDueExecutions();
      }

      JobSteps.Step blocked = fulfilment.jobs().find(id, "vendor_api").orElseThrow();
      assertThat(blocked.status().id()).isEqualTo("blocked");
      assertThat(blocked.attempts()).isEqualTo(3);
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.VERIFIED);
      assertThat(
              rig.count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'fulfil-request'"))
          .isZero();
      assertThat(
              rig.requests.timeline(id, false).stream()
                  .filter(e -> e.kind().equals("note"))
                  .map(RequestRepository.Entry::text))
          .containsExactly(
              "Fulfilment is blocked at 'vendor_api' after 3 attempts (VendorUnavailable). Fix the system, then start fulfilment again.");
      assertThat(actions(rig, id, "system", "fulfil.vendor-request-failed")).isEqualTo(3);
      assertThat(actions(rig, id, "system", "fulfil.blocked")).isEqualTo(1);
      assertThat(vendor.received).hasSize(1);
    }
  }
}
