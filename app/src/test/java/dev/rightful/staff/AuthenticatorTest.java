package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
  static ConsoleServer server;

  @BeforeAll
  static void start() {
    server = ConsoleServer.start(false);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> whoami(String authorization) {
    return server.client().bearer(ConsoleServer.WHOAMI, authorization);
  }

  @Test
  void a_token_authenticates_as_its_role_until_revoked_then_401() {
    IssuedToken issued =
        server.staff.staff().tokens().issue(Role.AGENT, "ci", Duration.ofDays(90), "test");
    HttpResponse<String> ok = whoami("Bearer " + issued.secret());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .contains("\"role\":\"agent\"")
        .contains("\"name\":\"token:" + issued.token().id() + "\"");

    server.staff.staff().tokens().revoke(issued.token().id(), "test");
    HttpResponse<String> revoked = whoami("Bearer " + issued.secret());
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(revoked.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"rightful\", error=\"invalid_token\"");
  }

  @Test
  void an_expired_token_is_401() {
    IssuedToken issued =
        server.staff.staff().tokens().issue(Role.ADMIN, "short", Duration.ofHours(1), "test");
    assertThat(whoami("Bearer " + issued.secret()).statusCode()).isEqualTo(200);
    server.staff.clock().advance(Duration.ofHours(1));
    assertThat(whoami("Bearer " + issued.secret()).statusCode()).isEqualTo(401);
  }

  @Test
  void a_missing_or_malformed_authorization_is_401_with_a_challenge() {
    HttpResponse<String> missing = whoami(null);
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"rightful\"");
    assertThat(whoami("Basic YWxpY2U6cGFzc3dvcmQ=").statusCode()).isEqualTo(401);
    assertThat(whoami("Bearer").statusCode()).isEqualTo(401);
    assertThat(whoami("Bearer rft_" + "A".repeat(43)).statusCode()).isEqualTo(401);
  }

  @Test
  void a_live_token_with_a_role_the_route_does_not_allow_is_403() {
    for (Role role : new Role[] {Role.AUDITOR, Role.SERVICE}) {
      IssuedToken issued = server.staff.staff().tokens().issue(role, "x", null, "test");
      HttpResponse<String> response = whoami("bearer " + issued.secret());
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("admin or agent");
    }
  }
}
