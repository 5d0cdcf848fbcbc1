package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Options;
import dev.rightful.verify.VerificationSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationOptionsTest {
  @Test
  void the_defaults_are_fifteen_minutes_five_tries_and_five_and_ten_codes_an_hour() {
    VerificationSettings settings =
        ServerOptions.verification(Config.resolve(Map.of(), Map.of(), null, Map.of()));
    assertThat(settings).isEqualTo(VerificationSettings.defaults());
    assertThat(settings.codeLifetime()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.failuresPerDay()).isEqualTo(5);
  }

  @Test
  void each_setting_comes_from_its_option() {
    VerificationSettings settings =
        ServerOptions.verification(
            Config.resolve(
                Map.of(Options.CODE_LIFETIME_MINUTES, "10", Options.CODE_ATTEMPTS, "3"),
                Map.of(
                    "RIGHTFUL_CODES_PER_EMAIL_PER_HOUR",
                    "2",
                    "RIGHTFUL_CODES_PER_CLIENT_PER_HOUR",
                    "50",
                    "RIGHTFUL_CODE_FAILURES_PER_DAY",
                    "12"),
                null,
                Map.of()));
    assertThat(settings).isEqualTo(new VerificationSettings(Duration.ofMinutes(10), 3, 2, 50, 12));
  }

  @Test
  void a_value_out_of_range_names_the_option_as_it_was_set() {
    assertThatThrownBy(
            () ->
                ServerOptions.verification(
                    Config.resolve(
                        Map.of(), Map.of("RIGHTFUL_CODE_ATTEMPTS", "0"), null, Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("RIGHTFUL_CODE_ATTEMPTS");
    assertThatThrownBy(
            () ->
                ServerOptions.verification(
                    Config.resolve(
                        Map.of(Options.CODE_LIFETIME_MINUTES, "1440"), Map.of(), null, Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--code-lifetime-minutes");
  }

  @Test
  void trusted_proxies_come_from_their_option_and_a_host_name_is_refused_by_name() {
    // None by default: the header is ignored, even from the loopback address.
    assertThat(
            ServerOptions.trustedProxies(Config.resolve(Map.of(), Map.of(), null, Map.of()))
                .resolve("127.0.0.1", java.util.List.of("203.0.113.9")))
        .isEqualTo("127.0.0.1");
    assertThat(
            ServerOptions.trustedProxies(
                    Config.resolve(
                        Map.of(), Map.of("RIGHTFUL_TRUSTED_PROXIES", "10.0.0.0/8"), null, Map.of()))
                .resolve("10.0.0.5", java.util.List.of("203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThatThrownBy(
            () ->
                ServerOptions.trustedProxies(
                    Config.resolve(
                        Map.of(Options.TRUSTED_PROXIES, "lb.internal"), Map.of(), null, Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--trusted-proxies")
        .hasMessageContaining("'lb.internal'");
  }
}
