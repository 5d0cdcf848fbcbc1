package dev.rightful.notice;

import static dev.rightful.notice.internal.Prose.words;

import dev.rightful.notice.internal.Format;
import dev.rightful.notice.internal.Prose;
import java.util.Optional;

/**
 * The notice's own words for its later sections (minors, rights, requests, the closing sections),
 * each sentence written once for the HTML templates and {@link MarkdownRights}. Stateless and
 * thread-safe.
 */
public final class RightsText {
  public static final String RIGHTS_LEAD =
      "If you are a California resident, the CCPA gives you these rights:";

  public static final Prose CPPA_EXPLAINS =
      words("The California Privacy Protection Agency explains these rights at ")
          .link("https://cppa.ca.gov/")
          .then(".");

  public static final String REQUEST_LEAD =
      "To ask to know and access, delete or correct your personal information:";

  public static final String OPT_OUT_LEAD =
      "To opt out of the sale or sharing of your personal information:";

  public static final String LIMIT_LEAD =
      "To limit the use and disclosure of your sensitive personal information:";

  public static final String NO_ACCOUNT_NO_FEE =
      "You do not need to create an account to make a request, and requests are free of charge.";

  public static final String AGENTS =
      "You may have an authorized agent make a request for you. For a request to know, delete"
          + " or correct, we may ask the agent for your signed permission, and ask you to verify"
          + " your identity with us directly or to confirm with us directly that you gave the"
          + " agent permission. We do not ask for these when the agent holds a power of attorney"
          + " under California Probate Code sections 4121 to 4130. An agent may make a request to"
          + " opt out or to limit with your signed permission. We may deny a request from an"
          + " agent who cannot show that you authorized it.";

  public static final String VERIFICATION_USE =
      "We use the information you give us for verification only to verify you, and delete it"
          + " once your request is handled, except for the record of the request the law"
          + " requires us to keep. We do not verify requests to opt out or to limit, though we"
          + " may ask for the information we need to find your records.";

  public static final String FEES =
      "We may charge a reasonable fee for, or refuse, a request that is manifestly unfounded or"
          + " excessive. If we do not act on all or part of a request, we tell you why.";

  public static final String SHINE_THE_LIGHT =
      "California Civil Code section 1798.83 lets California residents ask a business for"
          + " information about the personal information it disclosed to third parties for their"
          + " own direct marketing purposes in the preceding calendar year.";

  public static final String NO_INCENTIVES =
      "We do not offer financial incentives to consumers for providing personal information.";

  public static final String INCENTIVES_LEAD =
      "We offer these financial incentives in exchange for personal information. You take"
          + " part only if you opt in, and you may withdraw at any time.";

  private RightsText() {}

  /** Whether the business knowingly collects minors' personal information. */
  public static String minorsCollected(NoticeDocument.Minors minors) {
    return minors.knowinglyCollectsUnder16()
        ? "We may collect the personal information of consumers under "
            + minors.ageThreshold()
            + "."
        : "We do not knowingly collect the personal information of consumers under "
            + minors.ageThreshold()
            + ".";
  }

  /** Whether, and with whose opt-in, minors' personal information is sold or shared. */
  public static String minorsSold(NoticeDocument.Minors minors) {
    int age = minors.ageThreshold();
    int parent = minors.parentalConsentUnder();
    if (!minors.sellsOrSharesUnder16WithOptIn()) {
      return "We do not sell or share the personal information of consumers we know are under "
          + age
          + ".";
    }
    return "We do not sell or share the personal information of a consumer we know is under "
        + age
        + " unless that consumer, if "
        + parent
        + " to "
        + (age - 1)
        + " years old, or a parent or guardian, for a consumer under "
        + parent
        + ", has affirmatively authorized it (opted in). A consumer "
        + parent
        + " to "
        + (age - 1)
        + " opts in in two separate steps; a parent or guardian opts in after we verify that"
        + " they are the child’s parent or guardian. Whoever opted in may opt out at any"
        + " time.";
  }

  /** How to use one method of making a request, by the map's method id. */
  public static Prose method(String method, NoticeDocument.Contact contact) {
    String url = Format.webUrl(contact.requestUrl());
    String optOutUrl = Format.webUrl(contact.optOutUrl());
    String limitUrl = Format.webUrl(contact.limitUrl());
    return switch (method) {
      case "web-form" -> at(words("Complete our request form"), url).then(".");
      case "toll-free-phone" -> phone(words("Call us toll-free"), contact).then(".");
      case "email" -> email(words("Email us"), contact).then(".");
      case "mail" ->
          words("Write to us")
              .then(contact.postalAddress() != null ? " at " + contact.postalAddress() : "")
              .then(".");
      case "account" -> words("Sign in to your account with us and make the request there.");
      case "do-not-sell-form" ->
          at(words("Complete our “Do Not Sell or Share My Personal Information” form"), optOutUrl)
              .then(".");
      case "limit-form" ->
          at(
                  words("Complete our “Limit the Use of My Sensitive Personal Information” form"),
                  limitUrl)
              .then(".");
      case "alternative-opt-out-link" ->
          (optOutUrl != null
                  ? words("Use the “Your Privacy Choices” link on our website, which leads to ")
                      .link(optOutUrl)
                  : words("Use the “Your Privacy Choices” link on our website"))
              .then(".");
      case "cookie-settings-tool" ->
          words(
              "Turn off advertising cookies in the cookie settings tool on our website, where you"
                  + " can change your choice at any time. This applies to the browser you use.");
      case "opt-out-preference-signal" ->
          words(
              "Turn on an opt-out preference signal, such as Global Privacy Control, in your"
                  + " browser or a browser extension. We treat it as a request to opt out of the"
                  + " sale and sharing of personal information for that browser and, if we know"
                  + " who you are, for you.");
      default -> words(method);
    };
  }

