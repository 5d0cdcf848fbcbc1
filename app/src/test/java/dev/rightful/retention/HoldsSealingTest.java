package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.store.Database;
import dev.rightful.store.PiProtection;
import dev.rightful.testing.LegacyHold;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A consumer hold's identifier is personal information: Rightful's database keeps it sealed and
 * finds it by keyed hash, holds written in plain text before migration V14 are sealed when Rightful
 * starts, and a sealed identifier opens only on its own consumer's holds. On H2 (as start-dev runs)
 * and PostgreSQL.
 */
class HoldsSealingTest {
  static final String COUNSEL = "counsel@net2phone.example";
  static final Instant NOW = TestClock.DEMO_DATE;

  /** Rightful's database, empty and not migrated. */
  enum RightfulDb {
    H2(Rightful::h2Source),
    POSTGRESQL(() -> Rightful.postgresSource("retention_holds_sealing_test"));

    private final Supplier<DataSource> fresh;

    RightfulDb(Supplier<DataSource> fresh) {
      this.fresh = fresh;
    }

    /** A fresh database migrated to the latest version. */
    Jdbi migrated() {
      DataSource source = fresh.get();
      Database.migrate(source);
      return Jdbi.create(source);
    }

    /** A fresh database as Rightful left it before V14, with a consumer hold written then. */
    Jdbi withHoldWrittenBeforeV14(String kind, String value) {
      DataSource source = fresh.get();
      LegacyHold.writeBeforeV14(source, kind, value);
      Database.migrate(source);
      return Jdbi.create(source);
    }
  }

  static Holds holds(Jdbi jdbi, PiProtection pi) {
    return new Holds(jdbi, pi, TestClock.utc(NOW));
  }

  static PiProtection pi(String keys) {
    return new CryptoPiProtection(Keys.parse(keys));
  }

  static String key(int fill) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Every column of every hold row, as the database returns it. */
  static List<Map<String, Object>> rawRows(Jdbi jdbi) {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT * FROM retention_hold ORDER BY id").mapToMap().list());
  }

  static Map<String, Object> rawRow(Jdbi jdbi, long id) {
    return rawRows(jdbi).stream()
        .filter(row -> ((Number) row.get("id")).longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  static void setSealed(Jdbi jdbi, long id, String sealed) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("UPDATE retention_hold SET identity_sealed = :sealed WHERE id = :id")
                .bind("sealed", sealed)
                .bind("id", id)
                .execute());
  }

  static List<Long> ids(List<Hold> holds) {
    return holds.stream().map(Hold::id).toList();
  }

  @ParameterizedTest
  @EnumSource(RightfulDb.class)
  void a_consumer_hold_stores_its_identifier_sealed_with_a_keyed_hash_and_no_plain_text(
      RightfulDb db) {
    Jdbi jdbi = db.migrated();
    Holds holds = holds(jdbi, Rightful.PI);

    Hold placed =
        holds.placeOnConsumer("email", " Jane.Doe@Example.com", "Doe v. Net2Phone", null, COUNSEL);

    Map<String, Object> row = rawRow(jdbi, placed.id());
    assertThat(row.get("identity_value")).isNull();
    assertThat(row.get("identity_kind")).isEqualTo("email");
    assertThat((String) row.get("identity_key")).matches("1:[0-9a-f]{64}");
    assertThat((String) row.get("identity_sealed")).isNotBlank();
    assertThat(row.values().toString()).doesNotContainIgnoringCase("jane.doe");
    // Callers still read the identifier, opened and normalized.
    assertThat(placed.identityValue()).isEqualTo("jane.doe@example.com");
    assertThat(holds.find(placed.id()).orElseThrow().identityValue())
        .isEqualTo("jane.doe@example.com");
    assertThat(holds.list())
        .extracting(Hold::identityValue)
        .containsExactly("jane.doe@example.com");
    assertThat(placed.toString()).doesNotContainIgnoringCase("jane");
  }

