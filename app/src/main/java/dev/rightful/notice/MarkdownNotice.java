package dev.rightful.notice;

import static dev.rightful.notice.internal.Markdown.text;

import dev.rightful.notice.internal.Format;
import dev.rightful.notice.internal.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a notice as Markdown (CommonMark with GitHub tables), for a repository, a wiki or a
 * review diff. Same sections, headings and words as {@link HtmlNotice}; every value from the map is
 * escaped. Stateless and thread-safe.
 */
public final class MarkdownNotice {

  public String render(NoticeDocument doc) {
    Markdown md = new Markdown();
    md.heading(1, "California Privacy Notice");
    md.paragraph("**" + text(doc.business().legalName()) + "**");
    md.paragraph("Last updated: " + Format.date(doc.lastUpdated()));
    about(md, doc);
    collection(md, doc);
    disclosures(md, doc);
    new MarkdownRights(md, doc).write();
    return md.toString();
  }

  private static void about(Markdown md, NoticeDocument doc) {
    NoticeDocument.BusinessInfo business = doc.business();
    md.heading(2, NoticeSection.ABOUT.title());
    String group =
        business.groupName() != null
            ? " and the other companies of " + text(business.groupName())
            : "";
    md.paragraph(
        "This notice explains how "
            + text(business.legalName())
            + group
            + " (“we”, “us”) collect, use, disclose, sell and share the personal information of"
            + " California residents, and the rights those residents have under the California"
            + " Consumer Privacy Act, as amended by the California Privacy Rights Act (the “CCPA”)."
            + " Terms the CCPA defines have the same meaning here.");
    if (!business.affiliates().isEmpty()) {
      md.paragraph(
          "It also covers these affiliates: "
              + text(String.join(", ", business.affiliates()))
              + ".");
    }
    md.paragraph(
        "Personal information is information that identifies, relates to or could reasonably be"
            + " linked with you or your household. It does not include publicly available,"
            + " deidentified or aggregate information, or information that another law governs"
            + " instead of the CCPA.");
  }

  private static void collection(Markdown md, NoticeDocument doc) {
    md.heading(2, NoticeSection.CATEGORIES.title());
    md.paragraph(
        "In the past 12 months we have collected the categories of personal information marked"
            + " “Yes” below. The examples are those the CCPA gives for each category; the last"
            + " column says what we collect. Some personal information belongs to more than one"
            + " category.");
    List<List<String>> rows = new ArrayList<>();
    for (NoticeDocument.CategoryRow row : doc.categories()) {
      rows.add(
          List.of(
              "Category " + row.id() + ": " + text(row.name()),
              text(row.examples()),
              row.collected() ? "Yes" : "No",
              text(row.specifics())));
    }
    md.table(
        "Categories of personal information we collect",
        List.of("Category", "Examples the CCPA gives", "Collected", "What we collect"),
        rows);

    md.heading(2, NoticeSection.SOURCES.title());
    if (doc.sources().isEmpty()) {
      md.paragraph("We do not collect personal information from any source.");
    } else {
      md.paragraph("We collect personal information from these categories of sources:");
      md.list(
          doc.sources().stream()
              .map(
                  s ->
                      text(s.description())
                          + (s.categories().isEmpty()
                              ? ""
                              : " (categories " + Format.letters(s.categories()) + ")"))
              .toList());
    }

    md.heading(2, NoticeSection.USES.title());
    md.paragraph(
        "We collect and use personal information for these business or commercial purposes:");
    md.list(doc.purposes().stream().map(u -> text(u.description())).toList());
    md.paragraph(
        "We will not collect additional categories of personal information, or use it for"
            + " purposes that are materially different, unrelated or incompatible with these,"
            + " without telling you first.");
  }

  private static void disclosures(Markdown md, NoticeDocument doc) {
    md.heading(2, NoticeSection.DISCLOSURES.title());
    if (doc.disclosures().isEmpty()) {
      md.paragraph(
          "We do not disclose personal information for a business purpose, and have not done so"
              + " in the past 12 months.");
    } else {
      md.paragraph(
          "In the past 12 months we have disclosed personal information for a business purpose to"
              + " the categories of recipients below. Service providers and contractors may use it"
              + " only to perform the services their contract with us describes, and must keep it"
              + " confidential.");
      List<List<String>> rows = new ArrayList<>();
      for (NoticeDocument.Disclosure row : doc.disclosures()) {
        rows.add(
            List.of(
                String.valueOf(row.row()),
                text(row.recipient()),
                Format.kind(row.kind()),
                Format.letters(row.categories()),
                String.join("<br>", row.purposes().stream().map(Markdown::text).toList())));
      }
      md.table(
          "Personal information disclosed for a business purpose in the past 12 months",
          List.of(
              "No.",
              "Category of recipient",
              "Kind of recipient",
              "Categories of personal information",
              "Business purposes"),
          rows);
    }

    md.heading(2, NoticeSection.SALE_OR_SHARE.title());
    if (doc.sellsOrShares()) {
      md.paragraph(
          "The CCPA calls it a “sale” when personal information is disclosed to a third party for"
              + " money or other valuable consideration, and “sharing” when it is disclosed to a"
              + " third party for cross-context behavioral advertising: ads based on your activity"
              + " across other businesses’ websites and services. In the past 12 months we have"
              + " sold or shared the categories of personal information below.");
      md.table(
          "Personal information sold or shared in the past 12 months",
          List.of(
              "Category of recipient",
              "Sale or share",
              "Categories of personal information",
              "Purpose"),
          doc.soldOrShared().stream()
              .map(
                  row ->
                      List.of(
                          text(row.recipient()),
                          Format.transfer(row.transfer()),
                          Format.letters(row.categories()),
                          text(row.purpose())))
              .toList());
      md.paragraph(
          "You may opt out of the sale and sharing of your personal information at any time; see "
              + anchor(NoticeSection.EXERCISE)
              + ". For consumers under 16, see "
              + anchor(NoticeSection.MINORS)
              + ".");
    } else {
      md.paragraph(
          "We do not sell or share personal information, and have not sold or shared it in the"
              + " past 12 months.");
    }

    md.heading(2, NoticeSection.SENSITIVE.title());
    md.paragraph(text(doc.sensitivePersonalInformation().limitStatement()));
    if (!doc.sensitivePersonalInformation().kinds().isEmpty()) {
      md.paragraph("The kinds of sensitive personal information we collect:");
      md.list(
          doc.sensitivePersonalInformation().kinds().stream()
              .map(kind -> text(Format.sensitiveKind(kind)))
              .toList());
    }

    md.heading(2, NoticeSection.RETENTION.title());
    md.paragraph(
        "We keep personal information only as long as is reasonably necessary for the purposes we"
            + " have told you about, and then delete or deidentify it. How long depends on the kind"
            + " of information:");
    md.table(
        "How long we keep each kind of personal information",
        List.of("Information", "Categories", "How long we keep it", "Why"),
        doc.retention().stream()
            .map(
                row ->
                    List.of(
                        text(row.data()),
                        Format.letters(row.categories()),
                        text(Format.keptFor(row)),
                        text(row.basis())))
            .toList());
  }

  /** A link to a section heading, by the anchor GitHub derives from its title. */
  static String anchor(NoticeSection section) {
    String slug =
        section.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    return "[" + section.title() + "](#" + slug + ")";
  }
}
