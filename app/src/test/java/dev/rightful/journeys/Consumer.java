package dev.rightful.journeys;

import dev.rightful.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consumer of the example company made for one journey: a customer with an account, a card on
 * file (last four digits only), invoices, a support call with its transcript, a newsletter sign-up,
 * a job application and web visits. Every value is unique to the journey, so one journey's rows can
 * never be mistaken for another's, and the maintained records (customer, account, card) date from
 * 2021 while the events fall in the last 12 months.
 *
 * @param n the journey's number, unique per company database
 */
record Consumer(int n, String email, String name, String phone, String postalAddress) {
  private static final long BASE = 100_000;

  static Consumer create(TestDatabase db, int n) {
    Consumer c =
        new Consumer(
            n,
            "rowan.journey" + n + "@example.com",
            "Rowan Journey" + n,
            String.format("+1 415-555-%04d", 3000 + n),
            n + " Journey Lane");
    c.insert(db);
    return c;
  }

  long customerId() {
    return BASE + n * 100L;
  }

  long accountId() {
    return customerId() + 1;
  }

  String cardLast4() {
    return String.format("%04d", 7000 + n);
  }

  String deviceId() {
    return "dev-journey-" + n;
  }

  /** The postal address a correction asks for. */
  String correctedAddress() {
    return n + " Corrected Avenue";
  }

  private void insert(TestDatabase db) {
    long id = customerId();
    db.execute(
        "INSERT INTO customers (id, email, full_name, phone, postal_address, city, state, zip,"
            + " account_name, status, signup_ip, created_at, last_activity_at, closed_at)"
            + " VALUES (?, ?, ?, ?, ?, 'San Francisco', 'CA', '94110', ?, 'active',"
            + " '198.51.100.23', '2021-03-14 09:26:53', '2026-11-20 18:04:11', NULL)",
        id,
        email,
        name,
        phone,
        postalAddress,
        "rjourney" + n);
    db.execute(
        "INSERT INTO accounts (id, customer_id, plan, status, monthly_fee, opened_at)"
            + " VALUES (?, ?, ?, 'active', 24.99, '2021-03-14 09:31:00')",
        accountId(),
        id,
        "Journey Plan " + n);
    db.execute(
        "INSERT INTO payment_cards (id, account_id, card_last4, expiry_month, expiry_year,"
            + " billing_zip, created_at) VALUES (?, ?, ?, 8, 2027, '94110', '2021-03-14 09:33:10')",
        id + 2,
        accountId(),
        cardLast4());
    for (int i = 0; i < 2; i++) {
      db.execute(
          "INSERT INTO invoices (id, account_id, billing_name, billing_address, amount,"
              + " description, issued_at) VALUES (?, ?, ?, ?, 24.99, ?, ?)",
          id + 3 + i,
          accountId(),
          name,
          postalAddress + ", San Francisco, CA 94110",
          "Journey " + n + " invoice " + (i + 1),
          java.sql.Timestamp.valueOf("2026-0" + (8 + i) + "-01 00:00:00"));
    }
    db.execute(
        "INSERT INTO call_records (id, account_id, caller_number, callee_number, direction,"
            + " duration_seconds, recording_uri, started_at)"
            + " VALUES (?, ?, ?, '+1 973-555-0190', 'inbound', 312, ?, '2026-10-15 10:00:00')",
        id + 5,
        accountId(),
        phone,
        "recordings/journey-" + n + ".wav");
    db.execute(
        "INSERT INTO call_transcripts (id, call_record_id, transcript, summary, created_at)"
            + " VALUES (?, ?, ?, ?, '2026-10-15 10:10:00')",
        id + 6,
        id + 5,
        "Journey " + n + " asked about international minutes.",
        "Journey " + n + " summary.");
    db.execute(
        "INSERT INTO marketing_contacts (id, email, full_name, company, source, subscribed_at)"
            + " VALUES (?, ?, ?, ?, 'newsletter', '2026-05-01 08:00:00')",
        id + 7,
        email,
        name,
        "Journey Works " + n);
    db.execute(
        "INSERT INTO job_applicants (id, email, full_name, phone, position, employment_history,"
            + " education, cv_text, applied_at) VALUES (?, ?, ?, ?, 'Support agent', ?,"
            + " 'BA', ?, '2026-04-01 09:00:00')",
        id + 8,
        email,
        name,
        phone,
        "Journey " + n + " history",
        "Journey " + n + " curriculum vitae");
    for (int i = 0; i < 2; i++) {
      db.execute(
          "INSERT INTO web_events (id, device_id, customer_id, ip_address, approx_city, page_url,"
              + " referrer, user_agent, ad_campaign, occurred_at)"
              + " VALUES (?, ?, ?, '198.51.100.23', 'San Francisco', ?, NULL, 'Mozilla/5.0',"
              + " NULL, ?)",
          id + 9 + i,
          deviceId(),
          id,
          "https://www.net2phone.com/journey/" + n + "/page" + (i + 1),
          java.sql.Timestamp.valueOf("2026-11-0" + (1 + i) + " 12:00:00"));
    }
  }

  /**
   * Read with the journey's own SQL: for each table of the map, one value of each of this
   * consumer's rows that only that row holds, so a package must contain every one of them.
   */
  Map<String, List<String>> rowMarkers(TestDatabase db) {
    Map<String, List<String>> markers = new LinkedHashMap<>();
    markers.put(
        "customers", db.column("SELECT account_name FROM customers WHERE email = ?", email));
    markers.put(
        "accounts", db.column("SELECT plan FROM accounts WHERE customer_id = ?", customerId()));
    markers.put(
        "payment_cards",
        db.column("SELECT card_last4 FROM payment_cards WHERE account_id = ?", accountId()));
    markers.put(
        "invoices",
        db.column("SELECT description FROM invoices WHERE account_id = ?", accountId()));
    markers.put(
        "call_records",
        db.column(
            "SELECT recording_uri FROM call_records WHERE caller_number = ? OR callee_number = ?",
            phone,
            phone));
    markers.put(
        "call_transcripts",
        db.column(
            "SELECT t.transcript FROM call_transcripts t JOIN call_records r"
                + " ON r.id = t.call_record_id WHERE r.caller_number = ? OR r.callee_number = ?",
            phone,
            phone));
    markers.put(
        "marketing_contacts",
        db.column("SELECT company FROM marketing_contacts WHERE email = ?", email));
    markers.put(
        "job_applicants", db.column("SELECT cv_text FROM job_applicants WHERE email = ?", email));
    markers.put(
        "web_events",
        db.column("SELECT page_url FROM web_events WHERE customer_id = ?", customerId()));
    return markers;
  }
}
