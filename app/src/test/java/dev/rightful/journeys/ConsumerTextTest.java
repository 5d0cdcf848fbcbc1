package dev.rightful.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * The journeys' reading of consumer texts: it catches what issue 11 saw, and spares plain words.
 */
class ConsumerTextTest {
  private static final DataMap MAP = DataMapLoader.load(Repo.exampleMap()).orThrow();
  private static final ConsumerText.Told NONE_DELIVERED = new ConsumerText.Told(0, 7);

  @Test
  void the_answers_issue_11_quotes_are_each_caught() {
    assertThat(
            ConsumerText.problems(
                MAP,
                "We deleted your personal information. Deleted: nothing. Kept: payment_cards (1"
                    + " record). We told 7 companies that process or received your information to"
                    + " delete it too.",
                NONE_DELIVERED))
        .anyMatch(p -> p.startsWith("contains the table name payment_cards"))
        .anyMatch(p -> p.startsWith("claims 7 recipients were told, but 0 notices were delivered"))
        .anyMatch(p -> p.contains("\"Deleted: nothing\""));
    assertThat(ConsumerText.problems(MAP, "We received your request (delete).", NONE_DELIVERED))
        .singleElement()
        .asString()
        .startsWith("contains the request-type id (delete)");
    assertThat(
            ConsumerText.problems(
                MAP, "We corrected customers.postal_address (1 record).", NONE_DELIVERED))
        .anyMatch(p -> p.startsWith("contains the table name customers"));
    assertThat(
            ConsumerText.problems(
                MAP,
                "Error: java.lang.IllegalStateException at"
                    + " dev.rightful.fulfil.Answers.deletion(Answers.java:12)",
                NONE_DELIVERED))
        .anyMatch(p -> p.startsWith("shows a stack trace"));
  }

  @Test
  void plain_words_and_true_claims_pass() {
    assertThat(
            ConsumerText.problems(
                MAP,
                "Customers of the Net2Phone services keep their accounts and invoices. We have told"
                    + " 2 companies that received your information; we are telling 5 more. Your"
                    + " request to opt out is complete.",
                new ConsumerText.Told(2, 5)))
        .isEmpty();
  }
}
