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
      wordSet(
          "address addr number no num nr id value text str raw full primary secondary home "
              + " work line data info enc encrypted cipher ciphertext plain 1 2 3 hash hashed sha "
              + " sha1 sha256 sha512 md5 digest date code list history json uri url file embedding "
              + " vector");
  // Words anywhere else that make the column about the information, not the information itself.
  private static final Set<String> NEGATIVES =
      wordSet(
          "count counts cnt total sum avg average min max type kind verified valid "
              + " validated flag enabled disabled format provider domain sent bounced bounce opt "
              + " optin optout preference preferences consent length len changed updated rule "
              + " regex pattern mask label field column policy version required allowed visible "
              + " public campaign subject template reset expires expiry attempts strength last "
              + " settings config");
  private static final Set<String> HASH_WORDS =
      wordSet("hash hashed sha sha1 sha256 sha512 md5 digest");
  // Words naming people, before "name" (customer_name) or as the table (customers.name).
  static final Set<String> PERSON_WORDS =
      wordSet(
          "customer customers user users person people persons member members employee "
              + " employees applicant applicants contact contacts patient patients student "
              + " students subscriber subscribers client clients lead leads prospect prospects "
              + " guest guests profile profiles holder cardholder driver drivers passenger "
              + " passengers visitor visitors donor donors voter voters recipient recipients "
              + " sender owner billing shipping legal first last full given family middle maiden "
              + " nick emergency beneficiary guardian parent account buyer seller staff candidate "
              + " candidates traveler tenant");
  static final Set<String> EVENT_WORDS =
      wordSet(
          "event events visit visits pageview pageviews view views click clicks session "
              + " sessions log logs tracking analytics hit hits impression impressions activity "
              + " activities web browsing audit");

  // One line per group: the kind, how strongly the name alone counts, what it needs around it, and
  // its phrases. Order matters: the first phrase that matches wins, so the specific (ip address,
  // email address, account name) come before the general (address, name).
  private static final String VOCABULARY_TEXT =
      """
      IP_ADDRESS STRONG NOTHING: ip | ip address | ipaddress | ipv4 | ipv6 | remote addr | client ip | ip addr
      MAC_ADDRESS STRONG NOTHING: mac | mac address | macaddress
      EMAIL STRONG NOTHING: email | e mail | emailaddress | mail address
      PHONE STRONG NOTHING: phone | telephone | tel | mobile | cell | msisdn | fax | phonenumber | mobile number | cellphone
      GOVERNMENT_ID STRONG NOTHING: ssn | social security | sin | national id | tax id | tin | itin | passport | driver license | drivers license | driving license | driver licence | licence number | license number | dl number | national insurance
      CARD_NUMBER STRONG NOTHING: card number | cc number | credit card | pan | card no | cardnumber | ccnum | cc num | debit card
      BANK_ACCOUNT STRONG NOTHING: iban | bank account | routing number | aba | bank account number | account iban
      PASSWORD_HASH STRONG NOTHING: password | passwd | pwd | pass hash | security answer | secret answer | pin code | passcode
      ADVERTISING_ID STRONG NOTHING: idfa | gaid | aaid | adid | ad id | advertising id | maid | idfv
      DEVICE_ID STRONG NOTHING: device id | deviceid | cookie id | cookie | visitor id | anonymous id | browser id | device fingerprint
      ACCOUNT_NAME STRONG NOTHING: account name | username | user name | login | screen name | handle | nickname | login name
      DATE_OF_BIRTH STRONG NOTHING: dob | birth | birthday | birthdate | date of birth | born | birth date
      PRECISE_GEOLOCATION STRONG NOTHING: lat | latitude | lng | lon | longitude | geo | geolocation | coordinates | coords | gps | geo point
      RACIAL_ETHNIC STRONG NOTHING: race | ethnicity | ethnic | ethnic origin | racial origin
      RELIGION STRONG NOTHING: religion | religious | faith | denomination | religious affiliation
      UNION STRONG NOTHING: union member | union membership | trade union | union dues
      SEX_LIFE STRONG NOTHING: sexual orientation | orientation | sex life
      CITIZENSHIP STRONG NOTHING: citizenship | nationality | immigration status | immigration | visa status | work permit
      HEALTH_INSURANCE_ID STRONG NOTHING: insurance id | policy number | medicare | medicaid | health plan id | insurance number | insurance member id
      HEALTH STRONG NOTHING: diagnosis | diagnoses | medical | medication | medications | prescription | allergy | allergies | health | symptoms | symptom | treatment | blood type | disability | pregnancy | icd10
      HEALTH WEAK PERSON: condition | conditions
      BIOMETRIC STRONG NOTHING: fingerprint | faceprint | face template | voiceprint | iris | retina | biometric | biometrics | face embedding | face id
      GENETIC STRONG NOTHING: genetic | dna | genome | genotype
      PROTECTED_CLASS STRONG NOTHING: gender | sex | marital status | veteran | military status | age | pronouns
      PERSON_NAME STRONG NOTHING: first name | last name | full name | given name | family name | surname | middle name | maiden name | firstname | lastname | fullname | legal name | cardholder name | forename
      PERSON_NAME STRONG PERSON: name
      POSTAL_ADDRESS STRONG NOTHING: postal address | mailing address | billing address | shipping address | home address | street address | street | address line | address | addr
      COARSE_LOCATION WEAK NOTHING: city | zip | zipcode | zip code | postcode | postal code | approx city
      COARSE_LOCATION WEAK ADDRESS: state | country | county | region | province
      EMPLOYMENT WEAK NOTHING: employer | job title | salary | employment | occupation | performance review | employment history | work history
      EDUCATION WEAK NOTHING: education | school | degree | gpa | grades | student id
      BROWSING WEAK EVENTS: page url | url | page | referrer | referer | user agent | useragent | search query | search term | clickstream | page view
      SENSORY WEAK NOTHING: recording | audio | voice recording | photo | selfie | video | voice
      INFERENCE WEAK NOTHING: segment | propensity | persona | affinity | inferred | predicted | churn score | credit score
      """;

  private static final List<Entry> VOCABULARY = new ArrayList<>();

  static {
    for (String line : VOCABULARY_TEXT.strip().split("\n")) {
      String[] head = line.strip().split(":", 2)[0].split(" ");
      for (String phrase : line.split(":", 2)[1].split("\\|")) {
        VOCABULARY.add(
            new Entry(
                List.of(phrase.strip().split(" ")),
                PiKind.valueOf(head[0]),
                head[1].equals("STRONG") ? STRONG : WEAK,
                Needs.valueOf(head[2])));
      }
    }
  }

  private Names() {}

  /** A set of words written space-separated. */
  static Set<String> wordSet(String spaced) {
    return Set.of(spaced.strip().split(" +"));
  }

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
