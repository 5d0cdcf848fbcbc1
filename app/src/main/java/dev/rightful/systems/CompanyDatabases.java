package dev.rightful.systems;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The company's own databases that the data map's JDBC systems name. Connection settings come from
 * the environment variables each system names ({@code urlEnv}, {@code userEnv}, {@code
 * passwordEnv}) — never from the map itself — or, in start-dev, from the demo database. Pools open
 * on first use. Thread-safe.
 */
public final class CompanyDatabases implements AutoCloseable {
  /** How to reach one system. */
  public record Target(String url, String user, String password) {}

  private final Map<String, Target> targets;
  private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();

  private CompanyDatabases(Map<String, Target> targets) {
    this.targets = Map.copyOf(targets);
  }

  /**
   * Resolves every JDBC system of the map from {@code env}; systems whose URL variable is unset use
   * {@code fallback} when given (start-dev's demo database), and are otherwise unreachable.
   */
  public static CompanyDatabases resolve(DataMap map, Map<String, String> env, Target fallback) {
    Map<String, Target> targets = new java.util.HashMap<>();
    for (DataSystem system : map.systems()) {
      if (!"jdbc".equals(system.connector())) {
        continue;
      }
      String url = system.urlEnv() == null ? null : env.get(system.urlEnv());
      if (url != null && !url.isBlank()) {
        targets.put(
            system.id(),
            new Target(
                url,
                system.userEnv() == null ? null : env.get(system.userEnv()),
                system.passwordEnv() == null ? null : env.get(system.passwordEnv())));
      } else if (fallback != null) {
        targets.put(system.id(), fallback);
      }
    }
    return new CompanyDatabases(targets);
  }

  public Optional<Target> findTarget(String systemId) {
    return Optional.ofNullable(targets.get(systemId));
  }

  /** A pooled connection source for the system; empty when it has no connection settings. */
  public Optional<DataSource> find(String systemId) {
    Target target = targets.get(systemId);
    if (target == null) {
      return Optional.empty();
    }
    return Optional.of(
        pools.computeIfAbsent(
            systemId,
            id -> {
              HikariConfig config = new HikariConfig();
              config.setJdbcUrl(target.url());
              config.setUsername(target.user());
              config.setPassword(target.password());
              config.setMaximumPoolSize(4);
              config.setMinimumIdle(0);
              config.setPoolName("company-" + id);
              config.setInitializationFailTimeout(
                  -1); // a company system that is down must not stop Rightful
              return new HikariDataSource(config);
            }));
  }

  @Override
  public void close() {
    pools.values().forEach(HikariDataSource::close);
  }
}
