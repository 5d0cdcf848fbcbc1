package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.Recipient;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Channel;
import dev.rightful.requests.Correction;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.Requester;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A correction on the company database (MariaDB): every table holding the field is corrected, the
 * replaced value survives only in the sealed record (Rightful's raw tables on PostgreSQL are read
 * to prove it), and the service providers are told.
 */
class CorrectionRecordTest {
  private static final String OLD = "Jane Doe";
  private static final String NEW = "Jane Quinn Doe";

  @Test
  void the_old_value_is_kept_sealed_only_and_service_providers_are_notified() {
    try (Rig rig =
            new Rig(
                "fulfil_correct_record",
                RecipientNotifierTest.withVendors(
                    Map.of(
                        "cloud-hosting",
                        List.of(new Recipient.Vendor("OpsCo", null, null, null, null)))));
        CompanyDb company = CompanyDb.mariadb()) {
      JdbcConnector connector = new JdbcConnector(company.dataSource);
      Fulfilment fulfilment = rig.fulfilment(id -> connector, 3, null);
      String id =
          rig.requests
              .submit(
                  new Submission(
                      RequestType.CORRECT,
                      Channel.API,
                      new Subject("jane.doe@example.com", null, "J. D.", null, null),
                      Requester.consumer(),
                      null,
                      null,
                      null,
                      List.of(new Correction("full_name", NEW, "my passport")),
                      "J. D.",
                      null),
                  "consumer")
              .request()
              .id();
      rig.requests.recordVerification(
          id, new RequestService.Verification(3, true, "test"), "staff:test");

      assertThat(fulfilment.service().run(id)).isEqualTo(FulfilmentService.Outcome.COMPLETED);

      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(company.count("SELECT COUNT(*) FROM customers WHERE full_name = '" + NEW + "'"))
          .isEqualTo(1);
      assertThat(company.count("SELECT COUNT(*) FROM customers WHERE full_name = '" + OLD + "'"))
          .isZero();
      assertThat(fulfilment.service().correctedFrom(id, "company_db"))
          .containsEntry("customers.full_name", List.of(OLD));
      // The scan finds what is in clear (an audit action), so finding nothing below means
      // something.
      rig.audit.chainPending();
      assertThat(cleartextHits(rig, "fulfil.corrected")).contains("audit_event.action");
      assertThat(cleartextHits(rig, OLD)).isEmpty();
      assertThat(cleartextHits(rig, NEW)).isEmpty();
      // 7023(c): every service provider is told, with the corrected value in the notice only:
      // OpsCo by name, the others, whose companies the map does not name, as tasks for staff.
      List<Notice> notices = fulfilment.notifier().list(id);
      assertThat(notices)
          .extracting(Notice::recipientId, Notice::vendor, Notice::channel)
          .contains(org.assertj.core.groups.Tuple.tuple("cloud-hosting", "OpsCo", "manual"));
      assertThat(notices)
          .filteredOn(n -> !n.vendor().equals("OpsCo"))
          .isNotEmpty()
          .allSatisfy(
              n ->
                  assertThat(n.vendor())
                      .isEqualTo("every company in this category (none named in the map)"));
      assertThat(notices)
          .extracting(Notice::recipientId)
          .doesNotHaveDuplicates()
          .doesNotContain("ad-partners", "government");
    }
  }

  /** Every column of every table in Rightful's schema whose text holds {@code value}. */
  private static List<String> cleartextHits(Rig rig, String value) {
    List<String> hits = new ArrayList<>();
    rig.database
        .jdbi()
        .useHandle(
            handle -> {
              List<Map<String, Object>> columns =
                  handle
                      .createQuery(
                          "SELECT table_name, column_name FROM information_schema.columns"
                              + " WHERE table_schema = current_schema()")
                      .mapToMap()
                      .list();
              assertThat(columns).hasSizeGreaterThan(50);
              for (Map<String, Object> column : columns) {
                String table = (String) column.get("table_name");
                String name = (String) column.get("column_name");
                long found =
                    handle
                        .createQuery(
                            "SELECT COUNT(*) FROM \""
                                + table
                                + "\" WHERE CAST(\""
                                + name
                                + "\" AS TEXT) LIKE :value")
                        .bind("value", "%" + value + "%")
                        .mapTo(Long.class)
                        .one();
                if (found > 0) {
                  hits.add(table + "." + name);
                }
              }
            });
    return hits;
  }
}
