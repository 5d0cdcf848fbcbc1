package dev.rightful.notice;

import static dev.rightful.notice.internal.Markdown.link;
import static dev.rightful.notice.internal.Markdown.text;

import dev.rightful.notice.internal.Format;
import dev.rightful.notice.internal.Markdown;
import java.util.List;

/** The second half of the Markdown notice: minors, rights, requests and the closing sections. */
final class MarkdownRights {
  private final Markdown md;
  private final NoticeDocument doc;
  private final NoticeDocument.Contact contact;
  private final String url;
  private final String optOutUrl;
  private final String limitUrl;

  MarkdownRights(Markdown md, NoticeDocument doc) {
    this.md = md;
    this.doc = doc;
    this.contact = doc.contact();
    this.url = Format.webUrl(contact.requestUrl());
    this.optOutUrl = Format.webUrl(contact.optOutUrl());
    this.limitUrl = Format.webUrl(contact.limitUrl());
  }

  void write() {
    minors();
    rights();
    exercise();
    agents();
    verification();
    responding();
    closing();
  }

  private void minors() {
    NoticeDocument.Minors minors = doc.minors();
    int age = minors.ageThreshold();
    int parent = minors.parentalConsentUnder();
    md.heading(2, NoticeSection.MINORS.title());
    md.paragraph(
        minors.knowinglyCollectsUnder16()
            ? "We may collect the personal information of consumers under " + age + "."
            : "We do not knowingly collect the personal information of consumers under "
                + age
                + ".");
    if (minors.sellsOrSharesUnder16WithOptIn()) {
      md.paragraph(
          "We do not sell or share the personal information of a consumer we know is under "
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
              + " time.");
    } else {
      md.paragraph(
          "We do not sell or share the personal information of consumers we know are under "
              + age
              + ".");
    }
  }

  private void rights() {
    md.heading(2, NoticeSection.RIGHTS.title());
    md.paragraph("If you are a California resident, the CCPA gives you these rights:");
    for (NoticeDocument.RightRow right : doc.rights()) {
      md.heading(3, text(right.title()));
      md.paragraph(text(right.description()));
    }
    md.paragraph(
        "The California Privacy Protection Agency explains these rights at "
            + link("https://cppa.ca.gov/", "https://cppa.ca.gov/")
            + ".");
  }

  private void exercise() {
    md.heading(2, NoticeSection.EXERCISE.title());
    methods(
        "To ask to know and access, delete or correct your personal information:",
        doc.requestMethods());
    methods("To opt out of the sale or sharing of your personal information:", doc.optOutMethods());
    methods(
        "To limit the use and disclosure of your sensitive personal information:",
        doc.limitMethods());
    md.paragraph(
        "You do not need to create an account to make a request, and requests are free of"
            + " charge.");
  }

  private void methods(String lead, List<String> methods) {
    if (!methods.isEmpty()) {
      md.paragraph(lead);
      md.list(methods.stream().map(this::method).toList());
    }
  }

  private String method(String method) {
    return switch (method) {
      case "web-form" -> "Complete our request form" + at(url) + ".";
      case "toll-free-phone" ->
          "Call us toll-free"
              + (contact.tollFree() != null ? " at " + phone(contact.tollFree()) : "")
              + ".";
      case "email" ->
          "Email us" + (contact.email() != null ? " at " + email(contact.email()) : "") + ".";
      case "mail" ->
          "Write to us"
              + (contact.postalAddress() != null ? " at " + text(contact.postalAddress()) : "")
              + ".";
      case "account" -> "Sign in to your account with us and make the request there.";
      case "do-not-sell-form" ->
          "Complete our “Do Not Sell or Share My Personal Information” form" + at(optOutUrl) + ".";
      case "limit-form" ->
          "Complete our “Limit the Use of My Sensitive Personal Information” form"
              + at(limitUrl)
              + ".";
      case "alternative-opt-out-link" ->
          "Use the “Your Privacy Choices” link on our website"
              + (optOutUrl != null ? ", which leads to " + link(optOutUrl, optOutUrl) : "")
              + ".";
      case "cookie-settings-tool" ->
          "Turn off advertising cookies in the cookie settings tool on our website, where you can"
              + " change your choice at any time. This applies to the browser you use.";
      case "opt-out-preference-signal" ->
          "Turn on an opt-out preference signal, such as Global Privacy Control, in your browser"
              + " or a browser extension. We treat it as a request to opt out of the sale and"
              + " sharing of personal information for that browser and, if we know who you are,"
              + " for you.";
      default -> text(method);
    };
  }

  private void agents() {
    md.heading(2, NoticeSection.AGENTS.title());
    md.paragraph(
        "You may have an authorized agent make a request for you. For a request to know, delete"
            + " or correct, we may ask the agent for your signed permission, and ask you to verify"
            + " your identity with us directly or to confirm with us directly that you gave the"
            + " agent permission. We do not ask for these when the agent holds a power of attorney"
            + " under California Probate Code sections 4121 to 4130. An agent may make a request to"
            + " opt out or to limit with your signed permission. We may deny a request from an"
            + " agent who cannot show that you authorized it.");
  }

