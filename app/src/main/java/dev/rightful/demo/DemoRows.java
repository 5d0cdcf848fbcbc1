package dev.rightful.demo;

import static dev.rightful.demo.DemoSql.concat;
import static dev.rightful.demo.DemoSql.q;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated demo company: for every table of the Net2Phone schema, how many rows a scale gives
 * and the {@code INSERT … SELECT} that makes rows {@code first..last}. Row {@code k} of customers
 * is consumer {@code k}; every other table derives its rows from consumer numbers, so foreign keys
 * and phone numbers agree across tables. Immutable.
 *
 * <p>Per consumer {@code k} of {@code N}, with {@code C} calls per consumer:
 *
 * <ul>
 *   <li>customers: email {@code customer<k>@example.com}, phone {@link DemoPeople#phone(long)}; one
 *       in 20 closed within the last 360 days (the 180-day rule selects about half of them);
 *       created 400 to 3,650 days before 2026-03-01.
 *   <li>accounts: account {@code k} for every consumer, and a second one ({@code N + i}) for every
 *       tenth consumer; payment_cards: one per consumer on account {@code k}; invoices: three per
 *       consumer (ids {@code k}, {@code k+N}, {@code k+2N}) spread over the consumer's lifetime, so
 *       the six-year tax rule selects the old ones.
 *   <li>call_records: call {@code g} belongs to consumer {@code (g-1) mod N + 1}; by its kind
 *       ({@code (g + (g-1) div N) mod 20}): 0–9 the consumer calls support, 10–13 support calls the
 *       consumer (both recorded), 14–18 the consumer calls another customer (whose phone is the
 *       callee, under the caller's account), 19 a prospect calls support (no account). Spread over
 *       three years: the one-year rule and a twelve-month lookback select subsets.
 *   <li>call_transcripts: one for every call of kind 0 or 10 (recorded support calls), with the
 *       call's id as its own.
 *   <li>marketing_contacts: {@code N/2}; even ones are customers (consumer {@code 2m}), odd ones
 *       prospects; one in seven unsubscribed, and those are in marketing_suppression.
 *   <li>job_applicants: {@code N/100}; every third is a customer (consumer {@code 97j mod N + 1}).
 *   <li>web_events: three per consumer on device {@code dev-<k>}; one in three anonymous (no
 *       customer id, reached through the device id), spread over three years.
 * </ul>
 */
final class DemoRows {
  static final String SUPPORT = "'+1 800-555-0199'";
  private static final long THREE_YEARS = 3L * 365 * 1440;
  private static final String[] PLANS =
      q(
          "Residential Basic",
          "Residential Unlimited",
          "Business Essentials",
          "Business Pro",
          "International Saver");
  private static final String[] FEES = {"14.99", "24.99", "19.99", "34.99", "29.99"};

  private final DemoSql sql;
  private final DemoPeople people;
  private final long n;
  private final int calls;

  DemoRows(DemoSql sql, long consumers, int callsPerConsumer) {
    this.sql = sql;
    this.people = new DemoPeople(sql);
    this.n = consumers;
    this.calls = callsPerConsumer;
  }

  /** Rows per table, parents first. */
  static Map<String, Long> counts(long n, int calls) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("customers", n);
    rows.put("accounts", n + n / 10);
    rows.put("payment_cards", n);
    rows.put("invoices", 3 * n);
    rows.put("call_records", calls * n);
    rows.put("call_transcripts", transcripts(n, calls));
    rows.put("marketing_contacts", n / 2);
    rows.put("marketing_suppression", n / 2 / 7);
    rows.put("job_applicants", n / 100);
    rows.put("web_events", 3 * n);
    return rows;
  }

  /**
   * Calls with a transcript: the recorded support calls whose kind ({@link #kind}) is 0 or 10. In
   * block {@code p} (the consumers' {@code p}-th calls) the kind is {@code (g + p) mod 20}, so they
   * are the multiples of ten among {@code g + p}.
   */
  static long transcripts(long n, int calls) {
    long count = 0;
    for (long p = 0; p < calls; p++) {
      long low = p * n + 1 + p;
      long high = (p + 1) * n + p;
      count += high / 10 - (low - 1) / 10;
    }
    return count;
  }

  /**
   * The numbers {@code g} a table's statement runs over: its rows, or for transcripts the calls.
   */
  long range(String table, long rows) {
    return table.equals("call_transcripts") ? (long) calls * n : rows;
  }

  /** The statement inserting rows {@code first..last} (1-based, inclusive) of {@code table}. */
  String insert(String table, long first, long last) {
    String from = sql.rows(first, last);
    return switch (table) {
      case "customers" -> customers(from);
      case "accounts" -> accounts(from);
      case "payment_cards" -> paymentCards(from);
      case "invoices" -> invoices(from);
      case "call_records" -> callRecords(from);
      case "call_transcripts" -> callTranscripts(from);
      case "marketing_contacts" -> marketingContacts(from);
      case "marketing_suppression" -> marketingSuppression(from);
      case "job_applicants" -> jobApplicants(from);
      case "web_events" -> webEvents(from);
      default -> throw new IllegalArgumentException("no generator for table " + table);
    };
  }

  private String callStart(String g) {
    return sql.before("(" + g + ") * 7919 % " + THREE_YEARS);
  }

  /**
   * A call's kind: its number plus the consumer's call index, modulo 20, so that each consumer's
   * calls are of several kinds whatever N is.
   */
  private String kind(String g) {
    return "((" + g + ") + " + sql.div("(" + g + ") - 1", n) + ") % 20";
  }

  private String consumer(String g) {
    return "((" + g + ") - 1) % " + n + " + 1";
  }

  private String customers(String from) {
    return "INSERT INTO customers (id, email, full_name, phone, postal_address, city, state, zip,"
        + " account_name, status, signup_ip, created_at, last_activity_at, closed_at) SELECT g, "
        + String.join(
            ", ",
            people.email("g"),
            people.name("g"),
            people.phone("g"),
            people.address("g"),
            people.city("g"),
            sql.pick("g", q("CA", "CA", "CA", "CA", "CA", "NV", "OR")),
            people.zip("g"),
            concat("'user'", "g"),
            "CASE WHEN " + people.closed("g") + " THEN 'closed' ELSE 'active' END",
            concat("'198.51.100.'", "g % 250"),
            people.created("g"),
            "CASE WHEN "
                + people.closed("g")
                + " THEN "
                + sql.plus(people.closedAt("g"), "-60")
                + " ELSE "
                + sql.before("g * 13 % 60 * 1440 + g % 1440")
                + " END",
            "CASE WHEN " + people.closed("g") + " THEN " + people.closedAt("g") + " END")
        + " FROM "
        + from;
  }

  private String accounts(String from) {
    String c = "c";
    return "INSERT INTO accounts (id, customer_id, plan, status, monthly_fee, opened_at,"
        + " closed_at) SELECT g, c, "
        + String.join(
            ", ",
            sql.pick("g", PLANS),
            "CASE WHEN " + people.closed(c) + " THEN 'closed' ELSE 'active' END",
            sql.pick("g", FEES),
            sql.plus(people.created(c), "CASE WHEN g > " + n + " THEN 43200 ELSE 5 END"),
            "CASE WHEN " + people.closed(c) + " THEN " + people.closedAt(c) + " END")
        + " FROM (SELECT g, CASE WHEN g <= "
        + n
        + " THEN g ELSE (g - "
        + n
        + ") * 10 END AS c FROM "
        + from
        + ") s";
  }

  private String paymentCards(String from) {
    return "INSERT INTO payment_cards (id, account_id, card_last4, expiry_month, expiry_year,"
        + " billing_zip, created_at) SELECT g, g, "
        + String.join(
            ", ",
            sql.pad4("g * 31"),
            "g % 12 + 1",
            "2026 + g % 5",
            people.zip("g"),
            sql.plus(people.created("g"), "10"))
        + " FROM "
        + from;
  }

  private String invoices(String from) {
    return "INSERT INTO invoices (id, account_id, billing_name, billing_address, amount,"
        + " description, issued_at) SELECT g, k, "
        + String.join(
            ", ",
            people.name("k"),
            concat(people.address("k"), "', '", people.city("k"), "', '", people.zip("k")),
            sql.pick("k", FEES),
            concat(sql.pick("k", PLANS), "', monthly service'"),
            sql.before("g * 7 % " + people.ageDays("k") + " * 1440"))
        + " FROM (SELECT g, "
        + consumer("g")
        + " AS k FROM "
        + from
        + ") s";
  }

  private String callRecords(String from) {
    String other = "((k + g * 31 % " + Math.max(1, n - 1) + ") % " + n + " + 1)";
    String prospect = concat("'+1 '", "900 + g % 97", "'-555-'", sql.pad4(sql.div("g", 97)));
    return "INSERT INTO call_records (id, account_id, caller_number, callee_number, direction,"
        + " duration_seconds, recording_uri, started_at) SELECT g, "
        + String.join(
            ", ",
            "CASE WHEN r = 19 THEN NULL ELSE k END",
            "CASE WHEN r < 10 OR (r >= 14 AND r < 19) THEN "
                + people.phone("k")
                + " WHEN r < 14 THEN "
                + SUPPORT
                + " ELSE "
                + prospect
                + " END",
            "CASE WHEN r < 10 OR r = 19 THEN "
                + SUPPORT
                + " WHEN r < 14 THEN "
                + people.phone("k")
                + " ELSE "
                + people.phone(other)
                + " END",
            "CASE WHEN r < 10 OR r = 19 THEN 'inbound' ELSE 'outbound' END",
            "30 + g * 7919 % 1800",
            "CASE WHEN r < 14 THEN "
                + concat("'s3://net2phone-recordings/calls/'", "g", "'.wav'")
                + " END",
            callStart("g"))
        + " FROM (SELECT g, "
        + consumer("g")
        + " AS k, "
        + kind("g")
        + " AS r FROM "
        + from
        + ") s";
  }

  private String callTranscripts(String from) {
    return "INSERT INTO call_transcripts (id, call_record_id, transcript, summary, created_at)"
        + " SELECT g, g, "
        + String.join(
            ", ",
            concat(
                "'Agent: Thank you for calling Net2Phone. Customer: '",
                sql.pick(
                    "g",
                    q(
                        "my calls drop after a few minutes.",
                        "I would like to upgrade my plan.",
                        "I have a question about my invoice.",
                        "please port my number to your service."))),
            sql.pick("g * 3", q("Dropped calls; ticket opened.", "Upgrade offered.", "Billing.")),
            sql.plus(callStart("g"), "60"))
        + " FROM "
        + from
        + " WHERE "
        + kind("g")
        + " % 10 = 0";
  }

  private String contactEmail(String m) {
    return "CASE WHEN ("
        + m
        + ") % 2 = 0 THEN "
        + people.email("(" + m + ") * 2")
        + " ELSE "
        + concat("'prospect'", m, "'@example.net'")
        + " END";
  }

  private String subscribed(String m) {
    return sql.before("(400 + (" + m + ") * 7919 % 1600) * 1440");
  }

  private String unsubscribed(String m) {
    return sql.plus(subscribed(m), "((" + m + ") % 300 + 1) * 1440");
  }

  private String marketingContacts(String from) {
    return "INSERT INTO marketing_contacts (id, email, full_name, company, source, subscribed_at,"
        + " unsubscribed_at) SELECT g, "
        + String.join(
            ", ",
            contactEmail("g"),
            "CASE WHEN g % 2 = 0 THEN "
                + people.name("g * 2")
                + " ELSE "
                + people.name("g")
                + " END",
            "CASE WHEN g % 2 = 1 THEN "
                + sql.pick("g", q("Acme Corp", "Globex", "Initech", "Umbrella Health"))
                + " END",
            sql.pick("g", q("newsletter", "event", "marketing-tool")),
            subscribed("g"),
            "CASE WHEN g % 7 = 0 THEN " + unsubscribed("g") + " END")
        + " FROM "
        + from;
  }

  private String marketingSuppression(String from) {
    return "INSERT INTO marketing_suppression (email, added_at, reason) SELECT "
        + contactEmail("g * 7")
        + ", "
        + unsubscribed("g * 7")
        + ", 'unsubscribed' FROM "
        + from;
  }

  private String jobApplicants(String from) {
    String c = "(g * 97 % " + n + " + 1)";
    String applied = sql.before("(40 + g * 7919 % 2000) * 1440");
    return "INSERT INTO job_applicants (id, email, full_name, phone, position, employment_history,"
        + " education, cv_text, applied_at, decided_at) SELECT g, "
        + String.join(
            ", ",
            "CASE WHEN g % 3 = 0 THEN "
                + people.email(c)
                + " ELSE "
                + concat("'applicant'", "g", "'@example.org'")
                + " END",
            "CASE WHEN g % 3 = 0 THEN "
                + people.name(c)
                + " ELSE "
                + people.name("g * 11")
                + " END",
            "CASE WHEN g % 3 = 0 THEN "
                + people.phone(c)
                + " ELSE "
                + concat("'+1 '", "700 + g % 100", "'-555-'", sql.pad4(sql.div("g", 100)))
                + " END",
            sql.pick("g", q("Support Engineer", "Account Executive", "Network Engineer")),
            concat("'Worked '", "g % 15 + 1", "' years in telecommunications.'"),
            sql.pick("g", q("B.S. Computer Science", "B.A. Economics", "High school diploma")),
            concat("'Curriculum vitae of applicant '", "g", "'.'"),
            applied,
            "CASE WHEN g % 4 <> 0 THEN " + sql.plus(applied, "43200") + " END")
        + " FROM "
        + from;
  }

  private String webEvents(String from) {
    return "INSERT INTO web_events (id, device_id, customer_id, ip_address, approx_city, page_url,"
        + " referrer, user_agent, ad_campaign, occurred_at) SELECT g, "
        + String.join(
            ", ",
            concat("'dev-'", "k"),
            "CASE WHEN g % 3 = 0 THEN NULL ELSE k END",
            concat("'203.0.113.'", "k % 250"),
            people.city("k"),
            concat(
                "'https://www.net2phone.example/'",
                sql.pick("g", q("", "pricing", "support", "business", "international", "login"))),
            "CASE WHEN g % 4 = 0 THEN 'https://search.example/' END",
            sql.pick(
                "k",
                q(
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148")),
            "CASE WHEN g % 5 = 0 THEN 'spring-sale' END",
            sql.before("g * 7919 % " + THREE_YEARS))
        + " FROM (SELECT g, "
        + consumer("g")
        + " AS k FROM "
        + from
        + ") s";
  }

  List<String> tables() {
    return List.copyOf(counts(n, calls).keySet());
  }
}
