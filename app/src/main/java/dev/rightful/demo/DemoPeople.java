package dev.rightful.demo;

import static dev.rightful.demo.DemoSql.concat;
import static dev.rightful.demo.DemoSql.q;

/**
 * The demo company's people: the SQL expressions that derive consumer {@code k}'s email, name,
 * phone, address and dates from its number, so that every table naming the consumer agrees with
 * {@code customers}. {@link #email(long)} and {@link #phone(long)} give the same text in Java, for
 * tests and the load scripts. Immutable.
 */
final class DemoPeople {
  private static final String[] FIRST =
      q(
          "Jane", "Marcus", "Priya", "Daniel", "Sofia", "Wei", "Aisha", "Tom", "Grace", "Luis",
          "Hannah", "Kevin", "Olivia", "Raj", "Emily", "Jamal", "Mei", "Carlos", "Nora", "Samuel");
  private static final String[] LAST =
      q(
          "Doe",
          "Lee",
          "Raman",
          "Connor",
          "Hernandez",
          "Chen",
          "Bello",
          "Becker",
          "Kim",
          "Ortega",
          "Schmidt",
          "Nguyen",
          "Brooks",
          "Patel",
          "Carter",
          "Washington",
          "Tanaka",
          "Rivera",
          "Feldman",
          "Adeyemi",
          "Smith",
          "Garcia",
          "Johnson");
  private static final String[] STREETS =
      q("Valencia St", "Shattuck Ave", "Market St", "Broadway", "University Ave", "Ocean Ave");
  private static final String[] CITIES =
      q(
          "San Francisco",
          "Berkeley",
          "San Jose",
          "Los Angeles",
          "San Diego",
          "Palo Alto",
          "Oakland",
          "Sacramento",
          "Irvine",
          "Fresno",
          "Santa Monica");
  private final DemoSql sql;

  DemoPeople(DemoSql sql) {
    this.sql = sql;
  }

  /** Consumer {@code k}'s email; the same text the database holds. */
  static String email(long k) {
    return "customer" + k + "@example.com";
  }

  /** Consumer {@code k}'s phone: unique per consumer, in the fictional 555 exchange. */
  static String phone(long k) {
    return "+1 " + (200 + k / 10000) + "-555-" + String.format("%04d", k % 10000);
  }

  String email(String k) {
    return concat("'customer'", k, "'@example.com'");
  }

  String phone(String k) {
    return concat("'+1 '", "200 + " + sql.div(k, 10000), "'-555-'", sql.pad4(k));
  }

  String name(String k) {
    return concat(
        sql.pick("(" + k + ") * 7", FIRST), "' '", sql.pick(sql.div(k, 20) + " + " + k, LAST));
  }

  String address(String k) {
    return concat("(" + k + ") * 13 % 9900 + 100", "' '", sql.pick(k, STREETS));
  }

  String city(String k) {
    return sql.pick("(" + k + ") * 3", CITIES);
  }

  String zip(String k) {
    return concat("'9'", sql.pad4(k));
  }

  String ageDays(String k) {
    return "(400 + (" + k + ") * 7919 % 3250)";
  }

  String created(String k) {
    return sql.before(ageDays(k) + " * 1440 + (" + k + ") % 1440");
  }

  String closed(String k) {
    return "(" + k + ") % 20 = 0";
  }

  String closedAt(String k) {
    return sql.before("(" + k + ") * 37 % 360 * 1440 + 600");
  }
}
