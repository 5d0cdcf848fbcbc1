package dev.rightful.notice;

import static dev.rightful.notice.internal.Markdown.prose;
import static dev.rightful.notice.internal.Markdown.text;

import dev.rightful.notice.NoticeText.Table;
import dev.rightful.notice.internal.Format;
import dev.rightful.notice.internal.Markdown;
import java.util.List;

/**
 * Renders a notice as Markdown (CommonMark with GitHub tables), for a repository, a wiki or a
 * review diff. Same sections, headings and words as {@link HtmlNotice}, all taken from {@link
 * NoticeText} and {@link RightsText}; every word is escaped. Stateless and thread-safe.
 */
public final class MarkdownNotice {

  public String render(NoticeDocument doc) {
    Markdown md = new Markdown();
    md.heading(1, NoticeText.TITLE);
    md.paragraph("**" + text(doc.business().legalName()) + "**");
    md.paragraph(prose(NoticeText.lastUpdated(doc)));
    about(md, doc);
    collection(md, doc);
    disclosures(md, doc);
    new MarkdownRights(md, doc).write();
    return md.toString();
  }

  private static void about(Markdown md, NoticeDocument doc) {
    md.heading(2, NoticeSection.ABOUT.title());
    md.paragraph(prose(NoticeText.about(doc.business())));
    if (!doc.business().affiliates().isEmpty()) {
      md.paragraph(text(NoticeText.affiliates(doc.business())));
    }
    md.paragraph(text(NoticeText.PERSONAL_INFORMATION));
  }

  private static void collection(Markdown md, NoticeDocument doc) {
    md.heading(2, NoticeSection.CATEGORIES.title());
    md.paragraph(text(NoticeText.CATEGORIES_LEAD));
    table(
        md,
        NoticeText.CATEGORIES_TABLE,
        doc.categories().stream()
            .map(
                row ->
                    List.of(
                        text(NoticeText.category(row)),
                        text(row.examples()),
                        NoticeText.collected(row),
                        text(row.specifics())))
            .toList());

    md.heading(2, NoticeSection.SOURCES.title());
    if (doc.sources().isEmpty()) {
      md.paragraph(text(NoticeText.NO_SOURCES));
    } else {
      md.paragraph(text(NoticeText.SOURCES_LEAD));
      md.list(doc.sources().stream().map(source -> text(NoticeText.source(source))).toList());
    }

    md.heading(2, NoticeSection.USES.title());
    md.paragraph(text(NoticeText.USES_LEAD));
    md.list(doc.purposes().stream().map(use -> text(use.description())).toList());
    md.paragraph(text(NoticeText.NO_NEW_PURPOSES));
    if (!doc.collectionNotices().isEmpty()) {
      md.paragraph(text(NoticeText.COLLECTION_NOTICES_LEAD));
      md.list(
          doc.collectionNotices().stream()
              .map(link -> Markdown.link(link.title(), link.path()))
              .toList());
    }
  }

  private static void disclosures(Markdown md, NoticeDocument doc) {
    md.heading(2, NoticeSection.DISCLOSURES.title());
    if (doc.disclosures().isEmpty()) {
      md.paragraph(text(NoticeText.NO_DISCLOSURES));
    } else {
      md.paragraph(
          text(
              NoticeText.DISCLOSURES_LEAD
                  + (doc.serviceProviderContracts()
                      ? " " + NoticeText.SERVICE_PROVIDER_CONTRACTS
                      : "")));
      table(
          md,
          NoticeText.DISCLOSURES_TABLE,
          doc.disclosures().stream()
              .map(
                  row ->
                      List.of(
                          String.valueOf(row.row()),
                          text(row.recipient()),
                          Format.kind(row.kind()),
                          Format.letters(row.categories()),
                          String.join(
                              "<br>", row.purposes().stream().map(Markdown::text).toList())))
              .toList());
    }

    md.heading(2, NoticeSection.SALE_OR_SHARE.title());
    if (doc.sellsOrShares()) {
      md.paragraph(text(NoticeText.SALE_LEAD));
      table(
          md,
          NoticeText.SALE_TABLE,
          doc.soldOrShared().stream()
              .map(
                  row ->
                      List.of(
                          text(row.recipient()),
                          Format.transfer(row.transfer()),
                          Format.letters(row.categories()),
                          text(row.purpose())))
              .toList());
      md.paragraph(prose(NoticeText.OPT_OUT_ANY_TIME));
    } else {
      md.paragraph(text(NoticeText.NO_SALE));
    }

    md.heading(2, NoticeSection.SENSITIVE.title());
    md.paragraph(text(doc.sensitivePersonalInformation().limitStatement()));
    if (!doc.sensitivePersonalInformation().kinds().isEmpty()) {
      md.paragraph(text(NoticeText.SENSITIVE_KINDS_LEAD));
      md.list(
          doc.sensitivePersonalInformation().kinds().stream()
              .map(kind -> text(Format.sensitiveKind(kind)))
              .toList());
    }

    md.heading(2, NoticeSection.RETENTION.title());
    md.paragraph(text(NoticeText.RETENTION_LEAD));
    table(
        md,
        NoticeText.RETENTION_TABLE,
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

  private static void table(Markdown md, Table table, List<List<String>> rows) {
    md.table(text(table.caption()), table.columns().stream().map(Markdown::text).toList(), rows);
  }
}
