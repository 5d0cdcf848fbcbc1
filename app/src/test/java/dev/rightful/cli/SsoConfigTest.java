package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.SsoOptions;
import dev.rightful.staff.OidcSettings;
import dev.rightful.staff.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SsoConfigTest {
  private static final String URL = "https://privacy.example.com";

  @Test
  void single_sign_on_is_off_without_issuer_and_client_id() {
    assertThat(SsoConfig.oidc(Config.resolve(Map.of(), Map.of(), null, Map.of()), URL)).isNull();
  }

  @Test
  void each_setting_comes_from_its_option_and_the_secret_from_the_environment() {
    OidcSettings oidc =
        SsoConfig.oidc(
            Config.resolve(
                Map.of(
                    SsoOptions.OIDC_ISSUER, "https://sso.example.com/realms/staff",
                    SsoOptions.OIDC_CLIENT_ID, "rightful",
                    SsoOptions.OIDC_ROLES_CLAIM, "realm_access.roles",
                    SsoOptions.OIDC_ROLE_MAP, "admin=privacy-admins,agent=privacy-agents"),
                Map.of("RIGHTFUL_OIDC_CLIENT_SECRET", "s3cret"),
                null,
                Map.of()),
            URL + "/");
    assertThat(oidc.clientSecret()).isEqualTo("s3cret");
    assertThat(oidc.rolesClaim()).isEqualTo("realm_access.roles");
    assertThat(oidc.redirectUri()).hasToString(URL + "/admin/oidc/callback");
    assertThat(oidc.providerName()).isEqualTo("sso.example.com");
    assertThat(oidc.only()).isFalse();
    assertThat(oidc.roles().grant(List.of("privacy-agents", "privacy-admins")))
        .contains(Role.ADMIN);
    assertThat(oidc.roles().grant(List.of("marketing"))).isEmpty();
    assertThat(oidc.toString()).doesNotContain("s3cret");
  }

  @Test
  void a_half_configuration_names_what_is_missing() {
    assertThatThrownBy(
            () ->
                SsoConfig.oidc(
                    Config.resolve(
                        Map.of(SsoOptions.OIDC_ISSUER, "https://sso.example.com"),
                        Map.of(),
                        null,
                        Map.of()),
                    URL))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--oidc-issuer")
        .hasMessageContaining("--oidc-client-id");
    assertThatThrownBy(
            () ->
                SsoConfig.oidc(
                    Config.resolve(
                        Map.of(
                            SsoOptions.OIDC_ISSUER, "https://sso.example.com",
                            SsoOptions.OIDC_CLIENT_ID, "rightful"),
                        Map.of(),
                        null,
                        Map.of()),
                    URL))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--oidc-role-map");
    assertThatThrownBy(
            () ->
                SsoConfig.oidc(
                    Config.resolve(Map.of(SsoOptions.OIDC_ONLY, "true"), Map.of(), null, Map.of()),
                    URL))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--oidc-only")
        .hasMessageContaining("--oidc-issuer");
  }

  @Test
  void a_bad_role_map_entry_is_named() {
    for (String bad : List.of("admin", "boss=x", "service=robots", "admin=x,agent=x", "")) {
      assertThatThrownBy(
              () ->
                  SsoConfig.oidc(
                      Config.resolve(
                          Map.of(
                              SsoOptions.OIDC_ISSUER, "https://sso.example.com",
                              SsoOptions.OIDC_CLIENT_ID, "rightful",
                              SsoOptions.OIDC_ROLE_MAP, bad),
                          Map.of(),
                          null,
                          Map.of()),
                      URL))
          .as(bad)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("--oidc-role-map");
    }
  }

  @Test
  void without_a_public_url_the_redirect_uri_is_unknown() {
    assertThatThrownBy(
            () ->
                SsoConfig.oidc(
                    Config.resolve(
                        Map.of(
                            SsoOptions.OIDC_ISSUER, "https://sso.example.com",
                            SsoOptions.OIDC_CLIENT_ID, "rightful",
                            SsoOptions.OIDC_ROLE_MAP, "admin=a"),
                        Map.of(),
                        null,
                        Map.of()),
                    null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--public-url");
  }
}
