package dev.rightful.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path dir;

  @Test
  void cli_beats_env_beats_file_beats_mode_default_beats_default() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("rightful.conf"), "port=7003\nhost=10.0.0.3\ndata-dir=/srv/file\n");
    Config config =
        Config.resolve(
            Map.of(Options.PORT, "7001"),
            Map.of("RIGHTFUL_PORT", "7002", "RIGHTFUL_HOST", "10.0.0.2"),
            file,
            Map.of(Options.DATA_DIR, "/srv/mode", Options.LOG_FORMAT, "text"));

    assertThat(config.value(Options.PORT)).isEqualTo(new Config.Value("7001", Config.Source.CLI));
    assertThat(config.value(Options.HOST))
        .isEqualTo(new Config.Value("10.0.0.2", Config.Source.ENV));
    assertThat(config.value(Options.DATA_DIR))
        .isEqualTo(new Config.Value("/srv/file", Config.Source.FILE));
    assertThat(config.value(Options.LOG_FORMAT))
        .isEqualTo(new Config.Value("text", Config.Source.MODE_DEFAULT));
    assertThat(config.value(Options.DB_POOL_SIZE))
        .isEqualTo(new Config.Value("10", Config.Source.DEFAULT));
  }

  @Test
  void a_blank_environment_variable_does_not_override() {
    Config config = Config.resolve(Map.of(), Map.of("RIGHTFUL_PORT", "  "), null, Map.of());
    assertThat(config.getInt(Options.PORT)).isEqualTo(8080);
  }

  @Test
  void a_missing_required_option_names_every_way_to_set_it() {
    Config config = Config.resolve(Map.of(), Map.of(), null, Map.of());
    assertThatThrownBy(() -> config.get(Options.DB_URL))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--db-url")
        .hasMessageContaining("RIGHTFUL_DB_URL")
        .hasMessageContaining("db-url=");
  }

  @Test
  void a_bad_number_names_the_option_as_the_user_set_it() {
    Config config = Config.resolve(Map.of(), Map.of("RIGHTFUL_PORT", "eighty"), null, Map.of());
    assertThatThrownBy(() -> config.getInt(Options.PORT))
        .hasMessage("environment variable RIGHTFUL_PORT must be a whole number, not 'eighty'");
  }

  @Test
  void an_unknown_key_in_the_file_is_refused() throws Exception {
    Path file = Files.writeString(dir.resolve("rightful.conf"), "prot=8080\n");
    assertThatThrownBy(() -> Config.resolve(Map.of(), Map.of(), file, Map.of()))
        .hasMessageContaining("unknown option 'prot'");
  }

  @Test
  void every_option_derives_flag_and_environment_variable_from_its_key() {
    for (Option option : Options.ALL) {
      assertThat(option.flag()).isEqualTo("--" + option.key());
      assertThat(option.envVar()).matches("RIGHTFUL_[A-Z_]+");
    }
    assertThat(Options.DB_PASSWORD.envVar()).isEqualTo("RIGHTFUL_DB_PASSWORD");
  }

  @Test
  void every_default_fits_its_type_and_every_secret_is_plain_text() {
    for (Option option : Options.ALL) {
      if (option.defaultValue() != null) {
        assertThat(option.type().refusal(option.defaultValue())).as(option.key()).isEmpty();
      }
      if (option.secret()) {
        // A typed secret could be echoed in a refusal; plain text is never refused.
        assertThat(option.type()).as(option.key()).isEqualTo(OptionType.TEXT);
      }
    }
  }

  @Test
  void problems_lists_every_value_its_type_refuses_each_named_as_it_was_set() {
    Config config =
        Config.resolve(
            Map.of(Options.PORT, "abc", Options.SMTP_STARTTLS, "yes"),
            Map.of("RIGHTFUL_DB_POOL_SIZE", "0"),
            null,
            Map.of());
    assertThat(config.problems())
        .containsExactly(
            "option --port must be a whole number, not 'abc'",
            "environment variable RIGHTFUL_DB_POOL_SIZE must be from 1 to 1000, not 0",
            "option --smtp-starttls must be 'true' or 'false', not 'yes'");
    assertThatThrownBy(() -> config.find(Options.PORT))
        .isInstanceOf(ConfigException.class)
        .hasMessage("option --port must be a whole number, not 'abc'");
  }

  @Test
  void every_unknown_key_in_the_file_is_listed_at_once() throws Exception {
    Path file = Files.writeString(dir.resolve("rightful.conf"), "prot=8080\nhots=x\n");
    assertThatThrownBy(() -> Config.resolve(Map.of(), Map.of(), file, Map.of()))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "unknown option 'hots' in config file " + file,
                        "unknown option 'prot' in config file " + file));
  }
}
