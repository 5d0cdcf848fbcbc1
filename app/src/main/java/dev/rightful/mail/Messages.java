package dev.rightful.mail;

import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.web.Translator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds every message Rightful sends a consumer from its template, the company's contact and the
 * facts of the request. Dates are written out in words in the clock's zone. Thread-safe.
 */
public final class Messages {
  private final CompanyContact company;
  private final Clock clock;
  private final Translator t;
  private final Map<MailKind, PlainTemplate> templates = new EnumMap<>(MailKind.class);

  /** The messages in English; {@link #in} gives another language. */
  public Messages(CompanyContact company, Clock clock) {
    this(company, clock, Translator.ENGLISH);
  }

  private Messages(CompanyContact company, Clock clock, String language) {
    this.company = Objects.requireNonNull(company, "company");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.t = Translator.of(language);
    for (MailKind kind : MailKind.values()) {
      templates.put(kind, PlainTemplate.load(kind.template(t.language())));
    }
  }

  /**
   * The same messages written in {@code language} (the request's), English for one Rightful has no
   * texts for; mails to vendors stay English.
   */
  public Messages in(String language) {
    return Translator.of(language).language().equals(t.language())
        ? this
        : new Messages(company, clock, language);
  }

  /** The language these messages are written in. */
  public String language() {
    return t.language();
  }

  /**
   * Confirms receipt, describing how the business verifies identity and when to expect an answer.
   */
  // 7021(a): describe the verification process and when to expect a response
  public MailMessage receipt(
      String requestId,
      String to,
      RequestType type,
      LocalDate received,
      String verification,
      LocalDate responseDue) {
    return receipt(requestId, to, type, received, verification, responseDue, null);
  }

  /** As above, with the link to the request's status page ({@code null} for none). */
  public MailMessage receipt(
      String requestId,
      String to,
      RequestType type,
      LocalDate received,
      String verification,
      LocalDate responseDue,
      String statusLink) {
    return receipt(requestId, to, type, received, verification, responseDue, statusLink, null);
  }

  /**
   * As above, with what a request to know will cover in plain words ({@code null} for a request
   * that has no period), including any part of the period asked for that is left out and why.
   */
  // Rule 20; CC 1798.130(a)(2)(B): the consumer is told the period actually covered.
  public MailMessage receipt(
      String requestId,
      String to,
      RequestType type,
      LocalDate received,
      String verification,
      LocalDate responseDue,
      String statusLink,
      String period) {
    Map<String, String> values = common(requestId, type);
    values.put("period", period == null ? "" : period.strip());
    values.put("received", formatDate(received));
    values.put("verification", required(verification, "verification"));
    values.put("response_due", formatDate(responseDue));
    // 7021(b): only the types whose clock allows one extension mention it.
    values.put("extendable", type.clock().extendable() ? "yes" : "");
    values.put("status_link", statusLink == null ? "" : statusLink);
    return build(MailKind.RECEIPT, to, requestId, values);
  }

  /** Sends a six-digit one-time code and when it stops working. */
  public MailMessage oneTimeCode(String requestId, String to, String code, Instant expiresAt) {
    if (code == null || !code.matches("\\d{6}")) {
      throw new IllegalArgumentException("a one-time code has exactly 6 digits");
    }
    Duration left = Duration.between(clock.instant(), expiresAt);
    if (left.isNegative() || left.isZero()) {
      throw new IllegalArgumentException("the code has already expired");
    }
    long minutes = (left.toSeconds() + 59) / 60;
    Map<String, String> values = common(requestId, null);
    values.put("code", code);
    values.put("valid_for", minutes == 1 ? t.t("mail.minute") : t.t("mail.minutes", minutes));
    values.put("expires_at", t.format("format.mailTime", expiresAt.atZone(clock.getZone())));
    return build(MailKind.ONE_TIME_CODE, to, requestId, values);
  }

  /** Tells the consumer the response will take longer, why, and the new due date. */
  // 7021(b); CC 1798.145(i)(1): notice with the reason, within the first 45 days
  public MailMessage extension(
      String requestId, String to, RequestType type, String reason, LocalDate newDueDate) {
    Map<String, String> values = common(requestId, type);
    values.put("reason", required(reason, "reason"));
    values.put("new_due", formatDate(newDueDate));
    return build(MailKind.EXTENSION, to, requestId, values);
  }

