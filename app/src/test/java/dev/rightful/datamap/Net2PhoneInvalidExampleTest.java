package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The invalid twin of the example map: one run reports every deliberate error (each marked {@code
 * ERROR} in the files), with the file, line and column of the mistake and what to fix, and nothing
 * else.
 */
class Net2PhoneInvalidExampleTest {
  private static final Path TWIN = Net2PhoneExampleTest.REPO.resolve("examples/net2phone-invalid");

  @Test
  void one_run_reports_every_deliberate_error_where_it_stands_and_nothing_else() {
    DataMapLoader.Result result = DataMapLoader.load(TWIN);

    assertThat(result.valid()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::format)
        .containsExactly(
            at(
                "business.yaml",
                35,
                3,
                "unknown key 'statment' in 'doNotTrack'; did you mean 'statement'?"),
            at(
                "business.yaml",
                45,
                22,
                "unknown state 'WA': use a two-letter code of a state whose privacy law Rightful"
                    + " models, one of CA, VA, CO, CT, UT, TX, OR, MT, IA, DE, NH, NE, NJ, TN, MN,"
                    + " MD, IN, KY, RI, FL"),
            at(
                "disclosures.yaml",
                121,
                5,
                "recipient 'government' has no purpose: list the ids of the purposes it receives"
                    + " data for in 'purposes'"),
            at(
                "disclosures.yaml",
                130,
                33,
                "unknown category 'M': use a letter from A to L (see docs/datamap.md)"),
            at(
                "disclosures.yaml",
                143,
                5,
                "duplicate recipient id 'security' (first at "
                    + TWIN.resolve("disclosures.yaml")
                    + ":137:5)"),
            at(
                "minors.yaml",
                7,
                2,
                "YAML syntax: expected <block end>, but found '<block mapping start>'; check the"
                    + " indentation: keys of one mapping start in the same column"),
            at(
                "retention.yaml",
                92,
                13,
                "malformed period '13 months': write an ISO-8601 period such as P30D, P6M, P6Y or"
                    + " P1Y6M"),
            at(
                "systems.yaml",
                112,
                13,
                "field 'invoices.account_id' references field 'accounts.account_id', which table"
                    + " 'accounts' does not map"),
            at(
                "systems.yaml",
                251,
                13,
                "field 'web_events.customer_id' references table 'customer', which system"
                    + " 'company_db' does not map"));
  }

  private static String at(String file, int line, int column, String message) {
    return TWIN.resolve(file) + ":" + line + ":" + column + ": " + message;
  }
}
