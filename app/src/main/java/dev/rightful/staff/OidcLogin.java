package dev.rightful.staff;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Signs staff in with OpenID Connect: the provider's answer checked ({@link OidcProvider}), the
 * role mapped from the configured claim, the account found or created, and the same session and
 * audit event a password sign-in gives ({@code staff.login-succeeded}, with {@code method=oidc}). A
 * refusal is audited as {@code staff.login-failed}. Thread-safe.
 */
public final class OidcLogin {
  private final OidcSettings settings;
  private final OidcProvider provider;
  private final SsoAccounts accounts;
  private final StaffUsers users;
  private final SessionStore sessions;
  private final AuditSink audit;
  private final Clock clock;

  public OidcLogin(OidcSettings settings, Jdbi jdbi, Staff staff, AuditSink audit, Clock clock) {
    this.settings = settings;
    this.provider = new OidcProvider(settings);
    this.users = staff.users();
    this.accounts = new SsoAccounts(jdbi, users, audit, clock);
    this.sessions = staff.sessions();
    this.audit = audit;
    this.clock = clock;
  }

  public OidcSettings settings() {
    return settings;
  }

  /**
   * Where to send the browser to sign in for {@code pre}.
   *
   * @throws OidcRefusal if the provider cannot be reached
   */
  URI begin(OidcPreSession pre) {
    return provider.authorizationUri(pre);
  }

  /**
   * Finishes the sign-in the provider redirected back to {@code callback} with.
   *
   * @param pre the browser's pre-session, or null if it has none (then refused)
   * @param previousSessionId the session cookie the browser sent, if any: it is ended
   * @throws OidcRefusal if the answer, the token or the role does not do, after auditing why
   */
  SessionStore.Opened finish(URI callback, OidcPreSession pre, String previousSessionId) {
    String who = null;
    try {
      if (pre == null) {
        throw OidcRefusal.refused(
            "This sign-in was not started in this browser, or took too long. Try again.",
            "no pre-session");
      }
      IDTokenClaimsSet claims = provider.complete(callback, pre);
      String name = preferredName(claims);
      who = name;
      List<String> values = claimValues(claims.toJSONObject(), settings.rolesClaim());
      Optional<Role> role = settings.roles().grant(values);
      if (role.isEmpty()) {
        throw new OidcRefusal(
            403,
            "No access to the Rightful console",
            "You signed in, but your account at "
                + settings.providerName()
                + " has no group or role that gives access to Rightful. Ask an administrator to"
                + " add you to one.",
            "claim " + settings.rolesClaim() + " grants no role");
      }
      StaffUser user =
          accounts.signIn(
              claims.getIssuer().getValue(), claims.getSubject().getValue(), name, role.get());
      who = user.username();
      users.recordLogin(user.id());
      sessions.close(previousSessionId);
      SessionStore.Opened opened = sessions.open(user);
      sessions.purgeExpired();
      audit.record(
          new StaffEvent(
              StaffEvent.Kind.LOGIN_SUCCEEDED,
              clock.instant(),
              user.username(),
              user.username(),
              "role=" + user.role().key() + " method=oidc"));
      return opened;
    } catch (OidcRefusal refusal) {
      audit.record(
          new StaffEvent(
              StaffEvent.Kind.LOGIN_FAILED,
              clock.instant(),
              "anonymous",
              who,
              refusal.auditDetail()));
      throw refusal;
    }
  }

  private static String preferredName(IDTokenClaimsSet claims) {
    String name = claims.getStringClaim("preferred_username");
    return name != null ? name : claims.getStringClaim("email");
  }

  /**
   * The string values at the dotted {@code path} of the claims: a string is one value, a list gives
   * its strings, anything else none.
   */
  static List<String> claimValues(Map<String, Object> claims, String path) {
    Object at = claims;
    for (String step : path.split("\\.")) {
      if (!(at instanceof Map<?, ?> map)) {
        return List.of();
      }
      at = map.get(step);
    }
    List<String> values = new ArrayList<>();
    if (at instanceof String text) {
      values.add(text);
    } else if (at instanceof Collection<?> list) {
      list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
    }
    return values;
  }
}
