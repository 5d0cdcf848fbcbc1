package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --public-url} and {@code notice --public-url}: the notice links the privacy
 * center Rightful serves, and validate names the map line that still points elsewhere (rule 40).
 */
class NoticeLinksCliTest {
  private static final String CENTER = "https://privacy.net2phone.example";

  @Test
  void validate_warns_by_file_line_and_column_about_a_request_url_outside_the_public_url() {
    String map = Repo.exampleMap().toString();

    CommandRun run = CommandRun.of(new ValidateCommand(), map, "--public-url", CENTER);

    assertThat(run.exitCode()).as("a warning does not fail validation").isZero();
    assertThat(run.out())
        .containsPattern(
            "business\\.yaml:12:5: warning: 'business\\.contact\\.requestUrl' is"
                + " https://www\\.idt\\.net/ccpa-do-not-sell, outside the privacy center served at"
                + " https://privacy\\.net2phone\\.example;")
        .contains("[rule 40, CC 1798.130(a)(5)]");
    assertThat(CommandRun.of(new ValidateCommand(), map).out()).doesNotContain("warning");
  }

  @Test
  void a_privacy_center_on_the_loopback_address_is_a_developers_and_draws_no_warning() {
    // start-dev serves on http://127.0.0.1:8080 and lints the map with that URL.
    for (String local : new String[] {"http://127.0.0.1:8080", "http://localhost:8080"}) {
      CommandRun run =
          CommandRun.of(new ValidateCommand(), Repo.exampleMap().toString(), "--public-url", local);
      assertThat(run.out()).as(local).doesNotContain("warning");
    }
  }

  @Test
  void the_notice_command_links_the_privacy_center_at_the_public_url() {
    CommandRun run =
        CommandRun.of(
            new NoticeCommand(),
            Repo.exampleMap().toString(),
            "--public-url",
            CENTER,
            "--format",
            "md");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("(<" + CENTER + "/privacy/requests>)", "(<" + CENTER + "/privacy/do-not-sell>)")
        .doesNotContain("idt.net/ccpa-do-not-sell");
  }
}
