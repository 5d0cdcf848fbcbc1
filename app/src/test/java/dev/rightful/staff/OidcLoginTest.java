package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.SignedJWT;
import dev.rightful.audit.AuditEvent;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff single sign-on against a real OpenID Connect provider (mock-oauth2-server on a local port):
 * the whole authorization code flow with PKCE, followed redirect by redirect.
 */
class OidcLoginTest {
  private static final String ISSUER_ID = "staff";
  private static final String CLIENT_ID = "rightful-console";
  private static final HttpClient IDP_BROWSER =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** The next token endpoint answer, when a test wants one the provider would not give. */
  private static final AtomicReference<String> TOKEN_ANSWER = new AtomicReference<>();

  private static MockOAuth2Server idp;
  private static TestServer server;

  @BeforeAll
  static void start() {
    idp = new MockOAuth2Server(new TokenOverride());
    idp.start();
    server =
        TestServer.startWithSso(
            publicUrl ->
                new OidcSettings(
                    idp.issuerUrl(ISSUER_ID).uri(),
                    CLIENT_ID,
                    "client-secret",
                    "roles",
                    RoleMap.parse(
                        "admin=privacy-admins,agent=privacy-agents,auditor=privacy-auditors"),
                    "Example SSO",
                    URI.create(publicUrl + "/admin/oidc/callback"),
                    false));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (idp != null) {
      idp.shutdown();
    }
  }

