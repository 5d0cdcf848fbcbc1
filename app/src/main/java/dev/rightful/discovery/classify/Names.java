package dev.rightful.discovery.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a column's name says: its words (snake_case, camelCase and ALLCAPS split alike) looked up in
 * a vocabulary of personal information, with the table's name and the sibling columns as context. A
 * word only counts as the column's head noun: {@code email_address} and {@code billing_email} are
 * e-mail addresses, {@code email_template} and {@code zip_code_count} are not.
 */
final class Names {
  /** What a word needs around it to count. */
  enum Needs {
    NOTHING,
    /** The table holds people (customers, users, patients…) or the word qualifies a person. */
    PERSON,
    /** The table records events or visits, or the row carries an identifier of its own. */
    EVENTS,
    /** A sibling column is a postal address, city or zip. */
    ADDRESS
  }

  record Entry(List<String> phrase, PiKind kind, double confidence, Needs needs) {}

  /** A vocabulary hit: the entry and whether a hash word follows it (a hashed identifier). */
  record Hit(Entry entry, boolean hashed) {}

  static final double STRONG = 0.7;
  static final double WEAK = 0.55;

  // Words after the head noun that leave it the column's subject: email_address, phone_number_2.
  private static final Set<String> SUFFIXES =
      Set.of(
          "address",
          "addr",
          "number",
          "no",
          "num",
          "nr",
          "id",
          "value",
          "text",
          "str",
          "raw",
          "full",
          "primary",
          "secondary",
          "home",
          "work",
          "line",
          "data",
          "info",
          "enc",
          "encrypted",
          "cipher",
          "ciphertext",
          "plain",
          "1",
          "2",
          "3",
          "hash",
          "hashed",
          "sha",
          "sha1",
          "sha256",
          "sha512",
          "md5",
          "digest",
          "date",
          "code",
          "list",
          "history",
          "json",
          "uri",
          "url",
          "file",
          "embedding",
          "vector");
  // Words anywhere else that make the column about the information, not the information itself.
  private static final Set<String> NEGATIVES =
      Set.of(
          "count",
          "counts",
          "cnt",
          "total",
          "sum",
          "avg",
          "average",
          "min",
          "max",
          "type",
          "kind",
          "verified",
          "valid",
          "validated",
          "flag",
          "enabled",
          "disabled",
          "format",
          "provider",
          "domain",
          "sent",
          "bounced",
          "bounce",
          "opt",
          "optin",
          "optout",
          "preference",
          "preferences",
          "consent",
          "length",
          "len",
          "changed",
          "updated",
          "rule",
          "regex",
          "pattern",
          "mask",
          "label",
          "field",
          "column",
          "policy",
          "version",
          "required",
          "allowed",
          "visible",
          "public",
          "campaign",
          "subject",
          "template",
          "reset",
          "expires",
          "expiry",
          "attempts",
          "strength",
          "last",
          "settings",
          "config");
  private static final Set<String> HASH_WORDS =
      Set.of("hash", "hashed", "sha", "sha1", "sha256", "sha512", "md5", "digest");
  // Words naming people, before "name" (customer_name) or as the table (customers.name).
  static final Set<String> PERSON_WORDS =
      Set.of(
          "customer",
          "customers",
          "user",
          "users",
          "person",
          "people",
          "persons",
          "member",
          "members",
          "employee",
          "employees",
          "applicant",
          "applicants",
          "contact",
          "contacts",
          "patient",
          "patients",
          "student",
          "students",
          "subscriber",
          "subscribers",
          "client",
          "clients",
          "lead",
          "leads",
          "prospect",
          "prospects",
          "guest",
          "guests",
          "profile",
          "profiles",
          "holder",
          "cardholder",
          "driver",
          "drivers",
          "passenger",
          "passengers",
          "visitor",
          "visitors",
          "donor",
          "donors",
          "voter",
          "voters",
          "recipient",
          "recipients",
          "sender",
          "owner",
          "billing",
          "shipping",
          "legal",
          "first",
          "last",
          "full",
          "given",
          "family",
          "middle",
          "maiden",
          "nick",
          "emergency",
          "beneficiary",
          "guardian",
          "parent",
          "account",
          "buyer",
          "seller",
          "staff",
          "candidate",
          "candidates",
          "traveler",
          "tenant");
  static final Set<String> EVENT_WORDS =
      Set.of(
          "event",
          "events",
          "visit",
          "visits",
          "pageview",
          "pageviews",
          "view",
          "views",
          "click",
          "clicks",
          "session",
          "sessions",
          "log",
          "logs",
          "tracking",
          "analytics",
          "hit",
          "hits",
          "impression",
          "impressions",
          "activity",
          "activities",
          "web",
          "browsing",
          "audit");

  private static final List<Entry> VOCABULARY = new ArrayList<>();

