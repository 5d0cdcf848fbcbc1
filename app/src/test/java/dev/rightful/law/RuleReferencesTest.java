package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every "rule NN" the code and docs cite is one that {@code docs/rules.md} lists. */
class RuleReferencesTest {
  private static final Pattern CITED =
      Pattern.compile("\\b[Rr]ules? (\\d+)((?:(?:, | and | or |–|-)\\d+)*)");
  private static final Pattern LISTED = Pattern.compile("(?m)^\\| (\\d+) \\|");

  @Test
  void every_cited_rule_is_listed() throws IOException {
    Set<Integer> listed =
        LISTED
            .matcher(Files.readString(Repo.root().resolve("docs/rules.md")))
            .results()
            .map(m -> Integer.parseInt(m.group(1)))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).hasSize(46);

    TreeMap<Integer, Set<String>> citedBy = new TreeMap<>();
    try (Stream<Path> files =
        Stream.concat(
            Files.walk(Repo.root().resolve("app/src/main")),
            Files.walk(Repo.root().resolve("docs")))) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(java|jte|md)$"))
          .filter(f -> !f.endsWith("rules.md"))
          .forEach(
              file -> {
                Matcher m = CITED.matcher(read(file));
                while (m.find()) {
                  for (String n : (m.group(1) + " " + m.group(2)).split("\\D+")) {
                    // "rule 7026" names a regulation section, not a checklist number
                    if (!n.isEmpty() && Integer.parseInt(n) < 1000) {
                      citedBy
                          .computeIfAbsent(Integer.parseInt(n), k -> new TreeSet<>())
                          .add(Repo.root().relativize(file).toString());
                    }
                  }
                }
              });
    }
    assertThat(citedBy).as("the code cites rules").hasSizeGreaterThan(20);
    citedBy.keySet().removeAll(listed);
    assertThat(citedBy).as("rules cited but not listed in docs/rules.md").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
