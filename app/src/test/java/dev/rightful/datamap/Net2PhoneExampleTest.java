package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped example map of the reference customer: valid, lint-clean, and true to its schema. */
class Net2PhoneExampleTest {
  static final Path REPO = Path.of(System.getProperty("rightful.repo", ".."));
  static final Path EXAMPLE = REPO.resolve("examples/net2phone");
  private static final Clock NOV_29_2026 =
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  private static DataMapLoader.Result loaded;

  @BeforeAll
  static void load() {
    loaded = DataMapLoader.load(EXAMPLE);
  }

  @Test
  void the_example_loads_without_problems() {
    assertThat(loaded.problems()).extracting(Problem::format).isEmpty();
  }

  @Test
  void the_example_passes_every_lint_rule() {
    assertThat(new Lint(NOV_29_2026).check(loaded.orThrow())).extracting(Problem::format).isEmpty();
  }

  @Test
  void every_table_and_column_of_the_demo_schema_is_mapped_and_nothing_else() throws IOException {
    DataSystem db = loaded.orThrow().findSystem("company_db").orElseThrow();
    Map<String, List<String>> mapped = new TreeMap<>();
    db.tables().forEach(t -> mapped.put(t.name(), t.fields().stream().map(Field::name).toList()));

    assertThat(mapped).isEqualTo(new TreeMap<>(schemaColumns()));
  }

  @Test
  void every_foreign_key_of_the_demo_schema_is_a_reference_in_the_map() throws IOException {
    DataSystem db = loaded.orThrow().findSystem("company_db").orElseThrow();
    Map<String, String> mapped = new TreeMap<>();
    for (Table table : db.tables()) {
      for (Field field : table.fields()) {
        if (field.references() != null) {
          mapped.put(table.name() + "." + field.name(), field.references().target());
        }
      }
    }

    assertThat(mapped).isEqualTo(new TreeMap<>(schemaReferences()));
  }

  @Test
  void the_primary_key_of_every_table_is_the_schemas() throws IOException {
    String sql = Files.readString(EXAMPLE.resolve("db/schema-postgresql.sql"));
    for (Table table : loaded.orThrow().findSystem("company_db").orElseThrow().tables()) {
      assertThat(createTable(sql, table.name()))
          .as(table.name())
          .containsPattern("(?m)^\\s*" + table.primaryKey() + "\\s+[^,]*PRIMARY KEY");
    }
  }

  @Test
  void only_categories_the_notice_says_are_collected_are_mapped() {
    DataMap map = loaded.orThrow();
    map.systems().stream()
        .flatMap(s -> s.tables().stream())
        .flatMap(t -> t.fields().stream())
        .flatMap(f -> f.categories().stream())
        .forEach(category -> assertThat(map.collects(category)).as(category.name()).isTrue());
  }

  /** Table name to column names, in declaration order, read from the demo DDL. */
  static Map<String, List<String>> schemaColumns() throws IOException {
    String sql = Files.readString(EXAMPLE.resolve("db/schema-postgresql.sql"));
    Map<String, List<String>> tables = new LinkedHashMap<>();
    Matcher create = Pattern.compile("CREATE TABLE (\\w+) \\(").matcher(sql);
    while (create.find()) {
      tables.put(
          create.group(1),
          Pattern.compile("(?m)^\\s{2}(\\w+)\\s")
              .matcher(createTable(sql, create.group(1)))
              .results()
              .map(m -> m.group(1))
              .toList());
    }
    return tables;
  }

  /** table.column to the table.column its REFERENCES clause names. */
  static Map<String, String> schemaReferences() throws IOException {
    String sql = Files.readString(EXAMPLE.resolve("db/schema-postgresql.sql"));
    Map<String, String> references = new LinkedHashMap<>();
    for (String table : schemaColumns().keySet()) {
      Pattern.compile("(?m)^\\s{2}(\\w+)\\s[^\\n]*REFERENCES (\\w+)\\((\\w+)\\)")
          .matcher(createTable(sql, table))
          .results()
          .forEach(m -> references.put(table + "." + m.group(1), m.group(2) + "." + m.group(3)));
    }
    return references;
  }

  private static String createTable(String sql, String table) {
    int start = sql.indexOf("CREATE TABLE " + table + " (");
    return sql.substring(start, sql.indexOf("\n);", start));
  }
}
