package dev.rightful.discovery.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Each rule of the classifier, with the hard negatives that must not fire. */
class ColumnClassifierTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private final ColumnClassifier classifier = new ColumnClassifier(TODAY);

  private Verdict classify(String table, String column, ColumnType type, List<String> values) {
    return classifier.classify(new ColumnSample(table, column, type, List.of("id"), values));
  }

  private Verdict text(String column, List<String> values) {
    return classify("things", column, ColumnType.TEXT, values);
  }

  private static List<String> many(int n, IntFunction<String> value) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(value.apply(i));
    }
    return values;
  }

  private static PiKind kind(Verdict verdict) {
    return verdict.main().map(Finding::kind).orElse(null);
  }

  // Luhn-valid test numbers of the card networks (their published test cards).
  private static final List<String> CARDS =
      List.of(
          "4111111111111111",
          "4242 4242 4242 4242",
          "5555-5555-5555-4444",
          "378282246310005",
          "6011111111111117",
          "5105105105105100",
          "4012888888881881",
          "3566002020360505",
          "2223003122003222",
          "4000056655665556");

  @Test
  void card_numbers_pass_the_luhn_check_under_any_name() {
    Verdict v = text("c7", CARDS);
    assertThat(kind(v)).isEqualTo(PiKind.CARD_NUMBER);
    assertThat(v.sensitive()).isEqualTo(SensitiveKind.FINANCIAL_ACCOUNT);
    assertThat(v.categories()).containsExactlyInAnyOrder(Category.B, Category.L);
    assertThat(v.main().orElseThrow().evidence().get(0))
        .isEqualTo(Evidence.values("card-luhn-and-issuer", 10, 10));
  }

  @Test
  void luhn_invalid_sixteen_digit_numbers_are_no_cards() {
    // Each test card with its last digit moved by one: the Luhn check fails.
    List<String> broken =
        CARDS.stream()
            .map(c -> c.replaceAll("[ -]", ""))
            .map(
                c ->
                    c.substring(0, c.length() - 1)
                        + (char) ('0' + (c.charAt(c.length() - 1) - '0' + 1) % 10))
            .toList();
    assertThat(text("order_ref", broken).personal()).isFalse();
    assertThat(Checksums.luhn("4111111111111112")).isFalse();
  }

  @Test
  void social_security_numbers_follow_the_ssa_rules() {
    Verdict v =
        text(
            "x",
            many(20, i -> String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + i, 10 + i, 1000 + i)));
    assertThat(kind(v)).isEqualTo(PiKind.GOVERNMENT_ID);
    assertThat(v.sensitive()).isEqualTo(SensitiveKind.GOVERNMENT_ID);
    // Area 000, 666 and 9xx, group 00 and serial 0000 are never issued.
    for (String never :
        List.of("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000")) {
      assertThat(ValueRules.ssn(never, false)).as(never).isFalse();
    }
    assertThat(text("x", many(20, i -> "9" + (10 + i) + "-12-3456")).personal()).isFalse();
    // Nine bare digits are an SSN only where the name says so.
    List<String> bare =
        many(20, i -> String.format(Locale.ROOT, "%03d%02d%04d", 200 + i, 20 + i, 3000 + i));
    assertThat(text("ref", bare).personal()).isFalse();
    assertThat(kind(text("ssn", bare))).isEqualTo(PiKind.GOVERNMENT_ID);
  }

  @Test
  void ibans_pass_mod_97() {
    List<String> ibans =
        List.of(
            "DE89370400440532013000",
            "GB82 WEST 1234 5698 7654 32",
            "FR1420041010050500013M02606",
            "NL91ABNA0417164300",
            "ES9121000418450200051332");
    Verdict v = text("payout", ibans);
    assertThat(kind(v)).isEqualTo(PiKind.BANK_ACCOUNT);
    assertThat(v.sensitive()).isEqualTo(SensitiveKind.FINANCIAL_ACCOUNT);
    assertThat(Checksums.iban("DE89370400440532013001")).isFalse();
  }

  @Test
  void emails_phones_ips_and_macs_by_their_values() {
    assertThat(kind(text("contact", many(10, i -> "user" + i + "@example.com"))))
        .isEqualTo(PiKind.EMAIL);
    Verdict phones =
        text(
            "c2",
            List.of(
                "+1 415-555-0100",
                "(510) 555-0101",
                "408.555.0102",
                "+44 20 7946 0958",
                "+33 1 23 45 67 89"));
    assertThat(kind(phones)).isEqualTo(PiKind.PHONE);
    assertThat(phones.main().orElseThrow().evidence().get(0).matched()).isEqualTo(5);
    assertThat(phones.identity()).isEqualTo("phone");
    // Area codes start 2-9: 123 is no NANP area code.
    assertThat(ValueRules.phone("(123) 555-0100", false)).isFalse();
    assertThat(
            kind(
                text(
                    "c3",
                    List.of(
                        "198.51.100.23",
                        "2001:db8:4a1::17",
                        "203.0.113.9",
                        "::ffff:192.0.2.1",
                        "192.0.2.87"))))
        .isEqualTo(PiKind.IP_ADDRESS);
    assertThat(ValueRules.ipv4("256.1.1.1")).isFalse();
    assertThat(ValueRules.ipv6("2001:db8::1::2")).isFalse();
    assertThat(kind(text("hw", many(6, i -> "00:1A:2B:3C:4D:5" + i))))
        .isEqualTo(PiKind.MAC_ADDRESS);
  }

  @Test
  void a_uuid_is_an_advertising_id_only_in_an_ad_id_column() {
    List<String> uuids = many(10, i -> "6f1d2b3c-4a5e-4f60-8a7b-9c0d1e2f3a4" + i);
    Verdict idfa = text("idfa", uuids);
    assertThat(kind(idfa)).isEqualTo(PiKind.ADVERTISING_ID);
    assertThat(idfa.identity()).isEqualTo("device-id");
    assertThat(text("request_uuid", uuids).personal()).isFalse();
  }

  @Test
  void coordinates_within_the_1850_foot_radius_are_precise_and_rounded_ones_are_not() {
    List<String> precise = List.of("37.7749", "37.8044", "34.0522", "32.7157", "37.3382");
    Verdict lat = classify("stores", "latitude", ColumnType.DECIMAL, precise);
    assertThat(kind(lat)).isEqualTo(PiKind.PRECISE_GEOLOCATION);
    assertThat(lat.sensitive()).isEqualTo(SensitiveKind.PRECISE_GEOLOCATION);
    // One decimal place: a cell of about 11 km, far beyond the circle.
    Verdict rounded =
        classify(
            "stores",
            "latitude",
            ColumnType.DECIMAL,
            List.of("37.8", "37.8", "34.1", "32.7", "37.3"));
    assertThat(kind(rounded)).isEqualTo(PiKind.ROUNDED_GEOLOCATION);
    assertThat(rounded.sensitive()).isNull();
    assertThat(rounded.categories()).containsExactly(Category.G);
    // Two decimals at the equator: 1,113 m squared is 1.24 km², more than the circle's 0.999 km².
    assertThat(
            kind(
                classify(
                    "t",
                    "lon",
                    ColumnType.DECIMAL,
                    List.of("10.12", "11.13", "12.14", "13.15", "14.16"))))
        .isEqualTo(PiKind.ROUNDED_GEOLOCATION);
    // "lat,long" in one text value needs no name.
    assertThat(
            kind(
                text(
                    "where",
                    List.of("37.77493,-122.41942", "34.05223,-118.24368", "32.71574,-117.16108"))))
        .isEqualTo(PiKind.PRECISE_GEOLOCATION);
    // Amounts are numbers with decimals too, and no coordinates.
    assertThat(classify("invoices", "amount", ColumnType.DECIMAL, precise).personal()).isFalse();
  }

  @Test
  void dates_of_birth_are_told_from_other_dates() {
    List<String> births = many(12, i -> (1950 + 3 * i) + "-0" + (1 + i % 9) + "-1" + (i % 9));
    Verdict dob = classify("customers", "dob", ColumnType.DATE, births);
    assertThat(kind(dob)).isEqualTo(PiKind.DATE_OF_BIRTH);
    assertThat(dob.categories()).contains(Category.C);
    // The same dates in an event column are not births.
    assertThat(classify("customers", "created_at", ColumnType.DATE, births).personal()).isFalse();
    // Recent dates under a meaningless name: ages under 18, not births.
    List<String> recent = many(12, i -> "2025-0" + (1 + i % 9) + "-1" + (i % 9));
    assertThat(classify("t", "d1", ColumnType.DATE, recent).personal()).isFalse();
    // Adult ages spread over decades under a meaningless name: weakly a birth date.
    assertThat(kind(classify("t", "d1", ColumnType.DATE, births))).isEqualTo(PiKind.DATE_OF_BIRTH);
  }

  @Test
  void password_hashes_by_their_shapes() {
    List<String> hashes =
        List.of(
            "$2b$12$KIXQJ8rB9wq3o6bYyP6cUeK6sVq8S3tWZr5V0o2x8yQ3wKJ7dHh1e",
            "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
            "pbkdf2_sha256$600000$abc$def=",
            "$6$rounds=5000$saltsalt$" + "a".repeat(86));
    Verdict v = text("secret", hashes);
    assertThat(kind(v)).isEqualTo(PiKind.PASSWORD_HASH);
    assertThat(v.sensitive()).isEqualTo(SensitiveKind.ACCOUNT_LOGIN);
    List<String> sha = many(6, i -> "%064x".formatted(i + 1).replace(' ', '0'));
    assertThat(kind(text("password_sha256", sha))).isEqualTo(PiKind.PASSWORD_HASH);
    assertThat(kind(text("email_sha256", sha))).isEqualTo(PiKind.HASHED_IDENTIFIER);
    assertThat(text("checksum", sha).personal()).isFalse();
  }

  @Test
  void free_text_and_json_are_read_for_embedded_information() {
    List<String> notes =
        List.of(
            "Customer called about billing, asked us to reach her at jane.doe@example.com later",
            "Left a voicemail, no answer on the account holder's line",
            "Please call back on (415) 555-0100 after 5pm, thanks",
            "Card ending in 4242 was declined twice this week");
    Verdict v = text("notes", notes);
    assertThat(v.counted()).extracting(Finding::kind).contains(PiKind.EMAIL, PiKind.PHONE);
    assertThat(v.counted()).allMatch(Finding::embedded);
    assertThat(v.identity()).isNull();
    Verdict json =
        text(
            "payload",
            List.of(
                "{\"user\":{\"email\":\"a@example.com\",\"dob\":\"1980-01-02\"}}",
                "{\"items\":[1,2],\"contact\":{\"phone\":\"+1 415-555-0100\"}}"));
    assertThat(json.counted())
        .extracting(Finding::kind)
        .contains(PiKind.EMAIL, PiKind.PHONE, PiKind.DATE_OF_BIRTH);
    assertThat(
            text(
                    "notes",
                    List.of("Shipped the order on time, all good", "Customer asked for a refund"))
                .personal())
        .isFalse();
  }

  @Test
  void names_count_when_no_values_can_refute_them() {
    assertThat(kind(text("customer_first_name", List.of()))).isEqualTo(PiKind.PERSON_NAME);
    assertThat(kind(classify("customers", "name", ColumnType.TEXT, List.of())))
        .isEqualTo(PiKind.PERSON_NAME);
    assertThat(kind(classify("patients", "diagnosis_code", ColumnType.TEXT, List.of())))
        .isEqualTo(PiKind.HEALTH);
    assertThat(
            classify("members", "is_union_member", ColumnType.BOOLEAN, List.of("true")).sensitive())
        .isEqualTo(SensitiveKind.UNION_MEMBERSHIP);
    assertThat(kind(text("emailAddress", List.of()))).isEqualTo(PiKind.EMAIL);
    assertThat(Names.words("IPAddress")).containsExactly("ip", "address");
    assertThat(Names.words("dateOfBirth")).containsExactly("date", "of", "birth");
  }

  @Test
  void pi_sounding_names_holding_no_pi_are_not_personal() {
    assertThat(
            classify("stats", "zip_code_count", ColumnType.INTEGER, many(10, i -> "" + (i * 7)))
                .personal())
        .isFalse();
    assertThat(text("email_template", List.of("Welcome {{name}}!", "Your invoice")).personal())
        .isFalse();
    assertThat(text("phone_type", many(10, i -> i % 2 == 0 ? "mobile" : "home")).personal())
        .isFalse();
    assertThat(classify("products", "name", ColumnType.TEXT, List.of("Basic plan")).personal())
        .isFalse();
    assertThat(text("file_name", List.of("report.pdf")).personal()).isFalse();
    assertThat(
            classify("customers", "address_id", ColumnType.INTEGER, many(10, i -> "" + i))
                .personal())
        .isFalse();
    assertThat(
            classify("customers", "email_verified", ColumnType.BOOLEAN, List.of("true")).personal())
        .isFalse();
    // An email column whose values are no addresses: the values win over the name.
    assertThat(text("email", many(10, i -> i % 2 == 0 ? "daily" : "weekly")).personal()).isFalse();
    // A mobile-number column of bare digits is a phone; the same digits elsewhere are not.
    assertThat(kind(text("mobile", many(10, i -> "41555501" + (10 + i))))).isEqualTo(PiKind.PHONE);
    assertThat(text("sku", many(10, i -> "41555501" + (10 + i))).personal()).isFalse();
  }

  @Test
  void message_bodies_are_communications_content() {
    Verdict v =
        classify(
            "sms_messages",
            "body",
            ColumnType.TEXT,
            List.of("see you at the clinic tomorrow at nine", "running late, start without me"));
    assertThat(v.sensitive()).isEqualTo(SensitiveKind.COMMUNICATIONS_CONTENT);
  }
}
