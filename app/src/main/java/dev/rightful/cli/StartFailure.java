package dev.rightful.cli;

import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What stopped a command, as one line per problem and an exit code: an operator reads what failed
 * and what to do, not a stack trace. Immutable.
 */
record StartFailure(ExitCode exitCode, List<String> lines) {

  /** The failure {@code thrown} means; {@code config} (may be null) names options as set. */
  static StartFailure of(Throwable thrown, Config config) {
    if (thrown instanceof ConfigException e) {
      return new StartFailure(ExitCode.CONFIG, e.problems());
    }
    List<Throwable> chain = chain(thrown);
    if (find(chain, BindException.class) != null) {
      return new StartFailure(ExitCode.PORT, List.of(Messages.portInUse(config)));
    }
    if (isDatabase(chain)) {
      return new StartFailure(ExitCode.DATABASE, List.of(database(chain, config)));
    }
    return new StartFailure(ExitCode.UNEXPECTED, List.of(Messages.unexpected(thrown)));
  }

  private static boolean isDatabase(List<Throwable> chain) {
    return chain.stream()
        .anyMatch(
            t ->
                t instanceof SQLException
                    || t.getClass().getName().startsWith("org.flywaydb.")
                    || t.getClass().getName().startsWith("com.zaxxer.hikari."));
  }

  private static String database(List<Throwable> chain, Config config) {
    String url = config == null ? null : config.value(Options.DB_URL).value();
    String where = Messages.databaseAt(url);
    String check = "check " + name(config, Options.DB_URL) + " and that the database runs there";
    SQLException sql = find(chain, SQLException.class);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String reason;
    if (find(chain, ConnectException.class) != null) {
      reason = where + " refused the connection (" + check + ")";
    } else if (find(chain, UnknownHostException.class) != null) {
      reason = where + ": unknown host (" + check + ")";
    } else if (find(chain, SocketTimeoutException.class) != null) {
      reason = where + " did not answer in time (" + check + ")";
    } else if (state.startsWith("28")) {
      reason =
          where
              + " refused the login (check "
              + name(config, Options.DB_USER)
              + " and "
              + name(config, Options.DB_PASSWORD)
              + ")";
    } else if (state.equals("3D000")) {
      reason = where + ": no such database (create it, or " + check + ")";
    } else {
      reason = where + " failed: " + firstLine(chain.get(chain.size() - 1)) + " (" + check + ")";
    }
    return reason;
  }

  private static String name(Config config, Option option) {
    return config == null ? "option " + option.flag() : config.describe(option);
  }

  /** The host and port of a JDBC URL such as jdbc:postgresql://host:5432/db, or null. */
  static String hostAndPort(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:") || !jdbcUrl.contains("://")) {
      return null;
    }
    try {
      URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
      return uri.getHost() == null
          ? null
          : uri.getHost() + ":" + (uri.getPort() == -1 ? defaultPort(uri) : uri.getPort());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int defaultPort(URI uri) {
    return switch (uri.getScheme()) {
      case "postgresql" -> 5432;
      case "mysql", "mariadb" -> 3306;
      default -> -1;
    };
  }

  static String firstLine(Throwable thrown) {
    String message = thrown.getMessage();
    return message == null || message.isBlank()
        ? thrown.getClass().getSimpleName()
        : message.strip().lines().findFirst().orElse("");
  }

  private static List<Throwable> chain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static <T extends Throwable> T find(List<Throwable> chain, Class<T> type) {
    return chain.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
  }
}