  /**
   * Says the request is complete, with a short summary and, for access, the link to the copy of the
   * consumer's information ({@code accessLink} is {@code null} otherwise).
   */
  public MailMessage response(
      String requestId, String to, RequestType type, String summary, String accessLink) {
    Map<String, String> values = common(requestId, type);
    values.put("summary", required(summary, "summary"));
    values.put("access_link", accessLink == null ? "" : accessLink);
    return build(MailKind.RESPONSE, to, requestId, values);
  }

  /**
   * Follows up an answer that said what was still under way (the companies we are telling of a
   * deletion or correction), once it has happened: {@code summary} says what.
   */
  public MailMessage followUp(String requestId, String to, RequestType type, String summary) {
    Map<String, String> values = common(requestId, type);
    values.put("summary", required(summary, "summary"));
    return build(MailKind.FOLLOW_UP, to, requestId, values);
  }

  /**
   * Explains a denial: the basis, its reason in plain words, any further explanation ({@code null}
   * for none) and how to ask for reconsideration or contact the business.
   */
  // CC 1798.145(i)(2): the reasons for not acting and any rights to appeal
  public MailMessage denial(
      String requestId, String to, RequestType type, DenialBasis basis, String explanation) {
    Objects.requireNonNull(basis, "basis");
    Map<String, String> values = common(requestId, type);
    values.put("basis", basis.id().replace('-', ' '));
    values.put("reason", reason(basis, t.language()));
    values.put("explanation", explanation == null ? "" : explanation.strip());
    // 7022(a), 7023(a): an unverified requester may try again
    values.put("unverified", basis == DenialBasis.UNVERIFIED ? "yes" : "");
    // CC 1798.199.10: the Agency enforces the CCPA; Shine the Light (CC 1798.83) is not part of it.
    values.put("cppa", type == RequestType.DIRECT_MARKETING ? "" : "yes");
    return build(MailKind.DENIAL, to, requestId, values);
  }

  /**
   * Asks the consumer to confirm directly that they gave the authorized agent permission to act.
   */
  // 7063(a)(3): the consumer directly confirms the agent's permission
  public MailMessage agentConfirmation(
      String requestId,
      String to,
      RequestType type,
      String agentName,
      LocalDate received,
      String confirmLink) {
    Map<String, String> values = common(requestId, type);
    values.put("agent", required(agentName, "agentName"));
    values.put("received", formatDate(received));
    values.put("confirm_link", required(confirmLink, "confirmLink"));
    return build(MailKind.AGENT_CONFIRMATION, to, requestId, values);
  }

  /**
   * Confirms an opt-out of sale and sharing: when it was received, the date by which it takes
   * effect and, where there is one, the page showing whether it has been processed.
   */
  // 7026(f)(1): comply within 15 business days; 7026(f)(4): a means to confirm processing
  public MailMessage optOutConfirmation(
      String requestId, String to, LocalDate received, LocalDate effectiveBy, String statusLink) {
    Map<String, String> values = common(requestId, RequestType.OPT_OUT);
    values.put("received", formatDate(received));
    values.put("effective_by", formatDate(effectiveBy));
    values.put("status_link", statusLink == null ? "" : statusLink);
    return build(MailKind.OPT_OUT_CONFIRMATION, to, requestId, values);
  }

  /**
   * Passes a consumer's choice on to a vendor that received their data, by email: {@code subject}
   * and {@code text} are written by the caller (they name ledger keys and references, never the
   * consumer's email address).
   */
  public MailMessage recipientNotice(String reference, String to, String subject, String text) {
    Map<String, String> values = common(reference, null);
    values.put("subject", required(subject, "subject"));
    values.put("text", required(text, "text"));
    return build(MailKind.RECIPIENT_NOTICE, to, reference, values);
  }

  /**
   * Passes a consumer's deletion, correction, opt-out or limit request on to a vendor that has no
   * webhook. {@code identifiers} and {@code corrections} are lines of text ("Email: …"); the
   * subject names only the company and the reference, because the outbox keeps it in clear.
   */
  public MailMessage vendorRequest(
      String reference,
      String to,
      RequestType type,
      LocalDate received,
      LocalDate due,
      String identifiers,
      String corrections) {
    return vendorRequest(reference, to, type, received, due, identifiers, corrections, "");
  }

