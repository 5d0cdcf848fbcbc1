package dev.rightful.discovery.classify;

import dev.rightful.law.PreciseGeolocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies one column from its values, its name and type, and its neighbours. Pure: no I/O, and
 * the values never leave it, only counts of the values each rule matched.
 *
 * <p>Values weigh most: a rule with a format or checksum that matches most of the sample decides
 * the kind whatever the name. A name alone counts when no sample can confirm or refute it; when a
 * sample can (an {@code email} column whose values are not addresses), the values win.
 */
public final class ColumnClassifier {
  /** Below this many non-empty values a sample neither confirms nor refutes a name. */
  static final int MIN_SAMPLE = 5;

  /** The share of values a rule must match to decide alone, and with the name agreeing. */
  static final double ALONE = 0.8;

  static final double WITH_NAME = 0.5;
  private static final int MAX_VALUE_LENGTH = 10_000;
  private static final Set<String> MESSAGE_TABLES =
      Set.of(
          "message",
          "messages",
          "sms",
          "email",
          "emails",
          "mail",
          "mails",
          "chat",
          "chats",
          "inbox",
          "conversation",
          "conversations",
          "dm",
          "dms",
          "letters");
  private static final Set<String> MESSAGE_COLUMNS =
      Set.of("body", "content", "message", "text", "msg", "contents");
  private static final Set<PiKind> IDENTIFIER_KINDS =
      Set.of(
          PiKind.EMAIL,
          PiKind.PHONE,
          PiKind.GOVERNMENT_ID,
          PiKind.DEVICE_ID,
          PiKind.ADVERTISING_ID,
          PiKind.ACCOUNT_NAME,
          PiKind.IP_ADDRESS,
          PiKind.PERSON_NAME);
  private static final Set<PiKind> TRAITS =
      Set.of(
          PiKind.RACIAL_ETHNIC,
          PiKind.RELIGION,
          PiKind.UNION,
          PiKind.SEX_LIFE,
          PiKind.CITIZENSHIP,
          PiKind.HEALTH,
          PiKind.PROTECTED_CLASS,
          PiKind.BIOMETRIC,
          PiKind.GENETIC);

  private final LocalDate today;

  /** A classifier that reckons ages (dates of birth) as of {@code today}. */
  public ColumnClassifier(LocalDate today) {
    this.today = today;
  }

  public Verdict classify(ColumnSample sample) {
    List<String> words = Names.words(sample.column());
    Names.Context context = Names.Context.of(sample.table(), sample.siblings());
    Optional<Names.Hit> hit =
        Names.lookup(words, context).filter(h -> fits(h, sample.type(), words));
    PiKind named = hit.map(h -> h.entry().kind()).orElse(null);
    List<String> values = new ArrayList<>();
    for (String v : sample.values()) {
      String s = v == null ? "" : v.strip();
      if (!s.isEmpty()) {
        values.add(s.length() > MAX_VALUE_LENGTH ? s.substring(0, MAX_VALUE_LENGTH) : s);
      }
    }
    Map<PiKind, Finding> found = new LinkedHashMap<>();
    if (sample.type() != ColumnType.BINARY && sample.type() != ColumnType.BOOLEAN) {
      wholeValues(values, named, hit, sample.type(), found);
      new BirthDates(today).find(values, named, words, sample.type(), found);
    }
    if (hit.isPresent() && !found.containsKey(named)) {
      PiKind kind =
          hit.get().hashed() && IDENTIFIER_KINDS.contains(named) ? PiKind.HASHED_IDENTIFIER : named;
      boolean refuted = values.size() >= MIN_SAMPLE && checkable(hit.get(), words) && kind == named;
      if (!refuted && !found.containsKey(kind)) {
        found.put(
            kind,
            new Finding(
                kind,
                hit.get().entry().confidence(),
                List.of(Evidence.name("name:" + named.id())),
                false));
      }
    }
    if (sample.type() == ColumnType.TEXT
        && found.values().stream().noneMatch(Finding::fromValues)) {
      embedded(values, sample, words, found);
    }
    List<Finding> sorted = new ArrayList<>(found.values());
    sorted.sort(Comparator.comparingDouble(Finding::confidence).reversed());
    return new Verdict(sorted);
  }