  static {
    // Order matters: the first entry that matches wins, so the specific phrases (ip address, email
    // address, account name) come before the general words (address, name).
    add(
        PiKind.IP_ADDRESS,
        STRONG,
        Needs.NOTHING,
        "ip",
        "ip address",
        "ipaddress",
        "ipv4",
        "ipv6",
        "remote addr",
        "client ip",
        "ip addr");
    add(PiKind.MAC_ADDRESS, STRONG, Needs.NOTHING, "mac", "mac address", "macaddress");
    add(PiKind.EMAIL, STRONG, Needs.NOTHING, "email", "e mail", "emailaddress", "mail address");
    add(
        PiKind.PHONE,
        STRONG,
        Needs.NOTHING,
        "phone",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "msisdn",
        "fax",
        "phonenumber",
        "mobile number",
        "cellphone");
    add(
        PiKind.GOVERNMENT_ID,
        STRONG,
        Needs.NOTHING,
        "ssn",
        "social security",
        "sin",
        "national id",
        "tax id",
        "tin",
        "itin",
        "passport",
        "driver license",
        "drivers license",
        "driving license",
        "driver licence",
        "licence number",
        "license number",
        "dl number",
        "national insurance");
    add(
        PiKind.CARD_NUMBER,
        STRONG,
        Needs.NOTHING,
        "card number",
        "cc number",
        "credit card",
        "pan",
        "card no",
        "cardnumber",
        "ccnum",
        "cc num",
        "debit card");
    add(
        PiKind.BANK_ACCOUNT,
        STRONG,
        Needs.NOTHING,
        "iban",
        "bank account",
        "routing number",
        "aba",
        "bank account number",
        "account iban");
    add(
        PiKind.PASSWORD_HASH,
        STRONG,
        Needs.NOTHING,
        "password",
        "passwd",
        "pwd",
        "pass hash",
        "security answer",
        "secret answer",
        "pin code",
        "passcode");
    add(
        PiKind.ADVERTISING_ID,
        STRONG,
        Needs.NOTHING,
        "idfa",
        "gaid",
        "aaid",
        "adid",
        "ad id",
        "advertising id",
        "maid",
        "idfv");
    add(
        PiKind.DEVICE_ID,
        STRONG,
        Needs.NOTHING,
        "device id",
        "deviceid",
        "cookie id",
        "cookie",
        "visitor id",
        "anonymous id",
        "browser id",
        "device fingerprint");
    add(
        PiKind.ACCOUNT_NAME,
        STRONG,
        Needs.NOTHING,
        "account name",
        "username",
        "user name",
        "login",
        "screen name",
        "handle",
        "nickname",
        "login name");
    add(
        PiKind.DATE_OF_BIRTH,
        STRONG,
        Needs.NOTHING,
        "dob",
        "birth",
        "birthday",
        "birthdate",
        "date of birth",
        "born",
        "birth date");
    add(
        PiKind.PRECISE_GEOLOCATION,
        STRONG,
        Needs.NOTHING,
        "lat",
        "latitude",
        "lng",
        "lon",
        "longitude",
        "geo",
        "geolocation",
        "coordinates",
        "coords",
        "gps",
        "geo point");
    add(
        PiKind.RACIAL_ETHNIC,
        STRONG,
        Needs.NOTHING,
        "race",
        "ethnicity",
        "ethnic",
        "ethnic origin",
        "racial origin");
    add(
        PiKind.RELIGION,
        STRONG,
        Needs.NOTHING,
        "religion",
        "religious",
        "faith",
        "denomination",
        "religious affiliation");
    add(
        PiKind.UNION,
        STRONG,
        Needs.NOTHING,
        "union member",
        "union membership",
        "trade union",
        "union dues");
    add(PiKind.SEX_LIFE, STRONG, Needs.NOTHING, "sexual orientation", "orientation", "sex life");
    add(
        PiKind.CITIZENSHIP,
        STRONG,
        Needs.NOTHING,
        "citizenship",
        "nationality",
        "immigration status",
        "immigration",
        "visa status",
        "work permit");
    add(
        PiKind.HEALTH_INSURANCE_ID,
        STRONG,
        Needs.NOTHING,
        "insurance id",
        "policy number",
        "medicare",
        "medicaid",
        "health plan id",
        "insurance number",
        "insurance member id");
    add(
        PiKind.HEALTH,
        STRONG,
        Needs.NOTHING,
        "diagnosis",
        "diagnoses",
        "medical",
        "medication",
        "medications",
        "prescription",
        "allergy",
        "allergies",
        "health",
        "symptoms",
        "symptom",
        "treatment",
        "blood type",
        "disability",
        "pregnancy",
        "icd10");
    add(PiKind.HEALTH, WEAK, Needs.PERSON, "condition", "conditions");
    add(
        PiKind.BIOMETRIC,
        STRONG,
        Needs.NOTHING,
        "fingerprint",
        "faceprint",
        "face template",
        "voiceprint",
        "iris",
        "retina",
        "biometric",
        "biometrics",
        "face embedding",
        "face id");
    add(PiKind.GENETIC, STRONG, Needs.NOTHING, "genetic", "dna", "genome", "genotype");
    add(
        PiKind.PROTECTED_CLASS,
        STRONG,
        Needs.NOTHING,
        "gender",
        "sex",
        "marital status",
        "veteran",
        "military status",
        "age",
        "pronouns");
    add(
        PiKind.PERSON_NAME,
        STRONG,
        Needs.NOTHING,
        "first name",
        "last name",
        "full name",
        "given name",
        "family name",
        "surname",
        "middle name",
        "maiden name",
        "firstname",
        "lastname",
        "fullname",
        "legal name",
        "cardholder name",
        "forename");
    add(PiKind.PERSON_NAME, STRONG, Needs.PERSON, "name");
    add(
        PiKind.POSTAL_ADDRESS,
        STRONG,
        Needs.NOTHING,
        "postal address",
        "mailing address",
        "billing address",
        "shipping address",
        "home address",
        "street address",
        "street",
        "address line",
        "address",
        "addr");
    add(
        PiKind.COARSE_LOCATION,
        WEAK,
        Needs.NOTHING,
        "city",
        "zip",
        "zipcode",
        "zip code",
        "postcode",
        "postal code",
        "approx city");
    add(
        PiKind.COARSE_LOCATION,
        WEAK,
        Needs.ADDRESS,
        "state",
        "country",
        "county",
        "region",
        "province");
    add(
        PiKind.EMPLOYMENT,
        WEAK,
        Needs.NOTHING,
        "employer",
        "job title",
        "salary",
        "employment",
        "occupation",
        "performance review",
        "employment history",
        "work history");
    add(
        PiKind.EDUCATION,
        WEAK,
        Needs.NOTHING,
        "education",
        "school",
        "degree",
        "gpa",
        "grades",
        "student id");
    add(
        PiKind.BROWSING,
        WEAK,
        Needs.EVENTS,
        "page url",
        "url",
        "page",
        "referrer",
        "referer",
        "user agent",
        "useragent",
        "search query",
        "search term",
        "clickstream",
        "page view");
    add(
        PiKind.SENSORY,
        WEAK,
        Needs.NOTHING,
        "recording",
        "audio",
        "voice recording",
        "photo",
        "selfie",
        "video",
        "voice");
    add(
        PiKind.INFERENCE,
        WEAK,
        Needs.NOTHING,
        "segment",
        "propensity",
        "persona",
        "affinity",
        "inferred",
        "predicted",
        "churn score",
        "credit score");
  }

