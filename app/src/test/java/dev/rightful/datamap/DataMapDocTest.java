package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snippets of docs/datamap.md are real: each YAML and SQL snippet is copied, line for line and
 * in order, from the example it names, and the Java snippet is this test's own code.
 */
class DataMapDocTest {
  private static final Path REPO = Net2PhoneExampleTest.REPO;
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$");
  private static List<String[]> snippets;

  @BeforeAll
  static void readDoc() throws IOException {
    snippets = new ArrayList<>();
    Matcher fence = FENCE.matcher(Files.readString(REPO.resolve("docs/datamap.md")));
    while (fence.find()) {
      snippets.add(new String[] {fence.group(1), fence.group(2)});
    }
  }

  @Test
  void every_yaml_snippet_that_names_its_file_is_copied_from_it() throws IOException {
    int checked = 0;
    for (String[] snippet : snippets) {
      List<String> lines = snippet[1].lines().toList();
      if (snippet[0].equals("yaml") && lines.get(0).startsWith("# examples/")) {
        Path file = REPO.resolve(lines.get(0).substring(2));
        assertInOrder(lines.subList(1, lines.size()), Files.readAllLines(file), file);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  @Test
  void the_sql_snippet_is_copied_from_the_demo_schema() throws IOException {
    Path schema = REPO.resolve("examples/net2phone/db/schema-postgresql.sql");
    List<String[]> sql = snippets.stream().filter(s -> s[0].equals("sql")).toList();

    assertThat(sql).hasSize(1);
    assertInOrder(sql.get(0)[1].lines().toList(), Files.readAllLines(schema), schema);
  }

  @Test
  void the_java_snippet_is_this_tests_code_and_finds_nothing_in_the_example() throws IOException {
    Path directory = REPO.resolve("examples/net2phone");
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

    DataMapLoader.Result loaded = DataMapLoader.load(directory); // e.g. examples/net2phone
    List<Problem> findings = new Lint(clock).check(loaded.orThrow());

    assertThat(findings).isEmpty();
    String source =
        Files.readString(
            REPO.resolve("app/src/test/java/dev/rightful/datamap/DataMapDocTest.java"));
    for (String[] snippet : snippets.stream().filter(s -> s[0].equals("java")).toList()) {
      snippet[1].lines().forEach(line -> assertThat(source).contains(line));
    }
  }

  /** Each line of the snippet appears in the file, after the line before it. */
  private static void assertInOrder(List<String> snippet, List<String> file, Path where) {
    int at = 0;
    for (String line : snippet) {
      int found = file.subList(at, file.size()).indexOf(line);
      assertThat(found).as("'%s' in %s after line %d", line, where, at).isNotNegative();
      at += found + 1;
    }
  }
}
