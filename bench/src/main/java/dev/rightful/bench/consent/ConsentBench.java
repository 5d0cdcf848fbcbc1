package dev.rightful.bench.consent;

import dev.rightful.consent.Choice;
import dev.rightful.consent.ChoiceContext;
import dev.rightful.consent.ChoiceSource;
import dev.rightful.consent.ConsentMailer;
import dev.rightful.consent.ConsentModule;
import dev.rightful.consent.ConsentPurpose;
import dev.rightful.consent.ConsentService;
import dev.rightful.consent.ServiceAuth;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.staff.Staff;
import dev.rightful.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The consent capability as the benchmarks run it: an in-memory H2 database, a data map like the
 * example company's (advertising partners that receive data as a sale and a share), and a ledger
 * with {@code known} subjects named {@code device:bench<n>} for n in 1..known, in four kinds: opted
 * out by signal, opted out by form, opted in, and known to be 14.
 */
final class ConsentBench {
  static final ConsentMailer NO_MAIL = (to, subject, text) -> {};

  private ConsentBench() {}

  static String subject(int n) {
    return "device:bench" + String.format("%012d", n);
  }

  static Database database() {
    return Database.open(
        "jdbc:h2:mem:consent-bench-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa",
        "",
        8);
  }

  /**
   * Service tokens checked as {@code App} wires them: Rightful's staff tokens in the same database
   * ({@link dev.rightful.staff.ServiceTokens}).
   */
  static ServiceAuth auth(Staff staff) {
    return dev.rightful.ConsentWiring.serviceAuth(staff.serviceTokens());
  }

  static ConsentModule module(Database database, ServiceAuth auth, String publicUrl) {
    return ConsentModule.create(
        new ConsentModule.Config(
            dataMap(),
            database,
            Clock.systemUTC(),
            "benchmark secret, at least thirty-two bytes".getBytes(StandardCharsets.UTF_8),
            null,
            auth,
            NO_MAIL,
            publicUrl,
            Set.of(),
            false,
            false,
            Duration.ofMinutes(10),
            2_000_000,
            null,
            // Vendors' webhook secrets from the process environment; no propagation runs here.
            null));
  }

  static void populate(ConsentService service, int known) {
    Set<ConsentPurpose> both = EnumSet.of(ConsentPurpose.SALE, ConsentPurpose.SHARE);
    for (int n = 1; n <= known; n++) {
      String key = subject(n);
      switch (n % 4) {
        case 0 -> service.recordSignal(key, ChoiceContext.of(ChoiceSource.GPC));
        case 1 ->
            service.record(
                key,
                both,
                Choice.OPT_OUT,
                ChoiceContext.of(ChoiceSource.OPT_OUT_FORM),
                false,
                false);
        case 2 ->
            service.record(
                key, both, Choice.OPT_IN, ChoiceContext.of(ChoiceSource.COOKIE_TOOL), true, false);
        default -> service.recordBirthDate(key, LocalDate.now().minusYears(14));
      }
    }
  }

  static DataMap dataMap() {
    try {
      Path dir = Files.createTempDirectory("consent-bench-map");
      Files.writeString(
          dir.resolve("map.yaml"),
          """
          business:
            legalName: Benchmark Co
            website: https://www.example.com
            contact:
              email: privacy@example.com
          notice:
            lastUpdated: 2026-06-01
          categories:
            A: {collected: true, specifics: Identifiers.}
          purposes:
            - id: cross-context-advertising
              description: Sale/Share for cross-context behavioral advertising.
          recipients:
            - id: ad-partners
              kind: third-party
              description: Ad-network and advertising partners.
              categories: [A]
              purposes: [cross-context-advertising]
              transfer: sale-and-share
          """);
      return DataMapLoader.load(dir).orThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