  /**
   * The same request to a vendor that holds one of the company's systems ({@code connector:
   * email}): {@code tables} lists that system's mapped tables and fields, one per line, what to
   * search; a request to know asks the vendor to reply with the data, which staff attach when they
   * confirm the step.
   */
  public MailMessage vendorRequest(
      String reference,
      String to,
      RequestType type,
      LocalDate received,
      LocalDate due,
      String identifiers,
      String corrections,
      String tables) {
    Map<String, String> values = common(reference, null);
    values.put(
        "request",
        switch (type) {
          case DELETE -> "request to delete their personal information";
          case CORRECT -> "request to correct their personal information";
          case OPT_OUT ->
              "request to opt out of the sale and sharing of their personal information";
          case LIMIT_SENSITIVE ->
              "request to limit the use of their sensitive personal information";
          case OPT_OUT_ADMT ->
              "request to opt out of automated decisionmaking technology about them";
          case KNOW_SPECIFIC -> "request for a copy of the personal information held about them";
          case KNOW_CATEGORIES ->
              "request to know the categories of personal information held about them";
          default ->
              throw new IllegalArgumentException("a " + type.id() + " request is not passed on");
        });
    values.put("received", date(received));
    values.put("due", date(due));
    values.put("identifiers", required(identifiers, "identifiers"));
    values.put("delete", type == RequestType.DELETE ? "yes" : "");
    values.put("correct", type == RequestType.CORRECT ? required(corrections, "corrections") : "");
    values.put("opt_out", type == RequestType.OPT_OUT ? "yes" : "");
    values.put("limit", type == RequestType.LIMIT_SENSITIVE ? "yes" : "");
    values.put("opt_out_admt", type == RequestType.OPT_OUT_ADMT ? "yes" : "");
    boolean know = type == RequestType.KNOW_SPECIFIC || type == RequestType.KNOW_CATEGORIES;
    values.put("access", know ? "yes" : "");
    values.put("tables", tables == null ? "" : tables.strip());
    return build(MailKind.VENDOR_REQUEST, to, reference, values);
  }

  /**
   * A date in words, as every message writes it: "Monday, December 14, 2026". Also for the texts
   * other features write into a message, such as fulfilment's answers.
   */
  public static String date(LocalDate date) {
    return Translator.of(Translator.ENGLISH).format("format.date", date);
  }

  /** A date in words in the language of these messages: "lunes, 14 de diciembre de 2026". */
  public String formatDate(LocalDate date) {
    return t.format("format.date", date);
  }

  /** The request type in words, completing "your …". */
  public static String describe(RequestType type) {
    return describe(type, Translator.ENGLISH);
  }

  /** The request type in words in {@code language}, completing "your …" ("su …"). */
  public static String describe(RequestType type, String language) {
    return Translator.of(language).t("request." + type.id());
  }

  /** A denial's ground in plain words in {@code language}, completing "because …". */
  public static String reason(DenialBasis basis, String language) {
    Translator texts = Translator.of(language);
    String key = "denial." + basis.id();
    // The law states each ground once in English; a bundle that has it says it in its language.
    return texts.has(key) ? texts.t(key) : basis.reason();
  }

  private Map<String, String> common(String requestId, RequestType type) {
    Map<String, String> values = new HashMap<>();
    values.put("company", company.name());
    values.put("brand", company.brandName());
    values.put("signature", company.signature());
    values.put("contact_email", company.contactEmail());
    values.put("toll_free", company.tollFree() == null ? "" : company.tollFree());
    values.put(
        "privacy_policy", company.privacyPolicyUrl() == null ? "" : company.privacyPolicyUrl());
    values.put("request_id", required(requestId, "requestId"));
    if (type != null) {
      values.put("request", describe(type, t.language()));
    }
    return values;
  }

  private MailMessage build(
      MailKind kind, String to, String requestId, Map<String, String> values) {
    PlainTemplate template = templates.get(kind);
    return new MailMessage(kind, to, template.subject(values), template.body(values), requestId);
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value.strip();
  }
}
