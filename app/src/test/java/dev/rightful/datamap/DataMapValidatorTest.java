package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks across sections and files: ids, references, reachability and retention targets. */
class DataMapValidatorTest {
  @TempDir Path dir;

  private static List<String> problems(DataMapLoader.Result result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void a_duplicate_id_across_files_is_reported_at_the_second_with_the_first() {
    SampleMap map =
        new SampleMap()
            .file(
                "more.yaml",
                """
                purposes:
                  - id: hosting
                    description: Hosting again.
                """);

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            dir.resolve("more.yaml")
                + ":2:5: duplicate purpose id 'hosting' (first at "
                + map.position(dir, "disclosures.yaml", "id: hosting")
                + ")");
  }

  @Test
  void a_reference_to_a_table_the_system_does_not_map_is_an_error() {
    SampleMap map =
        new SampleMap().replace("systems.yaml", "references: users.id", "references: user.id");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "name: user_id")
                + ": field 'visits.user_id' references table 'user', which system 'db' does not"
                + " map");
  }

  @Test
  void a_reference_to_a_field_the_table_does_not_map_is_an_error() {
    SampleMap map =
        new SampleMap().replace("systems.yaml", "references: users.id", "references: users.uid");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "name: user_id")
                + ": field 'visits.user_id' references field 'users.uid', which table 'users' does"
                + " not map");
  }

  @Test
  void a_reference_not_written_table_dot_column_is_an_error() {
    SampleMap map =
        new SampleMap().replace("systems.yaml", "references: users.id", "references: users");

    DataMapLoader.Result result = map.load(dir);

    // The link is lost, so the table is unreachable as well: both are reported.
    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "name: visits")
                + ": table 'visits' holds personal information but no identity reaches it: mark a"
                + " field with 'identity' or add a 'references' link to a table that has one",
            map.position(dir, "systems.yaml", "users\n          - name: page")
                + ": 'references' must be written table.column, not 'users'");
  }

  @Test
  void a_primary_key_that_is_not_a_field_is_an_error() {
    SampleMap map =
        new SampleMap().replace("systems.yaml", "primaryKey: id", "primaryKey: user_id");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "name: users")
                + ": primaryKey 'user_id' is not a field of table 'users': list it under 'fields'");
  }

  @Test
  void a_table_with_personal_information_that_no_identity_reaches_is_an_error() {
    SampleMap map = new SampleMap();
    map.replace(
        "systems.yaml", "          - name: user_id\n            references: users.id\n", "");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "name: visits")
                + ": table 'visits' holds personal information but no identity reaches it: mark a"
                + " field with 'identity' or add a 'references' link to a table that has one");
  }

  @Test
  void a_parent_table_is_reached_from_an_identity_on_its_child() {
    // The identity moves from users to visits; users is reached backwards along visits.user_id.
    SampleMap map =
        new SampleMap()
            .replace("systems.yaml", "            identity: email\n", "")
            .replace(
                "systems.yaml",
                "- name: page\n",
                "- name: page\n            identity: device-id\n");

    assertThat(problems(map.load(dir))).isEmpty();
  }

  @Test
  void a_table_without_personal_information_needs_no_identity() {
    SampleMap map =
        new SampleMap()
            .replace(
                "systems.yaml", "          - name: user_id\n            references: users.id\n", "")
            .replace("systems.yaml", "            category: F\n", "");

    assertThat(problems(map.load(dir))).isEmpty();
  }

  @Test
  void a_time_column_on_the_table_consumers_are_identified_by_is_a_warning() {
    // Rule 20; 7024(h): a period would leave out the profile of a consumer who signed up before it.
    SampleMap map =
        new SampleMap()
            .replace(
                "systems.yaml",
                "- name: users\n        primaryKey: id\n",
                "- name: users\n        primaryKey: id\n        timeColumn: created_at\n");

    DataMapLoader.Result result = map.load(dir);

    assertThat(result.valid()).isTrue();
    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "name: users")
                + ": warning: table 'users' identifies consumers (other tables hang under it) but"
                + " has timeColumn 'created_at', so a request to know leaves out the rows created"
                + " before its period: remove 'timeColumn' if the company maintains these rows,"
                + " keep it only for records of events [rule 20, 7024(h)]");
  }

  @Test
  void a_time_column_on_a_table_keyed_by_an_identifier_is_a_warning_one_on_an_event_is_not() {
    // The sample's visits are events of a user (timeColumn seen_at): no warning for them.
    SampleMap map =
        new SampleMap()
            .replace(
                "systems.yaml",
                "      - name: visits\n",
                "      - name: suppressed\n"
                    + "        primaryKey: email\n"
                    + "        timeColumn: added_at\n"
                    + "        fields:\n"
                    + "          - name: email\n"
                    + "            category: A\n"
                    + "            identity: email\n"
                    + "          - name: added_at\n"
                    + "      - name: visits\n");

    assertThat(problems(map.load(dir)))
        .containsExactly(
            map.position(dir, "systems.yaml", "name: suppressed")
                + ": warning: table 'suppressed' identifies consumers (its primary key is an"
                + " identifier) but has timeColumn 'added_at', so a request to know leaves out the"
                + " rows created before its period: remove 'timeColumn' if the company maintains"
                + " these rows, keep it only for records of events [rule 20, 7024(h)]");
  }

  @Test
  void a_recipient_naming_an_undefined_purpose_is_an_error() {
    SampleMap map = new SampleMap().replace("disclosures.yaml", "[hosting]", "[hostng]");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "disclosures.yaml", "id: cloud")
                + ": recipient 'cloud' names purpose 'hostng', which no entry of 'purposes'"
                + " defines");
  }

  @Test
  void a_retention_rule_naming_a_table_the_map_does_not_define_is_an_error() {
    SampleMap map = new SampleMap().replace("retention.yaml", "[db.users]", "[db.accounts]");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "retention.yaml", "id: users")
                + ": retention rule 'users' names table 'db.accounts', which the map does not"
                + " define");
  }

  @Test
  void a_retention_start_column_may_come_from_the_referenced_table() {
    // visits has no created_at; its rows are dated by the user they reference.
    SampleMap map =
        new SampleMap().replace("retention.yaml", "start: seen_at", "start: created_at");

    assertThat(problems(map.load(dir))).isEmpty();
    DataSystem db = map.load(dir).orThrow().findSystem("db").orElseThrow();
    assertThat(db.graph().pathToColumn("visits", "created_at").orElseThrow())
        .extracting(Reference::fromColumn)
        .containsExactly("user_id");
    assertThat(db.graph().pathToColumn("visits", "seen_at").orElseThrow()).isEmpty();
  }

  @Test
  void a_retention_start_column_found_nowhere_along_the_references_is_an_error() {
    SampleMap map =
        new SampleMap().replace("retention.yaml", "start: created_at", "start: seen_at");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "retention.yaml", "id: users")
                + ": retention rule 'users': start column 'seen_at' is not a field of 'db.users'"
                + " nor of a table it references");
  }

  @Test
  void a_retention_rule_that_sweeps_tables_needs_a_start() {
    SampleMap map = new SampleMap().replace("retention.yaml", "    start: seen_at\n", "");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "retention.yaml", "id: visits")
                + ": retention rule 'visits' sweeps 'db.visits' but has no 'start': name the"
                + " column its period counts from");
  }

  @Test
  void a_retention_rule_anonymizing_a_missing_field_is_an_error() {
    SampleMap map =
        new SampleMap()
            .replace(
                "retention.yaml",
                "    start: seen_at\n",
                "    start: seen_at\n    action: anonymize\n    anonymize: [page, ip]\n");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "retention.yaml", "id: visits")
                + ": retention rule 'visits' anonymizes 'ip', which is not a field of 'db.visits'");
  }

  @Test
  void cross_references_are_checked_in_the_same_run_as_a_files_own_errors() {
    SampleMap map =
        new SampleMap()
            .replace("disclosures.yaml", "[hosting]", "[hostng]")
            .replace("retention.yaml", "P13M", "13M");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .hasSize(2)
        .anyMatch(p -> p.contains("names purpose 'hostng'"))
        .anyMatch(p -> p.contains("malformed period '13M'"));
  }

  @Test
  void a_webhook_system_without_its_endpoint_and_secret_variables_is_an_error_at_the_system() {
    SampleMap map =
        new SampleMap().replace("systems.yaml", "connector: jdbc\n", "connector: webhook\n");

    DataMapLoader.Result result = map.load(dir);

    // urlEnv is there (DB_URL): only the signing secret is missing.
    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "id: db")
                + ": system 'db' is reached by webhook: name the environment variable holding the"
                + " secret its requests are signed with in 'secretEnv'");
  }

  @Test
  void a_secret_pasted_into_a_system_and_an_email_system_without_an_address_are_errors() {
    SampleMap map =
        new SampleMap()
            .replace(
                "systems.yaml",
                "connector: jdbc\n    urlEnv: DB_URL\n",
                "connector: email\n    secretEnv: hunter2\n");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "systems.yaml", "id: db")
                + ": system 'db' is reached by email: give the vendor's address in 'email'",
            map.position(dir, "systems.yaml", "hunter2")
                + ": 'hunter2' is not an environment variable name for 'secretEnv': use upper-case"
                + " letters, digits and _, such as VENDOR_API_SECRET; the secret itself stays out"
                + " of the map");
  }
}