  @Test
  void signsInThroughTheProviderAndGetsTheMappedRole() {
    WebClient browser = WebClient.of(server);
    var login = Jsoup.parse(browser.get(WebClient.LOGIN_PATH).body());
    assertThat(login.selectFirst("a#sso").text()).isEqualTo("Sign in with Example SSO");
    assertThat(login.select("input[name=password]")).isNotEmpty();

    idp.enqueueCallback(token("alice-sub", CLIENT_ID, "alice", List.of("privacy-agents")));
    HttpResponse<String> back = signIn(browser);

    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(back.body()).selectFirst("main a").attr("href")).isEqualTo("/admin");
    assertThat(browser.cookie(SessionGuard.COOKIE)).isNotBlank();
    assertThat(browser.cookie(OidcRoutes.COOKIE)).isNullOrEmpty();
    HttpResponse<String> console = browser.get("/admin");
    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.body()).contains("alice");

    StaffUser alice = server.app().services().staff().users().get("alice");
    assertThat(alice.role()).isEqualTo(Role.AGENT);
    assertThat(actions("alice"))
        .contains("staff.user-created", "staff.login-succeeded")
        .doesNotContain("staff.login-failed");
    assertThat(details("alice", "staff.login-succeeded")).contains("method=oidc");
  }

  @Test
  void theRoleFollowsTheClaimAtEachSignIn() {
    idp.enqueueCallback(token("dora-sub", CLIENT_ID, "dora", List.of("privacy-auditors")));
    assertThat(signIn(WebClient.of(server)).statusCode()).isEqualTo(200);
    idp.enqueueCallback(
        token("dora-sub", CLIENT_ID, "dora", List.of("privacy-auditors", "privacy-admins")));
    assertThat(signIn(WebClient.of(server)).statusCode()).isEqualTo(200);

    assertThat(server.app().services().staff().users().get("dora").role()).isEqualTo(Role.ADMIN);
    assertThat(actions("dora")).contains("staff.role-changed");
  }

  @Test
  void aTokenIssuedForAnotherClientIsRefused() {
    WebClient browser = WebClient.of(server);
    HttpResponse<String> back =
        signInWithIdToken(
            browser,
            nonce ->
                idToken(
                    "some-other-client",
                    Map.of(
                        "nonce",
                        nonce,
                        "preferred_username",
                        "bob",
                        "roles",
                        List.of("privacy-admins"))));

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("audience");
    assertThat(browser.cookie(SessionGuard.COOKIE)).isNull();
    assertThat(server.app().services().staff().users().find("bob")).isEmpty();
    assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    assertThat(details("unknown", "staff.login-failed")).contains("audience");
  }

  @Test
  void anExpiredIdTokenIsRefused() {
    WebClient browser = WebClient.of(server);
    // An hour back: well past the 60 seconds of leeway for clocks that differ.
    long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
    HttpResponse<String> back =
        signInWithIdToken(
            browser,
            nonce ->
                idToken(
                    CLIENT_ID,
                    Map.of(
                        "nonce",
                        nonce,
                        "preferred_username",
                        "erin",
                        "roles",
                        List.of("privacy-admins"),
                        "iat",
                        anHourAgo - 600,
                        "exp",
                        anHourAgo)));

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).containsIgnoringCase("expired");
    assertThat(browser.cookie(SessionGuard.COOKIE)).isNull();
    assertThat(server.app().services().staff().users().find("erin")).isEmpty();
  }

  @Test
  void anIdTokenWithAnotherNonceIsRefused() {
    WebClient browser = WebClient.of(server);
    HttpResponse<String> back =
        signInWithIdToken(
            browser,
            nonce ->
                idToken(
                    CLIENT_ID,
                    Map.of(
                        "nonce", "replayed-from-another-sign-in",
                        "preferred_username", "hank",
                        "roles", List.of("privacy-admins"))));

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).containsIgnoringCase("nonce");
    assertThat(server.app().services().staff().users().find("hank")).isEmpty();
  }

  @Test
  void aClaimThatGrantsNoRoleIsRefusedAndAudited() {
    WebClient browser = WebClient.of(server);
    idp.enqueueCallback(token("carol-sub", CLIENT_ID, "carol", List.of("marketing")));
    HttpResponse<String> back = signIn(browser);

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(back.body()).selectFirst("h1").text())
        .isEqualTo("No access to the Rightful console");
    assertThat(browser.cookie(SessionGuard.COOKIE)).isNull();
    assertThat(server.app().services().staff().users().find("carol")).isEmpty();
    assertThat(actions("carol")).containsExactly("staff.login-failed");
    assertThat(details("carol", "staff.login-failed")).contains("grants no role");
  }

  @Test
  void aCallbackWithoutThePreSessionIsRefused() {
    WebClient attacker = WebClient.of(server);
    // Nothing enqueued: the code is never redeemed, so a queued token would reach another test.
    String callback = callbackFromProvider(attacker);
    WebClient victim = WebClient.of(server);

    HttpResponse<String> back = victim.get(callback);

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(victim.cookie(SessionGuard.COOKIE)).isNull();
  }

  @Test
  void anAccountDisabledInRightfulIsRefused() {
    idp.enqueueCallback(token("ivan-sub", CLIENT_ID, "ivan", List.of("privacy-agents")));
    assertThat(signIn(WebClient.of(server)).statusCode()).isEqualTo(200);
    server.app().services().staff().users().setEnabled("ivan", false, "test");

    WebClient browser = WebClient.of(server);
    idp.enqueueCallback(token("ivan-sub", CLIENT_ID, "ivan", List.of("privacy-agents")));
    HttpResponse<String> back = signIn(browser);

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("disabled");
    assertThat(browser.cookie(SessionGuard.COOKIE)).isNull();
  }

  @Test
  void aNameTakenByALocalAccountIsNotJoinedToTheProviderIdentity() {
    server
        .app()
        .services()
        .staff()
        .users()
        .create("judy", Role.AUDITOR, "correct horse battery staple 7", "test");
    WebClient browser = WebClient.of(server);
    idp.enqueueCallback(token("judy-sub", CLIENT_ID, "judy", List.of("privacy-admins")));
    HttpResponse<String> back = signIn(browser);

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(browser.cookie(SessionGuard.COOKIE)).isNull();
    assertThat(server.app().services().staff().users().get("judy").role()).isEqualTo(Role.AUDITOR);
  }

  @Test
  void passwordsStillWork() {
    server
        .app()
        .services()
        .staff()
        .users()
        .create("gina", Role.AUDITOR, "correct horse battery staple 9", "test");
    WebClient browser = WebClient.of(server);
    assertThat(browser.login("gina", "correct horse battery staple 9").statusCode()).isEqualTo(303);
    assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
  }

  /**
   * A sign-in whose token endpoint answers with the ID token {@code make} signs (given the nonce
   * Rightful sent), with the provider's own key: the one way to get a token wrong in one respect.
   */
  private static HttpResponse<String> signInWithIdToken(
      WebClient browser, java.util.function.Function<String, SignedJWT> make) {
    HttpResponse<String> start = browser.get("/admin/oidc/start");
    URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
    String nonce =
        java.util.Arrays.stream(authorize.getRawQuery().split("&"))
            .filter(p -> p.startsWith("nonce="))
            .map(p -> URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    URI callback = URI.create(provider(authorize).headers().firstValue("Location").orElseThrow());
    String body =
        "{\"access_token\":\"unused\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"id_token\":\""
            + make.apply(nonce).serialize()
            + "\"}";
    TOKEN_ANSWER.set(body);
    return browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
  }

  /** Answers the token request with {@link #TOKEN_ANSWER} once, when one is set. */
  private static final class TokenOverride implements Route {
    @Override
    public boolean match(OAuth2HttpRequest request) {
      return request.getMethod().equals("POST")
          && request.getUrl().encodedPath().endsWith("/token")
          && TOKEN_ANSWER.get() != null;
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
      return new OAuth2HttpResponse(
          Headers.of("Content-Type", "application/json"), 200, TOKEN_ANSWER.getAndSet(null), null);
    }
  }

  private static SignedJWT idToken(String audience, Map<String, Object> claims) {
    return idp.issueToken(
        ISSUER_ID,
        CLIENT_ID,
        new DefaultOAuth2TokenCallback(
            ISSUER_ID,
            "sub-" + audience,
            JOSEObjectType.JWT.getType(),
            List.of(audience),
            claims,
            3600));
  }

  /** Starts at the sign-in link, through the provider, to Rightful's callback; its answer. */
  private static HttpResponse<String> signIn(WebClient browser) {
    return browser.get(callbackFromProvider(browser));
  }

  /** The path and query the provider sends the browser back to. */
  private static String callbackFromProvider(WebClient browser) {
    HttpResponse<String> start = browser.get("/admin/oidc/start");
    assertThat(start.statusCode()).isEqualTo(303);
    URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
    assertThat(authorize.getQuery())
        .contains("code_challenge_method=S256", "client_id=" + CLIENT_ID, "nonce=", "state=");
    HttpResponse<String> atProvider = provider(authorize);
    assertThat(atProvider.statusCode()).isEqualTo(302);
    URI callback = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
    assertThat(browser.url(callback.getPath())).startsWith(server.url("/admin/oidc/callback"));
    return callback.getRawPath() + "?" + callback.getRawQuery();
  }

  private static HttpResponse<String> provider(URI uri) {
    try {
      return IDP_BROWSER.send(
          HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static DefaultOAuth2TokenCallback token(
      String subject, String audience, String username, List<String> roles) {
    return new DefaultOAuth2TokenCallback(
        ISSUER_ID,
        subject,
        JOSEObjectType.JWT.getType(),
        List.of(audience),
        Map.of("preferred_username", username, "roles", roles),
        3600);
  }

  private static List<String> actions(String username) {
    return server.app().services().audit().list("staff", username).stream()
        .map(AuditEvent::action)
        .toList();
  }

  private static String details(String username, String action) {
    return server.app().services().audit().list("staff", username).stream()
        .filter(e -> e.action().equals(action))
        .map(AuditEvent::details)
        .reduce("", String::concat);
  }
}
