package dev.rightful.datamap;

import dev.rightful.datamap.internal.Problems;
import dev.rightful.law.PermittedSensitivePurpose;
import dev.rightful.law.Vocabulary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what a single file cannot: duplicate ids, references between sections, tables and columns,
 * and that every table holding personal information can be reached from an identity.
 */
final class DataMapValidator {
  private DataMapValidator() {}

  static void check(DataMap map, Problems problems) {
    unique(map.sources(), Source::id, Source::location, "source", problems);
    unique(map.purposes(), Purpose::id, Purpose::location, "purpose", problems);
    unique(map.recipients(), Recipient::id, Recipient::location, "recipient", problems);
    unique(map.systems(), DataSystem::id, DataSystem::location, "system", problems);
    unique(map.retention(), RetentionRule::id, RetentionRule::location, "retention rule", problems);
    for (Recipient recipient : map.recipients()) {
      for (String purpose : recipient.purposeIds()) {
        if (map.findPurpose(purpose).isEmpty()) {
          problems.error(
              recipient.location(),
              "recipient '"
                  + recipient.id()
                  + "' names purpose '"
                  + purpose
                  + "', which no entry of 'purposes' defines");
        }
      }
    }
    DirectMarketing.check(map, problems);
    unique(map.admt(), AdmtUse::id, AdmtUse::location, "ADMT use", problems);
    for (AdmtUse use : map.admt()) {
      for (String recipient : use.recipients()) {
        if (map.findRecipient(recipient).isEmpty()) {
          problems.error(
              use.location(),
              "ADMT use '"
                  + use.id()
                  + "' names recipient '"
                  + recipient
                  + "', which no entry of 'recipients' defines");
        }
      }
      for (var category : use.categories()) {
        if (!map.collects(category)) {
          problems.error(
              use.location(),
              "ADMT use '"
                  + use.id()
                  + "' uses category "
                  + category
                  + ", which the map does"
                  + " not collect");
        }
      }
    }
    unique(
        map.collectionPoints(),
        CollectionPoint::id,
        CollectionPoint::location,
        "collection point",
        problems);
    for (CollectionPoint point : map.collectionPoints()) {
      for (String purpose : point.purposeIds()) {
        if (map.findPurpose(purpose).isEmpty()) {
          problems.error(
              point.location(),
              "collection point '"
                  + point.id()
                  + "' names purpose '"
                  + purpose
                  + "', which no entry of 'purposes' defines");
        }
      }
      for (String rule : point.retentionIds()) {
        if (map.retention().stream().noneMatch(r -> rule.equals(r.id()))) {
          problems.error(
              point.location(),
              "collection point '"
                  + point.id()
                  + "' names retention rule '"
                  + rule
                  + "', which no entry of 'retention' defines");
        }
      }
    }
    for (DataSystem system : map.systems()) {
      unique(
          system.tables(),
          Table::name,
          Table::location,
          "table in system '" + system.id() + "'",
          problems);
      Set<String> brokenLinks = new HashSet<>();
      for (Table table : system.tables()) {
        unique(
            table.fields(),
            Field::name,
            Field::location,
            "field in table '" + table.name() + "'",
            problems);
        column(table, table.primaryKey(), "primaryKey", problems);
        column(table, table.timeColumn(), "timeColumn", problems);
        retainedBy(map, table, problems);
        for (Field field : table.fields()) {
          if (!reference(system, table, field, problems)) {
            brokenLinks.add(table.name());
          }
        }
      }
      TableGraph graph = system.graph();
      reachable(system, graph, brokenLinks, problems);
      identityTablesAreMaintained(system, graph, problems);
      connection(system, problems);
    }
    for (RetentionRule rule : map.retention()) {
      retentionTargets(map, rule, problems);
    }
    sensitiveUses(map, problems);
  }