  private static void add(PiKind kind, double confidence, Needs needs, String... phrases) {
    for (String phrase : phrases) {
      VOCABULARY.add(new Entry(List.of(phrase.split(" ")), kind, confidence, needs));
    }
  }

  private Names() {}

  /**
   * The words of a name: customerEmail, customer_email and CUSTOMER_EMAIL all give [customer,
   * email].
   */
  static List<String> words(String name) {
    String spaced =
        name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2");
    return Arrays.stream(spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /** The first vocabulary entry the column's words name as their head noun, if any. */
  static Optional<Hit> lookup(List<String> words, Context context) {
    for (Entry entry : VOCABULARY) {
      int at = indexOf(words, entry.phrase());
      if (at < 0) {
        continue;
      }
      List<String> before = words.subList(0, at);
      List<String> after = words.subList(at + entry.phrase().size(), words.size());
      if (!SUFFIXES.containsAll(after) || before.stream().anyMatch(NEGATIVES::contains)) {
        continue;
      }
      if (!meets(entry.needs(), before, context)) {
        continue;
      }
      boolean hashed =
          after.stream().anyMatch(HASH_WORDS::contains)
              || before.stream().anyMatch(HASH_WORDS::contains);
      return Optional.of(new Hit(entry, hashed));
    }
    return Optional.empty();
  }

  private static boolean meets(Needs needs, List<String> before, Context context) {
    return switch (needs) {
      case NOTHING -> true;
      case PERSON ->
          before.stream().anyMatch(PERSON_WORDS::contains)
              || (before.isEmpty() && context.personTable());
      case EVENTS -> context.eventTable() || context.identifiedRows();
      case ADDRESS -> context.addressSibling();
    };
  }

  private static int indexOf(List<String> words, List<String> phrase) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return i;
      }
    }
    return -1;
  }

  /** What the neighbours say: the table's name and its other columns. */
  record Context(
      boolean personTable, boolean eventTable, boolean identifiedRows, boolean addressSibling) {
    static Context of(String table, List<String> siblings) {
      List<String> tableWords = words(table);
      boolean person = tableWords.stream().anyMatch(PERSON_WORDS::contains);
      boolean events = tableWords.stream().anyMatch(EVENT_WORDS::contains);
      boolean identified = false;
      boolean address = false;
      for (String sibling : siblings) {
        List<String> w = words(sibling);
        identified |=
            w.contains("email")
                || w.contains("device")
                || w.contains("cookie")
                || (w.contains("customer") && w.contains("id"))
                || (w.contains("user") && w.contains("id"))
                || w.contains("visitor");
        address |=
            w.contains("address")
                || w.contains("city")
                || w.contains("zip")
                || w.contains("street")
                || w.contains("postcode");
      }
      return new Context(person, events, identified, address);
    }
  }
}
