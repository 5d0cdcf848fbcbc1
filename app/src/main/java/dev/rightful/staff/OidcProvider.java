package dev.rightful.staff;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.rightful.staff.internal.Secrets;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenID Connect relying party, on the Nimbus SDK: discovery, the authorization request (code
 * flow, PKCE S256, state, nonce), the token request and the ID token's validation (signature
 * against the provider's JWKS, issuer, audience, expiry, nonce). Thread-safe.
 */
final class OidcProvider {
  /*
   * Discovery happens on the first sign-in rather than at start-up, so that Rightful starts (and
   * local passwords work) while the provider is down; a failed discovery is tried again next time.
   * Token times are checked against the system clock, as the provider sets them by its own, with
   * Nimbus's default leeway of 60 seconds.
   */
  private static final Logger log = LoggerFactory.getLogger(OidcProvider.class);
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 10_000;

  private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  private final OidcSettings settings;
  private volatile Discovered discovered;

  OidcProvider(OidcSettings settings) {
    this.settings = settings;
  }

  /** Where to send the browser to sign in, for the pre-session {@code pre}. */
  URI authorizationUri(OidcPreSession pre) {
    OIDCProviderMetadata metadata = discovered().metadata();
    return new AuthenticationRequest.Builder(
            ResponseType.CODE,
            new Scope("openid", "profile", "email"),
            new ClientID(settings.clientId()),
            settings.redirectUri())
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(new State(pre.state()))
        .nonce(new Nonce(pre.nonce()))
        .codeChallenge(new CodeVerifier(pre.codeVerifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /**
   * Completes the sign-in the provider redirected back with: checks the state, redeems the code
   * with the PKCE verifier, and validates the ID token.
   *
   * @throws OidcRefusal if any of it fails
   */
  IDTokenClaimsSet complete(URI callback, OidcPreSession pre) {
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(callback);
    } catch (ParseException e) {
      throw OidcRefusal.refused(
          "The provider's answer could not be read. Try signing in again.", "malformed callback");
    }
    if (response.getState() == null
        || !Secrets.constantTimeEquals(pre.state(), response.getState().getValue())) {
      throw OidcRefusal.refused(
          "This sign-in was not started in this browser, or took too long. Try again.",
          "state does not match the pre-session");
    }
    if (response instanceof AuthenticationErrorResponse error) {
      ErrorObject object = error.getErrorObject();
      throw OidcRefusal.refused(
          "The provider did not sign you in (" + object.getCode() + ").",
          "provider error " + object.getCode());
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw OidcRefusal.refused("The provider sent no authorization code.", "no code");
    }
    return validate(redeem(code, pre), pre);
  }

  private JWT redeem(AuthorizationCode code, OidcPreSession pre) {
    Discovered provider = discovered();
    var grant =
        new AuthorizationCodeGrant(
            code, settings.redirectUri(), new CodeVerifier(pre.codeVerifier()));
    URI endpoint = provider.metadata().getTokenEndpointURI();
    ClientID client = new ClientID(settings.clientId());
    TokenRequest request =
        (settings.clientSecret() == null
                ? new TokenRequest.Builder(endpoint, client, grant)
                : new TokenRequest.Builder(
                    endpoint,
                    new ClientSecretBasic(client, new Secret(settings.clientSecret())),
                    grant))
            .build();
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(CONNECT_TIMEOUT_MS);
      http.setReadTimeout(READ_TIMEOUT_MS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      log.warn("OIDC token request to {} failed: {}", endpoint, e.getMessage());
      throw unreachable();
    }
    if (!response.indicatesSuccess()) {
      String error = response.toErrorResponse().getErrorObject().getCode();
      throw OidcRefusal.refused(
          "The provider refused to complete the sign-in (" + error + "). Try again.",
          "token request refused: " + error);
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw OidcRefusal.refused("The provider sent no ID token.", "no ID token");
    }
    return idToken;
  }

  private IDTokenClaimsSet validate(JWT idToken, OidcPreSession pre) {
    try {
      return discovered().validator().validate(idToken, new Nonce(pre.nonce()));
    } catch (BadJOSEException e) {
      // Nimbus says which check failed ("Expired JWT", "Unexpected JWT audience", …): no secret.
      throw OidcRefusal.refused(
          "The provider's ID token was not accepted: " + e.getMessage() + ".",
          "ID token rejected: " + e.getMessage());
    } catch (JOSEException e) {
      log.warn("OIDC ID token could not be checked: {}", e.getMessage());
      throw unreachable();
    }
  }

  private Discovered discovered() {
    Discovered known = discovered;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (discovered == null) {
        discovered = discover();
      }
      return discovered;
    }
  }

  private Discovered discover() {
    OIDCProviderMetadata metadata;
    try {
      // Checks that the document names the configured issuer exactly.
      metadata =
          OIDCProviderMetadata.resolve(
              new Issuer(settings.issuer()), CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(metadata.getJWKSetURI().toURL()).retrying(true).build();
      var selector = new JWSVerificationKeySelector<>(algorithms(metadata), keys);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(), new ClientID(settings.clientId()), selector, null);
      return new Discovered(metadata, validator);
    } catch (GeneralException | IOException | RuntimeException e) {
      log.warn("OIDC discovery at {} failed: {}", settings.issuer(), e.getMessage());
      throw unreachable();
    }
  }

  /** The provider's ID token algorithms with public keys (never HMAC or none); RS256 if unsaid. */
  private static Set<JWSAlgorithm> algorithms(OIDCProviderMetadata metadata) {
    Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
    if (metadata.getIDTokenJWSAlgs() != null) {
      for (JWSAlgorithm algorithm : metadata.getIDTokenJWSAlgs()) {
        if (JWSAlgorithm.Family.SIGNATURE.contains(algorithm)) {
          algorithms.add(algorithm);
        }
      }
    }
    if (algorithms.isEmpty()) {
      algorithms.add(JWSAlgorithm.RS256);
    }
    return algorithms;
  }

  private OidcRefusal unreachable() {
    return new OidcRefusal(
        502,
        "Single sign-on is unavailable",
        "The sign-in provider could not be reached. Try again in a moment, or ask an administrator.",
        "provider unreachable");
  }
}
