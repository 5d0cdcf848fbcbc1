package dev.rightful.cli;

import dev.rightful.audit.AuditLog;
import dev.rightful.audit.StaffAuditSink;
import dev.rightful.config.ConfigException;
import dev.rightful.staff.PasswordHasher;
import dev.rightful.staff.PasswordPolicy;
import dev.rightful.staff.Role;
import dev.rightful.staff.StaffBootstrap;
import dev.rightful.staff.StaffException;
import dev.rightful.staff.StaffUser;
import dev.rightful.staff.StaffUsers;
import dev.rightful.store.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rightful admin create|disable|enable|list}: staff console accounts, against the database
 * of a running server (start-dev included). {@code create} reads the password from {@value
 * StaffBootstrap#PASSWORD_ENV} or standard input, never from an argument (arguments show in {@code
 * ps} and shell history).
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Create, disable, enable and list staff console accounts.")
final class AdminCommand {
  @Spec CommandSpec spec;

  private final Map<String, String> env;
  private final InputStream stdin;
  private final Clock clock;

  AdminCommand() {
    this(System.getenv(), System.in, Clock.systemUTC());
  }

  AdminCommand(Map<String, String> env, InputStream stdin, Clock clock) {
    this.env = env;
    this.stdin = stdin;
    this.clock = clock;
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description =
          "Create an account. The password comes from RIGHTFUL_ADMIN_PASSWORD, else from standard"
              + " input (asked twice on a terminal). At least 12 characters, not the username.")
  int create(
      @Mixin DatabaseOptions database,
      @Option(names = "--username", required = true, paramLabel = "USERNAME") String username,
      @Option(
              names = "--role",
              paramLabel = "ROLE",
              defaultValue = "admin",
              description = "admin, agent or auditor (default: ${DEFAULT-VALUE}).")
          String role) {
    Role parsed;
    String password;
    try {
      parsed = Role.parse(role);
      password = readPassword(username);
      PasswordPolicy.check(StaffUsers.normalize(username), password);
    } catch (StaffException e) {
      err().println("rightful admin: " + e.getMessage());
      err().flush();
      return 1;
    }
    return run(
        database,
        users -> {
          StaffUser user = users.create(username, parsed, password, "cli");
          err().println("Created " + user.role().key() + " '" + user.username() + "'.");
          return 0;
        });
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disable an account and end its sessions.")
  int disable(
      @Mixin DatabaseOptions database,
      @Option(names = "--username", required = true, paramLabel = "USERNAME") String username) {
    return run(database, users -> setEnabled(users, username, false));
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable an account.")
  int enable(
      @Mixin DatabaseOptions database,
      @Option(names = "--username", required = true, paramLabel = "USERNAME") String username) {
    return run(database, users -> setEnabled(users, username, true));
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List accounts: username, role, state and last sign-in.")
  int list(@Mixin DatabaseOptions database) {
    return run(
        database,
        users -> {
          out().printf("%-24s %-8s %-9s %s%n", "USERNAME", "ROLE", "STATE", "LAST SIGN-IN");
          for (StaffUser user : users.list()) {
            out()
                .printf(
                    "%-24s %-8s %-9s %s%n",
                    user.username(),
                    user.role().key(),
                    user.enabled() ? "enabled" : "disabled",
                    user.lastLoginAt() == null ? "never" : user.lastLoginAt().toString());
          }
          return 0;
        });
  }

  private int setEnabled(StaffUsers users, String username, boolean enabled) {
    StaffUser user = users.setEnabled(username, enabled, "cli");
    err().println((enabled ? "Enabled '" : "Disabled '") + user.username() + "'.");
    return 0;
  }

  private String readPassword(String username) {
    String fromEnv = env.get(StaffBootstrap.PASSWORD_ENV);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    Console console = System.console();
    if (console != null && stdin == System.in) {
      char[] first = console.readPassword("Password for %s: ", username);
      char[] again = console.readPassword("The same password again: ");
      if (first == null || !Arrays.equals(first, again)) {
        throw new StaffException("the two passwords differ");
      }
      return new String(first);
    }
    try {
      String line =
          new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) {
        throw new StaffException(
            "no password: give it on standard input or in " + StaffBootstrap.PASSWORD_ENV);
      }
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (IOException e) {
      throw new StaffException("cannot read the password from standard input: " + e.getMessage());
    }
  }

  private int run(DatabaseOptions options, Function<StaffUsers, Integer> work) {
    try (Database database = options.open()) {
      AuditLog audit = new AuditLog(database.jdbi(), clock);
      try {
        return work.apply(
            new StaffUsers(
                database.jdbi(), clock, new PasswordHasher(), new StaffAuditSink(audit)));
      } finally {
        // No sequencer runs in a command: chain its events before it exits.
        audit.chainPending();
      }
    } catch (StaffException e) {
      err().println("rightful admin: " + e.getMessage());
      return 1;
    } catch (ConfigException e) {
      err().println("rightful admin: " + e.getMessage());
      return 2;
    } finally {
      out().flush();
      err().flush();
    }
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
