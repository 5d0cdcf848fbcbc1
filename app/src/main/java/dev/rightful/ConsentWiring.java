package dev.rightful;

import dev.rightful.consent.ConsentModule;
import dev.rightful.consent.OutboxConsentMailer;
import dev.rightful.consent.ServiceAuth;
import dev.rightful.consent.ServiceClient;
import dev.rightful.consent.ServiceScope;
import dev.rightful.datamap.DataMap;
import dev.rightful.staff.ApiToken;
import dev.rightful.staff.ServiceTokens;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the consent capability is put together from the other modules: its settings, the keyed hash
 * of emails, the outbox for its mails, and the staff tokens its API accepts.
 */
public final class ConsentWiring {
  private ConsentWiring() {}

  static ConsentModule module(
      App.Settings settings,
      DataMap map,
      StoreModule store,
      StaffModule staff,
      MailModule mail,
      Function<String, String> env,
      MeterRegistry meters) {
    return ConsentModule.create(
        new ConsentModule.Config(
            map,
            store.database,
            settings.clock(),
            store.secrets.current("consent"),
            email -> store.pi.emailKey(email),
            serviceAuth(staff.staff.serviceTokens()),
            new OutboxConsentMailer(store.database.jdbi(), mail.messages, mail.outbox),
            settings.publicUrl(),
            Set.copyOf(settings.consentOrigins()),
            settings.https(),
            false,
            Duration.ofSeconds(30),
            1_000_000,
            Duration.ofSeconds(30),
            env,
            settings.consentCmpId(),
            settings.consentRegionHeader(),
            settings.clientAddresses()),
        meters);
  }

  /**
   * The consent API's machine clients are the live service tokens the request carries, with their
   * ids and scopes.
   */
  public static ServiceAuth serviceAuth(ServiceTokens tokens) {
    return new ServiceAuth() {
      @Override
      public Optional<ServiceClient> client(Context ctx) {
        return tokens.findService(ctx.header("Authorization")).map(ConsentWiring::serviceClient);
      }

      @Override
      public boolean otherRole(Context ctx) {
        return tokens.findLive(ctx.header("Authorization")).isPresent();
      }
    };
  }

  /** A service token as the consent API sees it: its id and the consent scopes it holds. */
  private static ServiceClient serviceClient(ApiToken token) {
    return new ServiceClient(
        token.principalName(),
        // metrics:read is no consent scope: it opens GET /metrics alone
        token.scopes().stream()
            .flatMap(scope -> ServiceScope.fromId(scope.key()).stream())
            .collect(Collectors.toSet()));
  }
}