  /** Whether the name's kind can be held in a column of this type at all. */
  private static boolean fits(Names.Hit hit, ColumnType type, List<String> words) {
    PiKind kind = hit.entry().kind();
    if (type == ColumnType.BOOLEAN) {
      return TRAITS.contains(kind);
    }
    if (type == ColumnType.DATE || type == ColumnType.TIMESTAMP) {
      return kind == PiKind.DATE_OF_BIRTH;
    }
    if (type == ColumnType.INTEGER
        && !words.isEmpty()
        && words.get(words.size() - 1).equals("id")
        && !hit.entry().phrase().contains("id")) {
      return false; // address_id, customer_name_id: a key to another table, not the value
    }
    if (type == ColumnType.INTEGER || type == ColumnType.DECIMAL) {
      return switch (kind) {
        case EMAIL,
            PERSON_NAME,
            POSTAL_ADDRESS,
            ACCOUNT_NAME,
            BROWSING,
            MAC_ADDRESS,
            ADVERTISING_ID,
            PASSWORD_HASH,
            DATE_OF_BIRTH,
            MESSAGE_CONTENT ->
            false;
        default -> true;
      };
    }
    return true;
  }

  /** Whether a sample can bear out the name's kind: the kind has a format the values must meet. */
  private static boolean checkable(Names.Hit hit, List<String> words) {
    return switch (hit.entry().kind()) {
      case EMAIL,
          PHONE,
          CARD_NUMBER,
          IP_ADDRESS,
          MAC_ADDRESS,
          ADVERTISING_ID,
          DATE_OF_BIRTH,
          PRECISE_GEOLOCATION ->
          true;
      case GOVERNMENT_ID -> words.contains("ssn") || words.contains("social");
      case BANK_ACCOUNT -> words.contains("iban");
      default -> false;
    };
  }

