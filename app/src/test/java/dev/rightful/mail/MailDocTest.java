package dev.rightful.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MailDocTest {
  @Test
  void docs_mail_md_shows_the_example_that_dispatcher_test_runs() throws Exception {
    String test =
        Files.readString(
            Repo.root().resolve("app/src/test/java/dev/rightful/mail/DispatcherTest.java"));
    String region =
        test.substring(
            test.indexOf('\n', test.indexOf("// tag::mail-example[]")) + 1,
            test.indexOf("      // end::mail-example[]"));
    String dedented =
        Arrays.stream(region.split("\n", -1))
            .map(line -> line.length() >= 6 ? line.substring(6) : line.strip())
            .collect(Collectors.joining("\n"));
    String doc = Files.readString(Repo.root().resolve("docs/mail.md"));
    assertThat(doc).contains("```java\n" + dedented + "```");
  }

  @Test
  void docs_mail_md_names_every_template_file() throws Exception {
    String doc = Files.readString(Path.of(Repo.root().toString(), "docs", "mail.md"));
    for (MailKind kind : MailKind.values()) {
      assertThat(doc).contains("`" + kind.template().substring("mail/".length()) + "`");
    }
  }
}
