package dev.rightful.notice;

import static dev.rightful.notice.internal.Markdown.prose;
import static dev.rightful.notice.internal.Markdown.text;

import dev.rightful.notice.internal.Markdown;
import java.util.List;

/**
 * The second half of the Markdown notice: minors, rights, requests and the closing sections, in the
 * words of {@link RightsText}.
 */
final class MarkdownRights {
  private final Markdown md;
  private final NoticeDocument doc;
  private final NoticeDocument.Contact contact;

  MarkdownRights(Markdown md, NoticeDocument doc) {
    this.md = md;
    this.doc = doc;
    this.contact = doc.contact();
  }

  void write() {
    minors();
    rights();
    stateRights();
    exercise();
    agents();
    verification();
    responding();
    closing();
  }

  private void minors() {
    md.heading(2, NoticeSection.MINORS.title());
    md.paragraph(text(RightsText.minorsCollected(doc.minors())));
    md.paragraph(text(RightsText.minorsSold(doc.minors())));
  }

  private void rights() {
    md.heading(2, NoticeSection.RIGHTS.title());
    md.paragraph(text(RightsText.RIGHTS_LEAD));
    for (NoticeDocument.RightRow right : doc.rights()) {
      md.heading(3, text(right.title()));
      md.paragraph(text(right.description()));
    }
    // 7220: each ADMT use's pre-use notice, as the HTML notice links it
    if (!doc.admt().isEmpty()) {
      md.heading(3, "Rights about automated decisionmaking technology");
      md.paragraph(
          "We use automated decisionmaking technology to make significant decisions about"
              + " consumers. You may ask how it was used to decide about you, and, unless the law"
              + " makes an exception, opt out of it. Each use has its own notice:");
      for (NoticeDocument.AdmtUse use : doc.admt()) {
        md.paragraph(
            "- "
                + Markdown.link(use.name(), use.preUseNotice())
                + text(" (a decision about " + use.decision() + ")"));
      }
    }
    md.paragraph(prose(RightsText.CPPA_EXPLAINS));
  }

  private void stateRights() {
    if (doc.stateRights().isEmpty()) {
      return;
    }
    md.heading(2, NoticeSection.STATE_RIGHTS.title());
    md.paragraph(text(StateRightsText.LEAD));
    for (NoticeDocument.StateRights state : doc.stateRights()) {
      md.heading(3, text(state.name()));
      md.paragraph(text(StateRightsText.lawLead(state)));
      md.list(
          state.rights().stream()
              .map(
                  right ->
                      "**" + text(right.title()) + "**: " + prose(StateRightsText.right(right)))
              .toList());
      md.paragraph(text(StateRightsText.respond(state)));
      md.paragraph(prose(StateRightsText.appeal(state, contact)));
      md.paragraph(text(state.sensitiveData().statement()));
      state.notices().forEach(notice -> md.paragraph("**" + text(notice) + "**"));
      StateRightsText.signal(contact).ifPresent(signal -> md.paragraph(prose(signal)));
    }
  }

  private void exercise() {
    md.heading(2, NoticeSection.EXERCISE.title());
    methods(RightsText.REQUEST_LEAD, doc.requestMethods());
    methods(RightsText.OPT_OUT_LEAD, doc.optOutMethods());
    methods(RightsText.LIMIT_LEAD, doc.limitMethods());
    md.paragraph(text(RightsText.NO_ACCOUNT_NO_FEE));
  }

  private void methods(String lead, List<String> methods) {
    if (!methods.isEmpty()) {
      md.paragraph(text(lead));
      md.list(methods.stream().map(method -> prose(RightsText.method(method, contact))).toList());
    }
  }

  private void agents() {
    md.heading(2, NoticeSection.AGENTS.title());
    md.paragraph(text(RightsText.AGENTS));
  }

  private void verification() {
    md.heading(2, NoticeSection.VERIFICATION.title());
    md.paragraph(text(RightsText.verification(doc.verification())));
    md.paragraph(text(RightsText.VERIFICATION_USE));
  }

  private void responding() {
    md.heading(2, NoticeSection.RESPONDING.title());
    md.paragraph(text(RightsText.confirmReceipt(doc.responses())));
    md.paragraph(text(RightsText.respond(doc.responses())));
    md.paragraph(prose(RightsText.lookback(doc.responses())));
    md.paragraph(text(RightsText.FEES));
  }

  private void closing() {
    md.heading(2, NoticeSection.DIRECT_MARKETING.title());
    md.paragraph(
        text(RightsText.SHINE_THE_LIGHT)
            + RightsText.shineTheLightAsk(contact).map(ask -> " " + prose(ask)).orElse(""));

    if (doc.doNotTrack() != null) {
      md.heading(2, NoticeSection.DO_NOT_TRACK.title());
      md.paragraph(text(RightsText.doNotTrack(doc.doNotTrack())));
      md.paragraph(text(RightsText.doNotTrackExplained(contact)));
    }

    md.heading(2, NoticeSection.FINANCIAL_INCENTIVES.title());
    if (doc.financialIncentives().isEmpty()) {
      md.paragraph(text(RightsText.NO_INCENTIVES));
    } else {
      md.paragraph(text(RightsText.INCENTIVES_LEAD));
      for (NoticeDocument.FinancialIncentive incentive : doc.financialIncentives()) {
        md.heading(3, text(incentive.name()));
        md.paragraph(text(incentive.description()));
      }
    }

    md.heading(2, NoticeSection.CONTACT.title());
    md.paragraph(prose(RightsText.questions(contact)));
    RightsText.otherFormats(contact).ifPresent(formats -> md.paragraph(prose(formats)));

    md.heading(2, NoticeSection.CHANGES.title());
    md.paragraph(prose(RightsText.changes(doc)));
  }
}