  @ParameterizedTest
  @EnumSource(RightfulDb.class)
  void active_for_finds_a_consumers_holds_by_keyed_hash_and_every_table_hold(RightfulDb db) {
    Jdbi jdbi = db.migrated();
    TestClock clock = TestClock.utc(Instant.parse("2026-01-01T00:00:00Z"));
    Holds holds = new Holds(jdbi, Rightful.PI, clock);
    long janeByEmail =
        holds.placeOnConsumer("Email", "jane.doe@example.com", "claim", null, COUNSEL).id();
    long janeByPhone =
        holds.placeOnConsumer("phone", "+1 (510) 555-0199", "claim", null, COUNSEL).id();
    long marcus =
        holds.placeOnConsumer("email", "marcus.lee@example.com", "claim", null, COUNSEL).id();
    long table = holds.placeOnTable("company_db", "invoices", "audit", null, COUNSEL).id();
    long released =
        holds.placeOnConsumer("email", "jane.doe@example.com", "settled", null, COUNSEL).id();
    holds.placeOnConsumer(
        "email", "jane.doe@example.com", "lapsed", Instant.parse("2026-02-01T00:00:00Z"), COUNSEL);
    holds.release(released, COUNSEL);
    clock.set(NOW);
    // Marcus Lee's identifier is unreadable: activeFor must find Jane without opening his hold.
    setSealed(jdbi, marcus, "not a ciphertext");

    List<Hold> jane =
        holds.activeFor(
            Map.of(
                "email",
                List.of("JANE.DOE@example.com "),
                "phone",
                List.of("+1 510 555 0199"),
                "customer-id",
                List.of(1003L)),
            NOW);

    assertThat(ids(jane)).containsExactly(janeByEmail, janeByPhone, table);
    assertThat(jane.get(0).identityValue()).isEqualTo("jane.doe@example.com");
    assertThat(jane.get(1).identityValue()).isEqualTo("15105550199");
    assertThat(ids(holds.activeFor(Map.of("email", List.of("nobody@example.com")), NOW)))
        .containsExactly(table);
    assertThat(ids(holds.activeFor(Map.of(), NOW))).containsExactly(table);
    // Before the holds were placed, none of them was in force.
    assertThat(
            holds.activeFor(
                Map.of("email", List.of("jane.doe@example.com")),
                Instant.parse("2025-12-31T00:00:00Z")))
        .isEmpty();
    // The released and expired holds stay on record; active opens every hold, Marcus Lee's too.
    assertThat(rawRows(jdbi)).hasSize(6);
    assertThatThrownBy(() -> holds.active(NOW)).hasMessageStartingWith("hold " + marcus + ": ");
  }

  @ParameterizedTest
  @EnumSource(RightfulDb.class)
  void a_hold_written_in_plain_text_before_V14_is_sealed_on_start_and_still_matches(RightfulDb db) {
    Jdbi jdbi = db.withHoldWrittenBeforeV14("email", "marcus.lee@example.com");
    assertThat(rawRows(jdbi))
        .singleElement()
        .extracting(row -> row.get("identity_value"))
        .isEqualTo("marcus.lee@example.com");
    Holds holds = holds(jdbi, Rightful.PI);

    assertThat(holds.sealPlaintext()).isOne();

    Map<String, Object> row = rawRows(jdbi).get(0);
    assertThat(row.get("identity_value")).isNull();
    assertThat((String) row.get("identity_key")).matches("1:[0-9a-f]{64}");
    assertThat(row.values().toString()).doesNotContainIgnoringCase("marcus");
    List<Hold> found = holds.activeFor(Map.of("email", List.of("Marcus.Lee@example.com")), NOW);
    assertThat(found)
        .singleElement()
        .extracting(Hold::identityKind, Hold::identityValue, Hold::reason, Hold::placedBy)
        .containsExactly(
            "email", "marcus.lee@example.com", LegacyHold.REASON, LegacyHold.PLACED_BY);
    assertThat(holds.active(NOW))
        .extracting(Hold::identityValue)
        .containsExactly("marcus.lee@example.com");
    // Starting again finds nothing left to seal.
    assertThat(holds.sealPlaintext()).isZero();
  }

