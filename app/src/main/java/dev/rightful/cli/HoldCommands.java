package dev.rightful.cli;

import dev.rightful.retention.Hold;
import dev.rightful.retention.HoldTargets;
import dev.rightful.retention.Holds;
import dev.rightful.retention.RetentionException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The legal-hold subcommands of {@code rightful retention}: {@code hold} places one on a consumer's
 * data or a whole table, {@code holds} lists them with their state, {@code release} ends one.
 */
final class HoldCommands {
  private HoldCommands() {}

  /** The two kinds of hold, one of which {@code hold} needs. */
  static final class Scope {
    @CommandLine.Option(
        names = "--consumer",
        paramLabel = "<kind=value>",
        description = "A consumer, by an identifier the data map knows: email=jane@example.com.")
    String consumer;

    @CommandLine.Option(
        names = "--table",
        paramLabel = "<system.table>",
        description = "A whole table, written as the data map writes it.")
    String table;
  }

  /** {@code rightful retention hold}: keeps data past its period. */
  @Command(
      name = "hold",
      mixinStandardHelpOptions = true,
      description = "Place a legal hold on a consumer's data or a whole table.")
  static final class PlaceHold extends RetentionBase {
    @ArgGroup(multiplicity = "1")
    Scope scope;

    @CommandLine.Option(names = "--reason", required = true, description = "Why the data is kept.")
    String reason;

    @CommandLine.Option(
        names = "--expires",
        paramLabel = "<date|instant>",
        description = "When the hold lapses by itself (default: when released).")
    String expires;

    @CommandLine.Option(names = "--by", description = "Who places the hold (default: your user).")
    String by = System.getProperty("user.name");

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        Holds holds = open.holds();
        Hold hold;
        if (scope.consumer != null) {
          String[] parts = scope.consumer.split("=", 2);
          if (parts.length != 2) {
            throw new RetentionException(
                "write --consumer as kind=value, e.g. email=a@example.com");
          }
          new HoldTargets(open.map())
              .identityKindProblem(parts[0])
              .ifPresent(
                  problem -> {
                    throw new RetentionException("--consumer " + problem);
                  });
          hold = holds.placeOnConsumer(parts[0], parts[1], reason, instant(expires), by);
        } else {
          new HoldTargets(open.map())
              .tableProblem(scope.table)
              .ifPresent(
                  problem -> {
                    throw new RetentionException("--table " + problem);
                  });
          String[] parts = scope.table.split("\\.", 2);
          hold = holds.placeOnTable(parts[0], parts[1], reason, instant(expires), by);
        }
        out().println("hold " + hold.id() + " placed on " + what(hold));
        out().flush();
        return 0;
      }
    }
  }

  /** {@code rightful retention holds}: every hold, with its state. */
  @Command(name = "holds", mixinStandardHelpOptions = true, description = "List legal holds.")
  static final class ListHolds extends RetentionBase {
    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        Instant now = open.clock().instant();
        List<Hold> all = open.holds().list();
        if (all.isEmpty()) {
          out().println("no legal holds");
        }
        for (Hold hold : all) {
          String state =
              hold.releasedAt() != null
                  ? "released " + hold.releasedAt()
                  : hold.activeAt(now)
                      ? "active" + (hold.expiresAt() == null ? "" : " until " + hold.expiresAt())
                      : "expired " + hold.expiresAt();
          out()
              .println(
                  hold.id()
                      + "  "
                      + what(hold)
                      + "  "
                      + state
                      + "  placed "
                      + hold.placedAt()
                      + " by "
                      + hold.placedBy()
                      + "  reason: "
                      + hold.reason());
        }
        out().flush();
        return 0;
      }
    }
  }

  /** {@code rightful retention release ID}: ends a hold. */
  @Command(name = "release", mixinStandardHelpOptions = true, description = "End a legal hold.")
  static final class Release extends RetentionBase {
    @Parameters(index = "0", paramLabel = "ID", description = "The hold's number.")
    long id;

    @CommandLine.Option(names = "--by", description = "Who releases it (default: your user).")
    String by = System.getProperty("user.name");

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        boolean released = open.holds().release(id, by);
        if (!released) {
          err().println("rightful retention release: no active hold " + id);
          err().flush();
          return 1;
        }
        out().println("hold " + id + " released");
        out().flush();
        return 0;
      }
    }
  }

  static String what(Hold hold) {
    return hold.scope() == Hold.Scope.TABLE
        ? "table " + hold.systemId() + "." + hold.tableName()
        : "consumer " + hold.identityKind() + "=" + hold.identityValue();
  }
}
