package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.config.Options;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.requests.Subject;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps docs/verification.md in step with the code: its example runs here. */
class VerificationDocTest {
  @Test
  void the_documented_example_matches_four_of_jane_does_data_points() {
    DataMap map = DataMapLoader.load(Repo.exampleMap()).orThrow();
    try (CompanyDatabases companyDatabases =
        CompanyDatabases.resolve(
            map, Map.of(), TestDatabase.withDemo(TestDatabase.Kind.H2, "verify_doc").target())) {
      // tag::matching-example[]
      DataPointMatcher matcher = new DataPointMatcher(map, companyDatabases);
      Subject jane =
          new Subject(
              "jane.doe@example.com", // found in customers, marketing_contacts, job_applicants
              "(415) 555-0100", // customers.phone holds "+1 415-555-0100"
              "Jane Doe", // customers.full_name, invoices.billing_name, ...
              "742 Valencia St Apt 3, San Francisco, CA 94110", // invoices.billing_address
              null);
      MatchResult result = matcher.match(jane, true); // true: a one-time code confirmed the email
      assertThat(result.pointsMatched()).isEqualTo(4);
      assertThat(result.kindIds()).containsExactly("email", "phone", "name", "postal-address");
      // end::matching-example[]
    }
  }

  @Test
  void docs_verification_md_shows_the_example_that_runs() throws Exception {
    String test =
        Files.readString(
            Repo.root().resolve("app/src/test/java/dev/rightful/verify/VerificationDocTest.java"));
    String region =
        test.substring(
            test.indexOf('\n', test.indexOf("// tag::matching-example[]")) + 1,
            test.indexOf("      // end::matching-example[]"));
    String dedented =
        Arrays.stream(region.split("\n", -1))
            .map(line -> line.length() >= 6 ? line.substring(6) : line.strip())
            .collect(Collectors.joining("\n"));
    assertThat(doc()).contains("```java\n" + dedented + "```");
  }

  @Test
  void docs_verification_md_names_every_verification_option_and_kind() throws Exception {
    String doc = doc();
    for (var option :
        new dev.rightful.config.Option[] {
          Options.CODE_LIFETIME_MINUTES,
          Options.CODE_ATTEMPTS,
          Options.CODE_FAILURES_PER_DAY,
          Options.CODES_PER_EMAIL_PER_HOUR,
          Options.CODES_PER_CLIENT_PER_HOUR
        }) {
      assertThat(doc).contains(option.flag(), option.envVar(), "`" + option.defaultValue() + "`");
    }
    for (DataPointKind kind : DataPointKind.values()) {
      assertThat(doc).contains("`" + kind.id() + "`");
    }
  }

  private static String doc() throws Exception {
    return Files.readString(Repo.root().resolve("docs/verification.md"));
  }
}