  /**
   * Each use of sensitive personal information is a 7027(m) purpose or a purpose of the map (which
   * goes beyond 7027(m)), so that whether the right to limit applies is never decided by a typo.
   */
  private static void sensitiveUses(DataMap map, Problems problems) {
    List<CategoryUse.Use> uses = map.category(dev.rightful.law.Category.L).usedFor();
    if (uses == null) {
      return;
    }
    for (CategoryUse.Use use : uses) {
      if (PermittedSensitivePurpose.fromId(use.purpose()).isEmpty()
          && map.findPurpose(use.purpose()).isEmpty()) {
        problems.error(
            use.location(),
            "'usedFor' names '"
                + use.purpose()
                + "', which is neither a 7027(m) purpose ("
                + String.join(", ", Vocabulary.ids(PermittedSensitivePurpose.class))
                + ") nor the id of an entry of 'purposes'");
      }
    }
  }

  private static <T> void unique(
      List<T> items,
      Function<T, String> id,
      Function<T, Location> at,
      String what,
      Problems problems) {
    Map<String, Location> seen = new HashMap<>();
    for (T item : items) {
      String key = id.apply(item);
      if (key == null) {
        continue;
      }
      Location first = seen.putIfAbsent(key, at.apply(item));
      if (first != null) {
        problems.error(
            at.apply(item), "duplicate " + what + " id '" + key + "' (first at " + first + ")");
      }
    }
  }

  /**
   * What a vendor system's connector needs to reach it: a webhook its endpoint and signing secret
   * (each the name of an environment variable), an email system an address. Keys another connector
   * would ignore are reported too, so that a map does not look wired when it is not.
   */
  private static void connection(DataSystem system, Problems problems) {
    String id = "system '" + system.id() + "'";
    switch (system.connector()) {
      case "webhook" -> {
        if (system.urlEnv() == null) {
          problems.error(
              system.location(),
              id
                  + " is reached by webhook: name the environment variable holding its endpoint"
                  + " URL with 'urlEnv'");
        }
        if (system.secretEnv() == null) {
          problems.error(
              system.location(),
              id
                  + " is reached by webhook: name the environment variable holding the secret its"
                  + " requests are signed with in 'secretEnv'");
        }
      }
      case "email" -> {
        if (system.email() == null || !system.email().matches("[^@\\s]+@[^@\\s]+")) {
          problems.error(
              system.location(), id + " is reached by email: give the vendor's address in 'email'");
        }
      }
      default -> {}
    }
    if (system.secretEnv() != null && !"webhook".equals(system.connector())) {
      problems.error(
          system.location(),
          id
              + " has 'secretEnv', which signs webhook requests: set 'connector: webhook' or remove it");
    }
    if (system.email() != null && !"email".equals(system.connector())) {
      problems.error(
          system.location(),
          id
              + " has 'email', which only an email system is reached by: set 'connector: email' or"
              + " remove it");
    }
  }

  /** A retained table names the retention rule whose basis it is kept on (CC 1798.105(d)). */
  private static void retainedBy(DataMap map, Table table, Problems problems) {
    if (table.onDelete() == Table.OnDelete.RETAIN && table.retainedBy() == null) {
      problems.error(
          table.location(),
          "table '"
              + table.name()
              + "' is retained on deletion: name the retention rule that is its basis with"
              + " 'retainedBy'");
    } else if (table.retainedBy() != null
        && map.retention().stream().noneMatch(r -> table.retainedBy().equals(r.id()))) {
      problems.error(
          table.location(),
          "table '"
              + table.name()
              + "' names retention rule '"
              + table.retainedBy()
              + "' in 'retainedBy', which no entry of 'retention' defines");
    }
  }

  private static void column(Table table, String column, String key, Problems problems) {
    if (column != null && table.findField(column).isEmpty()) {
      problems.error(
          table.location(),
          key
              + " '"
              + column
              + "' is not a field of table '"
              + table.name()
              + "': list it under 'fields'");
    }
  }

  /** Reports a reference to a table or field the system does not map; false when it does. */
  private static boolean reference(DataSystem system, Table table, Field field, Problems problems) {
    Reference reference = field.references();
    if (reference == null) {
      return true;
    }
    var target = system.findTable(reference.toTable());
    if (target.isEmpty()) {
      problems.error(
          field.location(),
          "field '"
              + table.name()
              + "."
              + field.name()
              + "' references table '"
              + reference.toTable()
              + "', which system '"
              + system.id()
              + "' does not map");
      return false;
    } else if (target.get().findField(reference.toColumn()).isEmpty()) {
      problems.error(
          field.location(),
          "field '"
              + table.name()
              + "."
              + field.name()
              + "' references field '"
              + reference.target()
              + "', which table '"
              + reference.toTable()
              + "' does not map");
      return false;
    }
    return true;
  }

