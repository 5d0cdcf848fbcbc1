package dev.rightful.notice;

import static dev.rightful.notice.internal.Prose.words;

import dev.rightful.notice.internal.Format;
import dev.rightful.notice.internal.Prose;
import java.util.List;

/**
 * The notice's own words for its first sections (about it, what is collected and disclosed), each
 * sentence written once: the HTML templates and {@link MarkdownNotice} print these and add only
 * markup. {@link RightsText} holds the words of the later sections. Stateless and thread-safe.
 */
public final class NoticeText {
  public static final String TITLE = "California Privacy Notice";

  public static final String PERSONAL_INFORMATION =
      "Personal information is information that identifies, relates to or could reasonably be"
          + " linked with you or your household. It does not include publicly available,"
          + " deidentified or aggregate information, or information that another law governs"
          + " instead of the CCPA.";

  public static final String CATEGORIES_LEAD =
      "In the past 12 months we have collected the categories of personal information marked"
          + " “Yes” below. The examples are those the CCPA gives for each category; the last"
          + " column says what we collect. Some personal information belongs to more than one"
          + " category.";

  public static final Table CATEGORIES_TABLE =
      new Table(
          "Categories of personal information we collect",
          List.of("Category", "Examples the CCPA gives", "Collected", "What we collect"));

  public static final String NO_SOURCES = "We do not collect personal information from any source.";

  public static final String SOURCES_LEAD =
      "We collect personal information from these categories of sources:";

  public static final String USES_LEAD =
      "We collect and use personal information for these business or commercial purposes:";

  public static final String NO_NEW_PURPOSES =
      "We will not collect additional categories of personal information, or use it for"
          + " purposes that are materially different, unrelated or incompatible with these,"
          + " without telling you first.";

  public static final String NO_DISCLOSURES =
      "We do not disclose personal information for a business purpose, and have not done so"
          + " in the past 12 months.";

  public static final String DISCLOSURES_LEAD =
      "In the past 12 months we have disclosed personal information for a business purpose to"
          + " the categories of recipients below.";

  /** Printed after the lead only when the map records each one's contract (CC 1798.100(d)). */
  public static final String SERVICE_PROVIDER_CONTRACTS =
      "Service providers and contractors may use it only to perform the services their contract"
          + " with us describes, and must keep it confidential.";

  public static final String COLLECTION_NOTICES_LEAD =
      "Where we collect personal information, a short notice at collection tells you what we"
          + " collect there, why, whether it is sold or shared and how long we keep it:";

  public static final Table DISCLOSURES_TABLE =
      new Table(
          "Personal information disclosed for a business purpose in the past 12 months",
          List.of(
              "No.",
              "Category of recipient",
              "Kind of recipient",
              "Categories of personal information",
              "Business purposes"));

  public static final String SALE_LEAD =
      "The CCPA calls it a “sale” when personal information is disclosed to a third party for"
          + " money or other valuable consideration, and “sharing” when it is disclosed to a"
          + " third party for cross-context behavioral advertising: ads based on your activity"
          + " across other businesses’ websites and services. In the past 12 months we have"
          + " sold or shared the categories of personal information below.";

  public static final Table SALE_TABLE =
      new Table(
          "Personal information sold or shared in the past 12 months",
          List.of(
              "Category of recipient",
              "Sale or share",
              "Categories of personal information",
              "Purpose"));

  public static final Prose OPT_OUT_ANY_TIME =
      words(
              "You may opt out of the sale and sharing of your personal information at any time; see ")
          .section(NoticeSection.EXERCISE)
          .then(". For consumers under 16, see ")
          .section(NoticeSection.MINORS)
          .then(".");

  public static final String NO_SALE =
      "We do not sell or share personal information, and have not sold or shared it in the"
          + " past 12 months.";

  public static final String SENSITIVE_KINDS_LEAD =
      "The kinds of sensitive personal information we collect:";

  public static final String RETENTION_LEAD =
      "We keep personal information only as long as is reasonably necessary for the purposes we"
          + " have told you about, and then delete or deidentify it. How long depends on the kind"
          + " of information:";

  public static final Table RETENTION_TABLE =
      new Table(
          "How long we keep each kind of personal information",
          List.of("Information", "Categories", "How long we keep it", "Why"));

  private NoticeText() {}

  /** A table's caption and column headings. */
  public record Table(String caption, List<String> columns) {}

  /** {@code Last updated: June 1, 2026}. */
  public static Prose lastUpdated(NoticeDocument doc) {
    return words("Last updated: ").date(doc.lastUpdated());
  }

  /** Who "we" are, and the law the notice is given under. */
  public static Prose about(NoticeDocument.BusinessInfo business) {
    String group =
        business.groupName() != null ? " and the other companies of " + business.groupName() : "";
    return words(
        "This notice explains how "
            + business.legalName()
            + group
            + " (“we”, “us”) collect, use, disclose, sell and share the personal information of"
            + " California residents, and the rights those residents have under the California"
            + " Consumer Privacy Act, as amended by the California Privacy Rights Act (the “CCPA”)."
            + " Terms the CCPA defines have the same meaning here.");
  }

  /** The affiliates the notice also covers; printed only when there are some. */
  public static String affiliates(NoticeDocument.BusinessInfo business) {
    return "It also covers these affiliates: " + String.join(", ", business.affiliates()) + ".";
  }

  /** The row heading of a category: {@code Category A: Identifiers}. */
  public static String category(NoticeDocument.CategoryRow row) {
    return "Category " + row.id() + ": " + row.name();
  }

  /** Whether a category is collected: {@code Yes} or {@code No}. */
  public static String collected(NoticeDocument.CategoryRow row) {
    return row.collected() ? "Yes" : "No";
  }

  /** A source with the categories it gives: {@code Directly from you (categories A, D)}. */
  public static String source(NoticeDocument.SourceRow source) {
    return source.description()
        + (source.categories().isEmpty()
            ? ""
            : " (categories " + Format.letters(source.categories()) + ")");
  }
}