  private void verification() {
    NoticeDocument.Verification verification = doc.verification();
    md.heading(2, NoticeSection.VERIFICATION.title());
    md.paragraph(
        "Before we act on a request to know, delete or correct, we verify that it comes from you"
            + " by matching information you give us with information we already hold. For a"
            + " request to know the categories of personal information we hold about you, at least "
            + verification.categoriesDataPoints()
            + " pieces of information must match; for a request for the specific pieces, at least "
            + verification.specificPiecesDataPoints()
            + ", together with a declaration you sign under penalty of perjury. If you have an"
            + " account with us, we may ask you to sign in to it instead. If we cannot verify a"
            + " request, we tell you so.");
    md.paragraph(
        "We use the information you give us for verification only to verify you, and delete it"
            + " once your request is handled, except for the record of the request the law"
            + " requires us to keep. We do not verify requests to opt out or to limit, though we"
            + " may ask for the information we need to find your records.");
  }

  private void responding() {
    NoticeDocument.Responses responses = doc.responses();
    md.heading(2, NoticeSection.RESPONDING.title());
    md.paragraph(
        "We confirm that we received a request to know, delete or correct within "
            + responses.confirmReceiptWithinBusinessDays()
            + " business days, and tell you how we will verify it and when to expect our answer.");
    md.paragraph(
        "We respond within "
            + responses.respondWithinDays()
            + " calendar days of receiving the request. If we need more time, we may extend that"
            + " once, by up to "
            + responses.extensionDays()
            + " more days; if we do, we tell you so, and why, within the first "
            + responses.respondWithinDays()
            + " days.");
    md.paragraph(
        "An answer to a request to know covers the "
            + responses.lookbackMonths()
            + " months before the request. You may ask us to go further back, to personal"
            + " information collected on or after "
            + Format.date(responses.lookbackEarliest())
            + "; we will, unless that proves impossible or would involve disproportionate effort,"
            + " which we would explain. We are not required to answer more than "
            + responses.maxKnowResponsesPer12Months()
            + " requests to know from you in any 12-month period.");
    md.paragraph(
        "We may charge a reasonable fee for, or refuse, a request that is manifestly unfounded or"
            + " excessive. If we do not act on all or part of a request, we tell you why.");
  }

  private void closing() {
    md.heading(2, NoticeSection.DIRECT_MARKETING.title());
    String ask =
        url != null
            ? " To ask, complete our request form at " + link(url, url) + "."
            : contact.email() != null ? " To ask, email us at " + email(contact.email()) + "." : "";
    md.paragraph(
        "California Civil Code section 1798.83 lets California residents ask a business for"
            + " information about the personal information it disclosed to third parties for their"
            + " own direct marketing purposes in the preceding calendar year."
            + ask);

    if (doc.doNotTrack() != null) {
      md.heading(2, NoticeSection.DO_NOT_TRACK.title());
      NoticeDocument.DoNotTrack dnt = doc.doNotTrack();
      md.paragraph(
          dnt.statement() != null
              ? text(dnt.statement())
              : dnt.honored()
                  ? "We honor the Do Not Track settings of web browsers."
                  : "We do not respond to the Do Not Track settings of web browsers.");
      md.paragraph(
          "Do Not Track is a setting in web browsers that asks websites not to track your visits."
              + (contact.processesOptOutPreferenceSignals()
                  ? " It is different from opt-out preference signals such as Global Privacy"
                      + " Control, which we process as requests to opt out of the sale and sharing"
                      + " of personal information."
                  : ""));
    }

    md.heading(2, NoticeSection.FINANCIAL_INCENTIVES.title());
    if (doc.financialIncentives().isEmpty()) {
      md.paragraph(
          "We do not offer financial incentives to consumers for providing personal information.");
    } else {
      md.paragraph(
          "We offer these financial incentives in exchange for personal information. You take"
              + " part only if you opt in, and you may withdraw at any time.");
      for (NoticeDocument.FinancialIncentive incentive : doc.financialIncentives()) {
        md.heading(3, text(incentive.name()));
        md.paragraph(text(incentive.description()));
      }
    }

    md.heading(2, NoticeSection.CONTACT.title());
    md.paragraph(
        "For questions about this notice or about your rights, email us"
            + (contact.email() != null ? " at " + email(contact.email()) : "")
            + (contact.tollFree() != null
                ? " or call us toll-free at " + phone(contact.tollFree())
                : "")
            + ".");
    String accessibility =
        contact.accessibilityEmail() != null ? contact.accessibilityEmail() : contact.email();
    if (accessibility != null) {
      md.paragraph(
          "If you have a disability and need this notice in another format, email "
              + email(accessibility)
              + ". You can also print this page or save it as a PDF.");
    }

    md.heading(2, NoticeSection.CHANGES.title());
    md.paragraph(
        "We review this notice at least every "
            + doc.reviewMonths()
            + " months and update it when our practices change. It was last updated on "
            + Format.date(doc.lastUpdated())
            + ".");
  }

  private static String at(String url) {
    return url != null ? " at " + link(url, url) : "";
  }

  private static String phone(String number) {
    return link(number, Format.tel(number));
  }

  private static String email(String address) {
    return link(address, Format.mailto(address));
  }
}