  /**
   * Tables are reachable from an identity field, then along references either way. A table whose
   * own link is broken is not reported again: the broken link is the error to fix.
   */
  private static void reachable(
      DataSystem system, TableGraph graph, Set<String> brokenLinks, Problems problems) {
    Set<String> reached = graph.connectedToIdentities();
    for (Table table : system.tables()) {
      boolean holdsPi = table.fields().stream().anyMatch(Field::holdsPersonalInformation);
      if (holdsPi && !reached.contains(table.name()) && !brokenLinks.contains(table.name())) {
        problems.error(
            table.location(),
            "table '"
                + table.name()
                + "' holds personal information but no identity reaches it: mark a field"
                + " with 'identity' or add a 'references' link to a table that has one");
      }
    }
  }

  /**
   * A table consumers are identified by holds who they are, which the company maintains; as an
   * event record (a {@code timeColumn}), a request to know with a period would leave out the
   * profile of a consumer who signed up before it. It is the table whose primary key is an
   * identifier, or the top of the identity graph: found by an identifier, referenced by other
   * tables, referencing none. A warning: the map may know better.
   */
  // Rule 20; 7024(h): what is maintained is answered whatever the period.
  private static void identityTablesAreMaintained(
      DataSystem system, TableGraph graph, Problems problems) {
    for (Table table : system.tables()) {
      if (!table.eventRecord()
          || table.fields().stream().noneMatch(field -> field.identity() != null)) {
        continue;
      }
      boolean keyedByIdentifier =
          table.findField(table.primaryKey()).map(key -> key.identity() != null).orElse(false);
      boolean referencesNone = graph.parents(table.name()).isEmpty();
      boolean referenced = !graph.children(table.name()).isEmpty();
      if (!keyedByIdentifier && !(referenced && referencesNone)) {
        continue;
      }
      problems.add(
          new Problem(
              Problem.Severity.WARNING,
              table.location(),
              "table '"
                  + table.name()
                  + "' identifies consumers ("
                  + (keyedByIdentifier
                      ? "its primary key is an identifier"
                      : "other tables hang under it")
                  + ") but has timeColumn '"
                  + table.timeColumn()
                  + "', so a request to know leaves out the rows created before its period:"
                  + " remove 'timeColumn' if the company maintains these rows, keep it only for"
                  + " records of events",
              "rule 20, 7024(h)"));
    }
  }

  private static void retentionTargets(DataMap map, RetentionRule rule, Problems problems) {
    for (String target : rule.tables()) {
      String[] parts = target.split("\\.");
      if (parts.length != 2) {
        problems.error(
            rule.location(),
            "retention rule '"
                + rule.id()
                + "': write tables as system.table, not '"
                + target
                + "'");
        continue;
      }
      var table = map.findSystem(parts[0]).flatMap(s -> s.findTable(parts[1]));
      if (table.isEmpty()) {
        problems.error(
            rule.location(),
            "retention rule '"
                + rule.id()
                + "' names table '"
                + target
                + "', which the map does not define");
        continue;
      }
      if (rule.start() == null) {
        problems.error(
            rule.location(),
            "retention rule '"
                + rule.id()
                + "' sweeps '"
                + target
                + "' but has no 'start': name the column its period counts from");
      } else if (map.findSystem(parts[0])
          .flatMap(s -> s.graph().pathToColumn(parts[1], rule.start()))
          .isEmpty()) {
        // A child table may take its start from the parent it references (cards from accounts).
        problems.error(
            rule.location(),
            "retention rule '"
                + rule.id()
                + "': start column '"
                + rule.start()
                + "' is not a field of '"
                + target
                + "' nor of a table it references");
      }
      for (String field : rule.anonymize()) {
        if (table.get().findField(field).isEmpty()) {
          problems.error(
              rule.location(),
              "retention rule '"
                  + rule.id()
                  + "' anonymizes '"
                  + field
                  + "', which is not a field of '"
                  + target
                  + "'");
        }
      }
    }
  }
}
