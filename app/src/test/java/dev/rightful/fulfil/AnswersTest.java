package dev.rightful.fulfil;

import static dev.rightful.testing.ConsumerText.assertConsumerFacing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.law.LegalHoldBasis;
import dev.rightful.testing.Repo;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers a consumer reads, on the example map: what was deleted, de-identified, kept or
 * corrected in the map's words (descriptions and CCPA categories, never table names), and the
 * recipients by what has really happened to their notices.
 */
class AnswersTest {
  private static final DataMap MAP = DataMapLoader.load(Repo.exampleMap()).orThrow();
  private static final List<String> WHO =
      List.of("Cloud computing and storage service providers.", "Data analysis providers.");

  private static Map<String, Integer> counts(Object... pairs) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      counts.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return counts;
  }

  private static Certificate certificate(
      Map<String, Integer> deleted,
      Map<String, Integer> anonymized,
      List<Certificate.Retained> retained) {
    return new Certificate("r1", deleted, anonymized, retained, Map.of());
  }

  private static final Certificate.Retained ACCOUNTS =
      new Certificate.Retained(
          "company_db",
          "accounts",
          1,
          "tax-records",
          "Tax law requires the records for six years (CC 1798.145(a)(1)(A)).");

  @Test
  void a_deletion_is_told_by_the_maps_descriptions_and_categories_never_table_names() {
    String text =
        Answers.deletion(
            MAP,
            certificate(
                counts("company_db.payment_cards", 1, "company_db.web_events", 12),
                counts("company_db.customers", 1),
                List.of(ACCOUNTS)),
            new RecipientsTold(0, 2, WHO));

    assertConsumerFacing(text);
    assertThat(text)
        .startsWith("We deleted your personal information.")
        .contains("Payment cards on file: only the last four digits and the expiry")
        .contains("1 record")
        .contains("12 records")
        .contains("Commercial information")
        .contains("De-identified, so that it no longer relates to you:")
        .contains("Customers of the Net2Phone services")
        .contains("Service accounts (plans) a customer holds")
        .contains("Tax law requires the records for six years (CC 1798.145(a)(1)(A)).");
  }

  @Test
  void recipients_are_told_by_their_real_state() {
    Certificate some = certificate(counts("company_db.web_events", 2), Map.of(), List.of());
    // CC 1798.105(c)(1): the notices are queued with the answer, none delivered yet.
    String pending = Answers.deletion(MAP, some, new RecipientsTold(0, 7, WHO));
    assertThat(pending)
        .contains("We are telling the 7 companies")
        .contains("We will write to you again once they have all been told.")
        .doesNotContain("We told", "we have told", "We have told");

    String mixed = Answers.deletion(MAP, some, new RecipientsTold(2, 5, WHO));
    assertThat(mixed)
        .contains("We have told 2 of the 7 companies")
        .contains("and are telling the other 5");

    String done = Answers.deletion(MAP, some, new RecipientsTold(7, 0, WHO));
    assertThat(done).contains("We have told the 7 companies").doesNotContain("are telling");

    assertThat(Answers.deletion(MAP, some, new RecipientsTold(0, 0, List.of())))
        .doesNotContain("compan");
  }

  @Test
  void nothing_erased_is_never_we_deleted_and_never_deleted_nothing() {
    String none =
        Answers.deletion(
            MAP,
            certificate(counts("company_db.customers", 0), counts(), List.of()),
            new RecipientsTold(0, 7, WHO));
    assertConsumerFacing(none);
    assertThat(none)
        .startsWith("We found no personal information about you in our records")
        .doesNotContain("We deleted", "Deleted:");

    String onlyKept =
        Answers.deletion(
            MAP,
            certificate(
                counts("company_db.web_events", 0),
                counts("company_db.customers", 0),
                List.of(
                    new Certificate.Retained(
                        "company_db", "customers", 1, LegalHoldBasis.RULE, LegalHoldBasis.TEXT))),
            new RecipientsTold(0, 0, List.of()));
    assertConsumerFacing(onlyKept);
    assertThat(onlyKept)
        .startsWith("We kept your personal information, for the reasons below.")
        .contains(LegalHoldBasis.TEXT)
        .doesNotContain("We deleted", "Deleted:", "De-identified");

    String onlyDeidentified =
        Answers.deletion(
            MAP,
            certificate(
                counts("company_db.web_events", 0), counts("company_db.customers", 1), List.of()),
            new RecipientsTold(0, 0, List.of()));
    assertConsumerFacing(onlyDeidentified);
    assertThat(onlyDeidentified)
        .startsWith("We de-identified your personal information")
        .doesNotContain("We deleted", "Deleted:");
  }

  @Test
  void a_correction_names_the_information_in_the_maps_words() {
    String text =
        Answers.correction(
            MAP,
            counts("customers.phone", 1, "marketing_contacts.phone", 0),
            List.of("fax number"),
            new RecipientsTold(0, 3, WHO));
    assertConsumerFacing(text);
    assertThat(text)
        .startsWith("We corrected your information:")
        .contains("Customers of the Net2Phone services")
        .contains("1 record")
        .contains("We hold no record of: fax number")
        .contains("We are telling the 3 companies")
        .doesNotContain("Newsletter");
  }

  @Test
  void an_access_answer_names_the_links_last_day_in_words_as_the_mails_do() {
    String text = Answers.access(true, LocalDate.of(2026, 12, 14), null);

    assertConsumerFacing(text);
    assertThat(text)
        .startsWith("Your copy of the personal information we hold about you is ready.")
        .endsWith("it works until Monday, December 14, 2026.")
        .doesNotContain("2026-12-14");
    assertThat(Answers.access(false, LocalDate.of(2027, 1, 4), null))
        .startsWith("The list of the categories of personal information we hold about you")
        .endsWith("it works until Monday, January 4, 2027.");
  }
}
