package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.requests.Correction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Corrections reach every table that holds the field, on real PostgreSQL. */
class JdbcCorrectionTest {
  @Test
  void a_corrected_name_reaches_every_table_that_holds_it() {
    Plan plan = new Planner().plan(CompanyDb.map());
    try (CompanyDb db = CompanyDb.postgres("fulfil_correct")) {
      JdbcConnector connector = new JdbcConnector(db.dataSource);
      Identity jane = new Identity(Map.of("email", Set.of("jane.doe@example.com")));
      Found found = connector.find(plan.systems().get(0), jane);
      Map<String, Integer> changed =
          connector.correct(
              plan.systems().get(0),
              found,
              List.of(new Correction("full_name", "Jane Q. Doe", "passport")));

      assertThat(changed)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "customers.full_name", 1,
                  "marketing_contacts.full_name", 1,
                  "job_applicants.full_name", 1));
      assertThat(db.count("SELECT COUNT(*) FROM customers WHERE full_name = 'Jane Q. Doe'"))
          .isEqualTo(1);
      assertThat(db.count("SELECT COUNT(*) FROM job_applicants WHERE full_name = 'Jane Q. Doe'"))
          .isEqualTo(1);
      assertThat(db.count("SELECT COUNT(*) FROM customers WHERE full_name = 'Marcus Lee'"))
          .isEqualTo(1);
    }
  }
}