  private void wholeValues(
      List<String> values,
      PiKind named,
      Optional<Names.Hit> hit,
      ColumnType type,
      Map<PiKind, Finding> found) {
    if (values.isEmpty()) {
      return;
    }
    boolean text = type == ColumnType.TEXT || type == ColumnType.OTHER;
    Map<PiKind, Integer> counts = new EnumMap<>(PiKind.class);
    Map<PiKind, String> rules = new EnumMap<>(PiKind.class);
    boolean hashedName = hit.map(Names.Hit::hashed).orElse(false);
    int precise = 0;
    int coordinates = 0;
    for (String v : values) {
      if (text && ValueRules.email(v)) {
        bump(counts, rules, PiKind.EMAIL, "email-format");
      }
      if ((text || named == PiKind.PHONE) && ValueRules.phone(v, named == PiKind.PHONE)) {
        bump(counts, rules, PiKind.PHONE, "phone-nanp-or-e164");
      }
      if (ValueRules.ssn(v, named == PiKind.GOVERNMENT_ID)) {
        bump(counts, rules, PiKind.GOVERNMENT_ID, "ssn-format-area-group-serial");
      }
      if (ValueRules.card(v)) {
        bump(counts, rules, PiKind.CARD_NUMBER, "card-luhn-and-issuer");
      }
      if (text && ValueRules.iban(v)) {
        bump(counts, rules, PiKind.BANK_ACCOUNT, "iban-mod97");
      }
      if (text && (ValueRules.ipv4(v) || ValueRules.ipv6(v))) {
        bump(counts, rules, PiKind.IP_ADDRESS, "ip-address-v4-v6");
      }
      if (text && ValueRules.mac(v)) {
        bump(counts, rules, PiKind.MAC_ADDRESS, "mac-address");
      }
      if (text
          && ValueRules.uuid(v)
          && (named == PiKind.ADVERTISING_ID || named == PiKind.DEVICE_ID)) {
        bump(counts, rules, named, "uuid-in-" + named.id() + "-column");
      }
      if (text && ValueRules.passwordHash(v)) {
        bump(counts, rules, PiKind.PASSWORD_HASH, "password-hash-format");
      } else if (text && ValueRules.hexDigest(v)) {
        if (named == PiKind.PASSWORD_HASH) {
          bump(counts, rules, PiKind.PASSWORD_HASH, "hex-digest-in-password-column");
        } else if (hashedName && IDENTIFIER_KINDS.contains(named)) {
          bump(counts, rules, PiKind.HASHED_IDENTIFIER, "hex-digest-of-" + named.id());
        }
      }
      double[] geo =
          Coordinates.geo(v, named == PiKind.PRECISE_GEOLOCATION, Coordinates.latitude(hit));
      if (geo != null) {
        coordinates++;
        if (PreciseGeolocation.isPrecise(geo[0])) {
          precise++;
        }
      }
    }
    if (coordinates > 0) {
      boolean isPrecise = precise * 2 >= coordinates;
      PiKind kind = isPrecise ? PiKind.PRECISE_GEOLOCATION : PiKind.ROUNDED_GEOLOCATION;
      counts.put(kind, isPrecise ? precise : coordinates - precise);
      rules.put(
          kind, isPrecise ? "coordinates-within-1850-ft" : "coordinates-rounded-beyond-1850-ft");
      if (named == PiKind.PRECISE_GEOLOCATION) {
        named = kind;
      }
    }
    for (Map.Entry<PiKind, Integer> e : counts.entrySet()) {
      PiKind kind = e.getKey();
      double ratio = (double) e.getValue() / values.size();
      boolean agrees = kind == named || (kind == PiKind.HASHED_IDENTIFIER && hashedName);
      if (kind == PiKind.ROUNDED_GEOLOCATION || kind == PiKind.PRECISE_GEOLOCATION) {
        ratio = (double) coordinates / values.size();
      }
      if (ratio >= ALONE || (agrees && ratio >= WITH_NAME)) {
        double confidence = Math.min(0.99, 0.55 + 0.4 * ratio + (agrees ? 0.04 : 0));
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.values(rules.get(kind), e.getValue(), values.size()));
        if (agrees) {
          evidence.add(Evidence.name("name:" + kind.id()));
        }
        found.put(kind, new Finding(kind, confidence, evidence, false));
      }
    }
  }

  /** Personal information inside free text and JSON, and message bodies by their neighbours. */
  private static void embedded(
      List<String> values, ColumnSample sample, List<String> words, Map<PiKind, Finding> found) {
    List<String> documents =
        values.stream().filter(v -> FreeText.prose(v) || FreeText.json(v)).toList();
    if (documents.isEmpty()) {
      return;
    }
    for (Map.Entry<PiKind, Integer> e : FreeText.count(documents).entrySet()) {
      double share = (double) e.getValue() / values.size();
      double confidence = Math.min(0.9, 0.6 + share);
      found.putIfAbsent(
          e.getKey(),
          new Finding(
              e.getKey(),
              confidence,
              List.of(Evidence.values("embedded-" + e.getKey().id(), e.getValue(), values.size())),
              true));
    }
    boolean messageTable = Names.words(sample.table()).stream().anyMatch(MESSAGE_TABLES::contains);
    if (messageTable
        && words.stream().anyMatch(MESSAGE_COLUMNS::contains)
        && documents.size() * 2 >= values.size()) {
      found.putIfAbsent(
          PiKind.MESSAGE_CONTENT,
          new Finding(
              PiKind.MESSAGE_CONTENT,
              0.7,
              List.of(Evidence.neighbours("message-body-in-" + sample.table())),
              false));
    }
  }

  private static void bump(
      Map<PiKind, Integer> counts, Map<PiKind, String> rules, PiKind kind, String rule) {
    counts.merge(kind, 1, Integer::sum);
    rules.putIfAbsent(kind, rule);
  }
}
