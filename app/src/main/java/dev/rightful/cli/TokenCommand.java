package dev.rightful.cli;

import dev.rightful.audit.AuditLog;
import dev.rightful.audit.StaffAuditSink;
import dev.rightful.config.ConfigException;
import dev.rightful.staff.ApiToken;
import dev.rightful.staff.ApiTokens;
import dev.rightful.staff.IssuedToken;
import dev.rightful.staff.Role;
import dev.rightful.staff.Scope;
import dev.rightful.staff.StaffException;
import dev.rightful.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightful token create|list|revoke}: bearer tokens for the staff JSON API, against the
 * database of a running server (start-dev included). {@code create} prints only the token on
 * standard output, so {@code TOKEN=$(rightful token create --role service)} works. A service
 * token's {@code --scope}s say what it may do on the consent API (decisions alone by default).
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke bearer tokens for the staff JSON API.")
final class TokenCommand {
  @Spec CommandSpec spec;

  private final Clock clock;

  TokenCommand() {
    this(Clock.systemUTC());
  }

  TokenCommand(Clock clock) {
    this.clock = clock;
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description =
          "Create a token and print it, and nothing else, on standard output. It is shown once:"
              + " only its SHA-256 is stored.")
  int create(
      @Mixin DatabaseOptions database,
      @Option(
              names = "--role",
              required = true,
              paramLabel = "ROLE",
              description = "admin, agent, auditor or service.")
          String role,
      @Option(
              names = "--name",
              paramLabel = "NAME",
              description = "What the token is for, e.g. the client's name.")
          String name,
      @Option(
              names = "--expires-in",
              paramLabel = "DURATION",
              defaultValue = "P90D",
              description =
                  "ISO-8601 duration such as P90D or PT12H, or 'never' (default: ${DEFAULT-VALUE}).")
          String expiresIn,
      @Option(
              names = "--scope",
              paramLabel = "SCOPE",
              split = ",",
              description =
                  "For a service token: consent:decisions (decisions and GPP strings, for ad"
                      + " systems; the default) or consent:write (record choices, links, ages and"
                      + " parental consents; history; propagation tasks) or metrics:read"
                      + " (scrape GET /metrics). Repeat or separate with commas for several.")
          List<String> scopeNames) {
    return run(
        database,
        tokens -> {
          Role parsed = Role.parse(role);
          Duration validity = parseDuration(expiresIn);
          Set<Scope> granted = Scope.defaultsFor(parsed);
          if (scopeNames != null && !scopeNames.isEmpty()) {
            granted = EnumSet.noneOf(Scope.class);
            for (String scope : scopeNames) {
              granted.add(Scope.parse(scope));
            }
          }
          IssuedToken issued = tokens.issue(parsed, granted, name, validity, "cli");
          ApiToken token = issued.token();
          out().println(issued.secret());
          err()
              .println(
                  "Created token "
                      + token.id()
                      + " '"
                      + token.name()
                      + "' ("
                      + token.role().key()
                      + (token.scopes().isEmpty() ? "" : " " + scopes(token))
                      + "), "
                      + (token.expiresAt() == null
                          ? "never expires"
                          : "expires " + token.expiresAt())
                      + ". It is shown once: store it now.");
          return 0;
        });
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "List every token: id, role, state, expiry, scopes and name (never the secret).")
  int list(@Mixin DatabaseOptions database) {
    return run(
        database,
        tokens -> {
          var now = clock.instant();
          out()
              .printf(
                  "%-6s %-8s %-8s %-22s %-32s %s%n",
                  "ID", "ROLE", "STATE", "EXPIRES", "SCOPES", "NAME");
          for (ApiToken token : tokens.list()) {
            String state =
                token.revokedAt() != null ? "revoked" : token.activeAt(now) ? "active" : "expired";
            out()
                .printf(
                    "%-6d %-8s %-8s %-22s %-32s %s%n",
                    token.id(),
                    token.role().key(),
                    state,
                    token.expiresAt() == null ? "never" : token.expiresAt().toString(),
                    token.scopes().isEmpty() ? "-" : scopes(token),
                    token.name());
          }
          return 0;
        });
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revoke a token by its id (see 'token list'); it stops working at once.")
  int revoke(
      @Mixin DatabaseOptions database,
      @Parameters(paramLabel = "ID", description = "The token's id.") long id) {
    return run(
        database,
        tokens -> {
          boolean changed = tokens.revoke(id, "cli");
          err()
              .println(
                  changed ? "Revoked token " + id + "." : "Token " + id + " was revoked already.");
          return 0;
        });
  }

  private int run(DatabaseOptions options, Function<ApiTokens, Integer> work) {
    try (Database database = options.open()) {
      AuditLog audit = new AuditLog(database.jdbi(), clock);
      try {
        return work.apply(new ApiTokens(database.jdbi(), clock, new StaffAuditSink(audit)));
      } finally {
        // No sequencer runs in a command: chain its events before it exits.
        audit.chainPending();
      }
    } catch (StaffException e) {
      err().println("rightful token: " + e.getMessage());
      return 1;
    } catch (ConfigException e) {
      err().println("rightful token: " + e.getMessage());
      return 2;
    } finally {
      out().flush();
      err().flush();
    }
  }

  /** A token's scopes as the CLI shows them: keys in declaration order, comma-separated. */
  private static String scopes(ApiToken token) {
    return token.scopes().stream().sorted().map(Scope::key).collect(Collectors.joining(","));
  }

  private static Duration parseDuration(String text) {
    if (text == null || text.equalsIgnoreCase("never")) {
      return null;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new StaffException(
          "--expires-in '" + text + "' is not an ISO-8601 duration such as P90D or PT12H");
    }
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
