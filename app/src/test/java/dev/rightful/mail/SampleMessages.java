package dev.rightful.mail;

import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** One message of every kind for request R-1001, each with the facts its body must state. */
final class SampleMessages {
  static final CompanyContact ACME =
      new CompanyContact(
          "Acme Phones Inc.",
          "privacy@acme.example",
          "1-800-555-0100",
          "https://privacy.acme.example/privacy/notice");
  static final String CONSUMER = "ana.consumer@mail.example";
  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

  /** A message, words its subject must contain, and facts its body must contain. */
  record Sample(MailMessage message, String subjectPart, List<String> facts) {
    @Override
    public String toString() {
      return message.kind().id();
    }
  }

  private SampleMessages() {}

  static List<Sample> all(Clock clock) {
    Messages messages = new Messages(ACME, clock);
    List<String> company = List.of("Acme Phones Inc.", "privacy@acme.example");
    return List.of(
        new Sample(
            messages.recipientNotice(
                "R-1001",
                CONSUMER,
                "Opt-out of sale and sharing R-1001",
                "The consumer with ledger key device:abc123 opted out of sale and sharing."),
            "Opt-out of sale and sharing R-1001",
            concat(company, "ledger key device:abc123", "Reference: R-1001")),
        new Sample(
            messages.vendorRequest(
                "R-1001",
                CONSUMER,
                RequestType.CORRECT,
                RECEIVED,
                LocalDate.of(2026, 4, 16),
                "  Email: jo@mail.example",
                "  full_name: Jo Q. Public"),
            "a consumer request to pass on (R-1001)",
            concat(
                company,
                "request to correct their personal information",
                "Monday, March 2, 2026",
                "Thursday, April 16, 2026",
                "Email: jo@mail.example",
                "full_name: Jo Q. Public")),
        new Sample(
            messages.receipt(
                "R-1001",
                CONSUMER,
                RequestType.KNOW_SPECIFIC,
                RECEIVED,
                "We will email you a six-digit code and ask you to confirm three details we hold"
                    + " about you.",
                LocalDate.of(2026, 4, 15)),
            "We received your privacy request R-1001",
            concat(
                company,
                "request for a copy of the personal information",
                "Monday, March 2, 2026",
                "How we verify your identity",
                "six-digit code and ask you to confirm three details",
                "We will respond by Wednesday, April 15, 2026",
                "1-800-555-0100")),
        new Sample(
            messages.oneTimeCode(
                "R-1001", CONSUMER, "482913", clock.instant().plus(Duration.ofMinutes(15))),
            "Your Acme Phones Inc. verification code",
            concat(
                company,
                "482913",
                "expires in 15 minutes",
                "9:15 AM PST on Monday, March 2, 2026")),
        new Sample(
            messages.extension(
                "R-1001",
                CONSUMER,
                RequestType.KNOW_SPECIFIC,
                "Your records span three billing systems, one of which is being migrated.",
                LocalDate.of(2026, 5, 30)),
            "We need more time for your privacy request R-1001",
            concat(
                company,
                "Why we need more time",
                "three billing systems, one of which is being migrated",
                "will respond by Saturday, May 30, 2026")),
        new Sample(
            messages.response(
                "R-1001",
                CONSUMER,
                RequestType.KNOW_SPECIFIC,
                "We found personal information about you in 3 of our systems.",
                "https://privacy.acme.example/access/a1b2c3"),
            "Your privacy request R-1001 is complete",
            concat(
                company,
                "We have completed your request for a copy",
                "We found personal information about you in 3 of our systems.",
                "https://privacy.acme.example/access/a1b2c3")),
        new Sample(
            messages.followUp(
                "R-1001",
                CONSUMER,
                RequestType.DELETE,
                "We have now told the 2 companies that process or received your information for"
                    + " us to delete it too."),
            "An update on your privacy request R-1001",
            concat(
                company,
                "We answered your request to delete your personal information",
                "We have now told the 2 companies")),
        new Sample(
            messages.denial(
                "R-1001",
                CONSUMER,
                RequestType.DELETE,
                DenialBasis.LEGAL_OBLIGATION,
                "Tax law requires us to keep your invoices for seven years."),
            "About your privacy request R-1001",
            concat(
                company,
                "request to delete your personal information",
                "because " + DenialBasis.LEGAL_OBLIGATION.reason(),
                "Basis: legal obligation.",
                "Tax law requires us to keep your invoices for seven years.",
                "ask us to reconsider",
                "1-800-555-0100",
                "California Privacy Protection Agency",
                "https://privacy.acme.example/privacy/notice")),
        new Sample(
            messages.agentConfirmation(
                "R-1001",
                CONSUMER,
                RequestType.KNOW_CATEGORIES,
                "Privacy Helpers LLC",
                RECEIVED,
                "https://privacy.acme.example/confirm/x9y8"),
            "Please confirm a privacy request made for you (R-1001)",
            concat(
                company,
                "Privacy Helpers LLC submitted a request to know the categories",
                "on your behalf",
                "Monday, March 2, 2026",
                "signed permission",
                "https://privacy.acme.example/confirm/x9y8",
                "will not act on the request until you confirm")),
        new Sample(
            messages.optOutConfirmation(
                "R-1001",
                CONSUMER,
                RECEIVED,
                LocalDate.of(2026, 3, 23),
                "https://privacy.acme.example/choices"),
            "Your opt-out of sale and sharing (R-1001)",
            concat(
                company,
                "opt out of the sale and sharing of your",
                "Monday, March 2, 2026",
                "no later than Monday, March 23, 2026",
                "at least 12 months",
                "https://privacy.acme.example/choices")));
  }

  private static List<String> concat(List<String> first, String... more) {
    return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
  }
}
