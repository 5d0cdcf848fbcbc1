package dev.rightful.notice;

import static dev.rightful.notice.internal.Prose.words;

import dev.rightful.law.state.SensitiveModel;
import dev.rightful.notice.internal.Format;
import dev.rightful.notice.internal.Prose;

/**
 * The words of the notice's "Your state's rights" section, shared by the Markdown and HTML notices.
 * Each sentence is built from a state's facts in the notice document; none decides a rule.
 */
public final class StateRightsText {
  private StateRightsText() {}

  public static final String LEAD =
      "If you live in one of the states below, its privacy law gives you the rights listed for it."
          + " Use the methods under \"How to exercise your rights\" for any of them; we apply the"
          + " law of the state you live in.";

  public static final String NO_SENSITIVE = "We do not collect sensitive data.";

  /** What the notice says about sensitive data under a state's model. */
  static String sensitive(SensitiveModel model, boolean collected) {
    if (!collected) {
      return NO_SENSITIVE;
    }
    return switch (model) {
      case OPT_IN_CONSENT ->
          "We process sensitive data about you only with your prior consent (a parent's consent"
              + " for a known child), and you may withdraw your consent as easily as you gave it.";
      case NOTICE_AND_OPT_OUT ->
          "We collect sensitive data, as this notice describes, and you may opt out of its"
              + " processing.";
      case STRICTLY_NECESSARY_NO_SALE ->
          "We collect, process or share sensitive data only where strictly necessary to provide"
              + " what you asked for, and we never sell it.";
      case RIGHT_TO_LIMIT ->
          "We collect sensitive data, and you may limit its use to what the service needs.";
    };
  }

  /** "Under Virginia's Consumer Data Protection Act (Va. Code …), you have these rights:" */
  public static String lawLead(NoticeDocument.StateRights state) {
    String law =
        state.law().startsWith(state.name())
            ? "the " + state.law()
            : state.name() + "'s " + state.law();
    return "Under " + law + " (" + state.citation() + "), you have these rights:";
  }

  /** One right, with its limit and the date an amendment grants it, if any. */
  public static Prose right(NoticeDocument.StateRight right) {
    Prose prose = words(right.description());
    if (right.scope() != null) {
      prose = prose.then(" This covers " + right.scope() + ".");
    }
    if (right.from() != null) {
      prose = prose.then(" From ").date(right.from()).then(".");
    }
    return prose;
  }

  /** When we answer, and how many requests are free. */
  public static String respond(NoticeDocument.StateRights state) {
    String free =
        state.freeRequestsPer12Months() == 1
            ? "one request"
            : state.freeRequestsPer12Months() + " requests";
    return "We respond within "
        + state.respondWithinDays()
        + " days of receiving your request. If we need more time, we tell you within those "
        + state.respondWithinDays()
        + " days, with the reason, and take at most "
        + state.extensionDays()
        + " more. You may make "
        + free
        + " free of charge in any 12 months; for more, or for requests that are manifestly"
        + " unfounded or excessive, we may charge a reasonable fee or decline, and tell you why.";
  }

  /** How to appeal and by when, and how to reach the Attorney General; or that there is none. */
  public static Prose appeal(NoticeDocument.StateRights state, NoticeDocument.Contact contact) {
    NoticeDocument.Appeal appeal = state.appeal();
    if (appeal == null) {
      return words(
          state.name()
              + " law provides no appeal. If we decline to act on your request, we tell you why.");
    }
    Prose prose =
        words(
            "If we decline to act on your request, in whole or in part, you may appeal: reply to"
                + " our answer");
    prose =
        contact.email() != null
            ? prose.then(" or email us at ").link(contact.email(), Format.mailto(contact.email()))
            : prose;
    prose =
        prose.then(". We decide an appeal within " + appeal.withinDays() + " days of receiving it");
    if (appeal.extensionDays() > 0) {
      prose =
          prose.then(
              " (or, where necessary and after telling you why, within "
                  + (appeal.withinDays() + appeal.extensionDays())
                  + " days)");
    }
    prose = prose.then(" and tell you in writing what we did and why.");
    if (appeal.attorneyGeneralContact()) {
      prose =
          prose
              .then(
                  " If we deny your appeal, you may complain to the "
                      + state.attorneyGeneral().office()
                      + " at ")
              .link(state.attorneyGeneral().url())
              .then(".");
    }
    return prose;
  }

  /** Whether and from when Global Privacy Control opts the consumer out, when the site reads it. */
  public static java.util.Optional<Prose> signal(NoticeDocument.Contact contact) {
    if (!contact.processesOptOutPreferenceSignals()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        words(
            "We treat a Global Privacy Control signal from your browser as your request to opt"
                + " out of the sale of your personal data and of targeted advertising."));
  }
}
