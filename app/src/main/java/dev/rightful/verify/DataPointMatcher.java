package dev.rightful.verify;

import dev.rightful.crypto.KeyedHash;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.requests.Subject;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.verify.internal.ConsumerRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts how many reliable data points a requester gave that match the business's records of the
 * consumer (7062(b)-(c)), using the data map to know where those records are: its JDBC systems,
 * their email {@code identity} columns to find the consumer, their {@code references} to reach the
 * consumer's other rows, and their {@code verification: true} columns to compare. Thread-safe.
 */
public final class DataPointMatcher {
  /*
   * A data point counts once per kind, however many tables agree: a name matching in customers and
   * in invoices is one point. The email address counts only when a one-time code confirmed it and
   * the business holds it, because then it proves control of an address on file; typed without a
   * code it locates the records but proves nothing. Systems the map names but that have no
   * connection settings are skipped: they can neither add nor remove a point.
   */
  private static final Logger log = LoggerFactory.getLogger(DataPointMatcher.class);

  private final DataMap map;
  private final CompanyDatabases databases;

  public DataPointMatcher(DataMap map, CompanyDatabases databases) {
    this.map = map;
    this.databases = databases;
  }

  /**
   * The data points of {@code subject} that match the records held under its email address; {@code
   * emailConfirmed} says whether a one-time code proved control of that address. Throws {@link
   * CompanyDataUnavailable} when a company database cannot be searched.
   */
  public MatchResult match(Subject subject, boolean emailConfirmed) {
    if (subject.email() == null || subject.email().isBlank()) {
      return MatchResult.of(Set.of()); // nothing anchors the search: staff verify by hand
    }
    String email = KeyedHash.normalize(KeyedHash.Kind.EMAIL, subject.email());
    Set<DataPointKind> kinds = EnumSet.noneOf(DataPointKind.class);
    for (DataSystem system : map.systems()) {
      if (!"jdbc".equals(system.connector())) {
        continue;
      }
      Optional<DataSource> source = databases.find(system.id());
      if (source.isEmpty()) {
        log.debug("system {} has no connection settings: not searched", system.id());
        continue;
      }
      ConsumerRows.Found found = search(system, source.get(), email);
      if (!found.anchored()) {
        continue;
      }
      if (emailConfirmed) {
        kinds.add(DataPointKind.EMAIL);
      }
      for (ConsumerRows.Held held : found.values()) {
        if (held.kind() != DataPointKind.EMAIL
            && held.kind().matches(given(subject, held.kind()), held.value())) {
          kinds.add(held.kind());
        }
      }
    }
    return MatchResult.of(kinds);
  }

  private static ConsumerRows.Found search(DataSystem system, DataSource source, String email) {
    try (Connection connection = source.getConnection()) {
      connection.setReadOnly(true);
      return ConsumerRows.find(system, connection, email);
    } catch (SQLException e) {
      log.warn("system {} could not be searched: SQL state {}", system.id(), e.getSQLState());
      throw new CompanyDataUnavailable(system.id(), e.getSQLState());
    }
  }

  private static String given(Subject subject, DataPointKind kind) {
    return switch (kind) {
      case EMAIL -> subject.email();
      case PHONE -> subject.phone();
      case NAME -> subject.name();
      case POSTAL_ADDRESS -> subject.postalAddress();
      case ACCOUNT -> subject.accountId();
    };
  }
}