  @Test
  void a_server_seals_the_holds_written_before_V14_when_it_starts() {
    String url = TestServer.h2Url();
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser("sa");
    LegacyHold.writeBeforeV14(source, "phone", "15105550101");

    try (TestServer server = TestServer.start(Repo.exampleMap(), url, "sa", "")) {
      Jdbi jdbi = server.app().services().database().jdbi();
      assertThat(rawRows(jdbi))
          .singleElement()
          .extracting(row -> row.get("identity_value"))
          .isNull();
      assertThat(
              holds(jdbi, server.app().services().pi())
                  .activeFor(Map.of("phone", List.of("+1 510-555-0101")), NOW))
          .extracting(Hold::identityValue)
          .containsExactly("15105550101");
    }
  }

  @ParameterizedTest
  @EnumSource(RightfulDb.class)
  void a_sealed_identifier_copied_onto_another_consumers_hold_does_not_open(RightfulDb db) {
    Jdbi jdbi = db.migrated();
    Holds holds = holds(jdbi, Rightful.PI);
    Hold jane = holds.placeOnConsumer("email", "jane.doe@example.com", "claim", null, COUNSEL);
    Hold marcus = holds.placeOnConsumer("email", "marcus.lee@example.com", "claim", null, COUNSEL);

    setSealed(jdbi, marcus.id(), (String) rawRow(jdbi, jane.id()).get("identity_sealed"));

    assertThatThrownBy(() -> holds.find(marcus.id()))
        .isInstanceOf(RetentionException.class)
        .hasMessageStartingWith("hold " + marcus.id() + ": ")
        .hasMessageContaining("do not open")
        .message()
        .doesNotContainIgnoringCase("jane")
        .doesNotContainIgnoringCase("marcus");
    // A sweep reads every hold: it stops rather than sweep past a hold it cannot read.
    assertThatThrownBy(() -> holds.active(NOW)).isInstanceOf(RetentionException.class);
    assertThat(holds.find(jane.id()).orElseThrow().identityValue())
        .isEqualTo("jane.doe@example.com");
  }

  @Test
  void holds_hashed_before_a_key_rotation_are_still_found() {
    Jdbi jdbi = RightfulDb.H2.migrated();
    Hold placed =
        holds(jdbi, pi("1:" + key(0x31)))
            .placeOnConsumer("email", "jane.doe@example.com", "claim", null, COUNSEL);

    Holds rotated = holds(jdbi, pi("2:" + key(0x32) + ",1:" + key(0x31)));

    assertThat(rotated.activeFor(Map.of("email", List.of("jane.doe@example.com")), NOW))
        .extracting(Hold::id, Hold::identityValue)
        .containsExactly(tuple(placed.id(), "jane.doe@example.com"));
  }

  @Test
  void keys_that_do_not_open_the_sealed_holds_seal_nothing() {
    Jdbi jdbi = RightfulDb.H2.withHoldWrittenBeforeV14("email", "marcus.lee@example.com");
    holds(jdbi, Rightful.PI).placeOnConsumer("email", "jane.doe@example.com", "x", null, COUNSEL);
    Holds wrongKeys = holds(jdbi, pi(key(0x77)));

    assertThatThrownBy(wrongKeys::sealPlaintext)
        .isInstanceOf(RetentionException.class)
        .hasMessageContaining("do not open");

    assertThat(rawRows(jdbi).get(0).get("identity_value")).isEqualTo("marcus.lee@example.com");
    assertThat(holds(jdbi, Rightful.PI).sealPlaintext()).isOne();
  }
}
