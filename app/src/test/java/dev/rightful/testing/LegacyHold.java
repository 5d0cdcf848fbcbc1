package dev.rightful.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A legal hold as Rightful wrote it before migration V14: the consumer's identifier in plain text
 * in {@code identity_value}. For tests that the upgrade seals it and loses nothing.
 */
public final class LegacyHold {
  public static final String REASON = "Lee v. Net2Phone";
  public static final String PLACED_BY = "counsel@net2phone.example";

  private LegacyHold() {}

  /**
   * Migrates the empty database {@code source} up to V13 and places a consumer hold there as the
   * code of that time did ({@code value} already normalized).
   */
  public static void writeBeforeV14(DataSource source, String kind, String value) {
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration")
        .target("13")
        .load()
        .migrate();
    Jdbi.create(source)
        .useHandle(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO retention_hold (scope, identity_kind, identity_value, reason,"
                            + " placed_by, placed_at) VALUES ('consumer', :kind, :value, :reason,"
                            + " :by, :at)")
                    .bind("kind", kind)
                    .bind("value", value)
                    .bind("reason", REASON)
                    .bind("by", PLACED_BY)
                    .bind("at", Instant.parse("2026-01-05T00:00:00Z").atOffset(ZoneOffset.UTC))
                    .execute());
  }
}
