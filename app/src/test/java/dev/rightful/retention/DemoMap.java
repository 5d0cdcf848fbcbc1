package dev.rightful.retention;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Location;
import dev.rightful.datamap.Policies;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.datamap.Table;
import java.nio.file.Path;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Net2Phone data map's company database and retention rules, built in Java: the tables with the
 * fields a sweep reads (keys, identities, references, start columns) and the example's rules
 * (examples/net2phone/retention.yaml on the example-map branch). Built directly so the tests do not
 * depend on the loader's version of the start-column check.
 */
final class DemoMap {
  static final Location HERE = new Location(Path.of("DemoMap.java"), 1, 1);

  private DemoMap() {}

  static Field field(String name) {
    return new Field(name, Set.of(), null, false, null, null, null, null, HERE);
  }

  static Field identity(String name, String kind) {
    return new Field(name, Set.of(), kind, false, null, null, null, null, HERE);
  }

  /** A field referring to {@code target}; {@link #table} names the table it is made from. */
  static Field reference(String name, String target) {
    Reference reference = Reference.parse(null, name, target).orElseThrow();
    return new Field(name, Set.of(), null, false, reference, null, null, null, HERE);
  }

  static Table table(String name, Field... fields) {
    List<Field> named = Arrays.stream(fields).map(field -> from(name, field)).toList();
    return new Table(name, null, fields[0].name(), null, named, null, null, HERE);
  }

  private static Field from(String table, Field field) {
    return field.references() == null
        ? field
        : new Field(
            field.name(),
            field.categories(),
            field.identity(),
            field.verification(),
            field.references().from(table),
            field.sensitive(),
            field.description(),
            field.onDelete(),
            field.location());
  }

  static DataSystem companyDb() {
    return new DataSystem(
        "company_db",
        "Net2Phone company database",
        "jdbc",
        "COMPANY_DB_URL",
        null,
        null,
        null,
        null,
        List.of(
            table(
                "customers",
                identity("id", "customer-id"),
                identity("email", "email"),
                field("full_name"),
                identity("phone", "phone"),
                field("postal_address"),
                field("status"),
                field("closed_at")),
            table(
                "accounts",
                field("id"),
                reference("customer_id", "customers.id"),
                field("status"),
                field("closed_at")),
            table("payment_cards", field("id"), reference("account_id", "accounts.id")),
            table(
                "invoices",
                field("id"),
                reference("account_id", "accounts.id"),
                field("billing_name"),
                field("billing_address"),
                field("issued_at")),
            table(
                "call_records",
                field("id"),
                reference("account_id", "accounts.id"),
                identity("caller_number", "phone"),
                identity("callee_number", "phone"),
                field("started_at")),
            table("call_transcripts", field("id"), reference("call_record_id", "call_records.id")),
            table(
                "marketing_contacts",
                field("id"),
                identity("email", "email"),
                field("full_name"),
                field("company"),
                field("unsubscribed_at")),
            table("marketing_suppression", identity("email", "email"), field("added_at")),
            table(
                "job_applicants",
                field("id"),
                identity("email", "email"),
                identity("phone", "phone"),
                field("decided_at")),
            table(
                "web_events",
                field("id"),
                identity("device_id", "device-id"),
                reference("customer_id", "customers.id"),
                field("ip_address"),
                field("occurred_at"))),
        HERE);
  }

  static RetentionRule rule(
      String id, String period, String start, String condition, String... tables) {
    return new RetentionRule(
        id,
        id,
        null,
        Set.of(),
        Arrays.stream(tables).map(t -> "company_db." + t).toList(),
        Period.parse(period),
        start,
        condition,
        RetentionRule.Action.DELETE,
        List.of(),
        "test",
        HERE);
  }

  static RetentionRule anonymize(
      String id, String period, String start, List<String> fields, String... tables) {
    return new RetentionRule(
        id,
        id,
        null,
        Set.of(),
        Arrays.stream(tables).map(t -> "company_db." + t).toList(),
        Period.parse(period),
        start,
        null,
        RetentionRule.Action.ANONYMIZE,
        fields,
        "test",
        HERE);
  }

  /** A rule like {@code rule} on the one table {@code target}, written system.table. */
  static RetentionRule onTable(RetentionRule rule, String target) {
    return new RetentionRule(
        rule.id(),
        rule.data(),
        rule.rule(),
        rule.categories(),
        List.of(target),
        rule.period(),
        rule.start(),
        rule.condition(),
        rule.action(),
        rule.anonymize(),
        rule.basis(),
        rule.location());
  }

  /** The example's rules, in the example's order. */
  static List<RetentionRule> exampleRules() {
    return List.of(
        rule(
            "customer-account",
            "P180D",
            "closed_at",
            "status = 'closed'",
            "customers",
            "accounts",
            "payment_cards"),
        rule("newsletter-contacts", "P0D", "unsubscribed_at", null, "marketing_contacts"),
        rule("suppression-list", "P4Y", "added_at", null, "marketing_suppression"),
        rule("tax-records", "P6Y", "issued_at", null, "invoices"),
        new RetentionRule(
            "disputes",
            "Data needed to resolve disputes",
            null,
            Set.of(),
            List.of(),
            Period.ofYears(4),
            null,
            null,
            RetentionRule.Action.DELETE,
            List.of(),
            "claims",
            HERE),
        rule("job-applicants", "P4Y", "decided_at", null, "job_applicants"),
        rule("call-records", "P1Y", "started_at", null, "call_records", "call_transcripts"),
        rule("web-events", "P13M", "occurred_at", null, "web_events"));
  }

  static DataMap example() {
    return with(exampleRules());
  }

  static DataMap with(List<RetentionRule> rules) {
    return with(companyDb(), rules);
  }

  static DataMap with(DataSystem system, List<RetentionRule> rules) {
    return new DataMap(
        Path.of("."),
        null,
        null,
        new Policies.Methods(List.of(), List.of(), List.of(), HERE),
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(system),
        rules,
        new Policies.Minors(false, true),
        List.of(),
        null);
  }
}