  /** How many data points verify a request to know (7062(b)–(c)). */
  public static String verification(NoticeDocument.Verification verification) {
    return "Before we act on a request to know, delete or correct, we verify that it comes from you"
        + " by matching information you give us with information we already hold. For a"
        + " request to know the categories of personal information we hold about you, at least "
        + verification.categoriesDataPoints()
        + " pieces of information must match; for a request for the specific pieces, at least "
        + verification.specificPiecesDataPoints()
        + ", together with a declaration you sign under penalty of perjury. If you have an"
        + " account with us, we may ask you to sign in to it instead. If we cannot verify a"
        + " request, we tell you so.";
  }

  /** When a request's receipt is confirmed. */
  public static String confirmReceipt(NoticeDocument.Responses responses) {
    return "We confirm that we received a request to know, delete or correct within "
        + responses.confirmReceiptWithinBusinessDays()
        + " business days, and tell you how we will verify it and when to expect our answer.";
  }

  /** When a request is answered, and how far that may be extended. */
  public static String respond(NoticeDocument.Responses responses) {
    return "We respond within "
        + responses.respondWithinDays()
        + " calendar days of receiving the request. If we need more time, we may extend that"
        + " once, by up to "
        + responses.extensionDays()
        + " more days; if we do, we tell you so, and why, within the first "
        + responses.respondWithinDays()
        + " days.";
  }

  /** The period an answer to a request to know covers, and how often one is owed. */
  public static Prose lookback(NoticeDocument.Responses responses) {
    return words(
            "An answer to a request to know covers the "
                + responses.lookbackMonths()
                + " months before the request. You may ask us to go further back, to personal"
                + " information collected on or after ")
        .date(responses.lookbackEarliest())
        .then(
            "; we will, unless that proves impossible or would involve disproportionate effort,"
                + " which we would explain. We are not required to answer more than "
                + responses.maxKnowResponsesPer12Months()
                + " requests to know from you in any 12-month period.");
  }

  /** How to ask for the Shine the Light disclosure: the request form, else email; else empty. */
  public static Optional<Prose> shineTheLightAsk(NoticeDocument.Contact contact) {
    String url = Format.webUrl(contact.requestUrl());
    if (url != null) {
      return Optional.of(words("To ask, complete our request form at ").link(url).then("."));
    }
    if (contact.email() != null) {
      return Optional.of(email(words("To ask, email us"), contact).then("."));
    }
    return Optional.empty();
  }

  /** Whether the site honors Do Not Track: the map's own statement when it has one. */
  public static String doNotTrack(NoticeDocument.DoNotTrack doNotTrack) {
    if (doNotTrack.statement() != null) {
      return doNotTrack.statement();
    }
    return doNotTrack.honored()
        ? "We honor the Do Not Track settings of web browsers."
        : "We do not respond to the Do Not Track settings of web browsers.";
  }

  /** What Do Not Track is, and how it differs from the opt-out signals processed, if any. */
  public static String doNotTrackExplained(NoticeDocument.Contact contact) {
    return "Do Not Track is a setting in web browsers that asks websites not to track your visits."
        + (contact.processesOptOutPreferenceSignals()
            ? " It is different from opt-out preference signals such as Global Privacy"
                + " Control, which we process as requests to opt out of the sale and sharing"
                + " of personal information."
            : "");
  }

  /** Where to send questions: email and the toll-free number, each when the map gives one. */
  public static Prose questions(NoticeDocument.Contact contact) {
    Prose ask =
        email(words("For questions about this notice or about your rights, email us"), contact);
    return contact.tollFree() != null
        ? ask.then(" or call us toll-free at ")
            .link(contact.tollFree(), Format.tel(contact.tollFree()))
            .then(".")
        : ask.then(".");
  }

  /** Where to ask for another format: the accessibility address, else the privacy one. */
  public static Optional<Prose> otherFormats(NoticeDocument.Contact contact) {
    String address =
        contact.accessibilityEmail() != null ? contact.accessibilityEmail() : contact.email();
    if (address == null) {
      return Optional.empty();
    }
    return Optional.of(
        words("If you have a disability and need this notice in another format, email ")
            .link(address, Format.mailto(address))
            .then(". You can also print this page or save it as a PDF."));
  }

  /** How often the notice is reviewed, and when it last changed. */
  public static Prose changes(NoticeDocument doc) {
    return words(
            "We review this notice at least every "
                + doc.reviewMonths()
                + " months and update it when our practices change. It was last updated on ")
        .date(doc.lastUpdated())
        .then(".");
  }

  private static Prose at(Prose prose, String url) {
    return url != null ? prose.then(" at ").link(url) : prose;
  }

  private static Prose phone(Prose prose, NoticeDocument.Contact contact) {
    String number = contact.tollFree();
    return number != null ? prose.then(" at ").link(number, Format.tel(number)) : prose;
  }

  private static Prose email(Prose prose, NoticeDocument.Contact contact) {
    String address = contact.email();
    return address != null ? prose.then(" at ").link(address, Format.mailto(address)) : prose;
  }
}
