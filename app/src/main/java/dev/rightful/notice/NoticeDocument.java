package dev.rightful.notice;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A company's CCPA notice as data: everything the Markdown and HTML notices print, and the body of
 * {@code GET /api/v1/notice}. Built from a data map by {@link NoticeBuilder}; immutable and
 * thread-safe.
 *
 * <p>Categories are written as their letters, purposes and recipients as the descriptions the map
 * gives them, methods as the map's method ids. Dates serialize as ISO strings ({@code 2026-06-01})
 * under any mapper that has the Java time module.
 *
 * <p>{@code serviceProviderContracts} is true when the map records, with every service provider and
 * contractor the notice lists, a contract holding each term the law requires, so that the notice
 * may say they are bound by one. {@code collectionNotices} link the short notices at collection,
 * one per place the map says personal information is collected.
 */
public record NoticeDocument(
    BusinessInfo business,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate lastUpdated,
    int reviewMonths,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate nextReviewBy,
    List<CategoryRow> categories,
    List<Disclosure> disclosures,
    List<SoldOrShared> soldOrShared,
    List<SourceRow> sources,
    List<Use> purposes,
    List<Retention> retention,
    List<RightRow> rights,
    Contact contact,
    List<String> requestMethods,
    List<String> optOutMethods,
    List<String> limitMethods,
    Responses responses,
    Verification verification,
    Minors minors,
    DoNotTrack doNotTrack,
    List<FinancialIncentive> financialIncentives,
    SensitivePersonalInformation sensitivePersonalInformation,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StateRights> stateRights,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AdmtUse> admt,
    boolean serviceProviderContracts,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CollectionNotice.Link> collectionNotices) {

  public NoticeDocument {
    admt = admt == null ? List.of() : List.copyOf(admt);
    collectionNotices = collectionNotices == null ? List.of() : List.copyOf(collectionNotices);
  }

  /** A notice with no ADMT use, no contracts recorded and no notices at collection. */
  public NoticeDocument(
      BusinessInfo business,
      LocalDate lastUpdated,
      int reviewMonths,
      LocalDate nextReviewBy,
      List<CategoryRow> categories,
      List<Disclosure> disclosures,
      List<SoldOrShared> soldOrShared,
      List<SourceRow> sources,
      List<Use> purposes,
      List<Retention> retention,
      List<RightRow> rights,
      Contact contact,
      List<String> requestMethods,
      List<String> optOutMethods,
      List<String> limitMethods,
      Responses responses,
      Verification verification,
      Minors minors,
      DoNotTrack doNotTrack,
      List<FinancialIncentive> financialIncentives,
      SensitivePersonalInformation sensitivePersonalInformation,
      List<StateRights> stateRights) {
    this(
        business,
        lastUpdated,
        reviewMonths,
        nextReviewBy,
        categories,
        disclosures,
        soldOrShared,
        sources,
        purposes,
        retention,
        rights,
        contact,
        requestMethods,
        optOutMethods,
        limitMethods,
        responses,
        verification,
        minors,
        doNotTrack,
        financialIncentives,
        sensitivePersonalInformation,
        stateRights,
        List.of(),
        false,
        List.of());
  }

  /**
   * A use of automated decisionmaking technology for a significant decision, with the address of
   * its pre-use notice (11 CCR 7220) and whether consumers may opt out of it (7221(b)).
   */
  public record AdmtUse(
      String id, String name, String decision, String preUseNotice, boolean optOut) {}

  /** Whether any personal information is sold or shared; when not, the notice says so. */
  public boolean sellsOrShares() {
    return !soldOrShared.isEmpty();
  }

  /** Who the notice is from. */
  public record BusinessInfo(
      String legalName,
      String groupName,
      String website,
      List<String> affiliates,
      // The brand dresses the page only; the published notice's JSON (its contract) stays as it is.
      @JsonIgnore String displayName,
      @JsonIgnore String brandColor) {

    public BusinessInfo(
        String legalName, String groupName, String website, List<String> affiliates) {
      this(legalName, groupName, website, affiliates, legalName, null);
    }
  }

  /** One row of the categories table: the catalog's name and examples, and what is collected. */
  public record CategoryRow(
      String id, String name, boolean collected, String examples, String specifics) {}

  /** One row of the business-purpose disclosures table (CC 1798.115(c)(2)). */
  public record Disclosure(
      int row,
      String id,
      String recipient,
      String kind,
      List<String> categories,
      List<String> purposes) {}

  /** One row of the sale and share table (CC 1798.115(c)(1)); {@code transfer} is its kind. */
  public record SoldOrShared(
      String id, String recipient, String transfer, List<String> categories, String purpose) {}

  /** A category of source (CC 1798.110(c)(2)). */
  public record SourceRow(String id, String description, List<String> categories) {}

  /** A purpose for which personal information is used (CC 1798.110(c)(3)). */
  public record Use(String id, String description) {}

  /**
   * How long one kind of data is kept (CC 1798.100(a)(3)): {@code rule} as the notice words it (may
   * be null), {@code period} as ISO-8601, {@code action} {@code delete} or {@code anonymize}.
   */
  public record Retention(
      String id,
      String data,
      String rule,
      String period,
      String action,
      String basis,
      List<String> categories) {}

  /** A consumer right, in the words of {@link dev.rightful.law.Right}. */
  public record RightRow(String id, String title, String description) {}

  /**
   * How consumers reach the privacy team, and which opt-out tools the site runs. {@code requestUrl}
   * is the request form, {@code optOutUrl} the "Do Not Sell or Share" form and {@code limitUrl} the
   * "Limit the Use" form: the privacy center's pages when Rightful serves one, else the map's
   * {@code requestUrl} for all three.
   */
  public record Contact(
      String email,
      String tollFree,
      String requestUrl,
      String accessibilityEmail,
      String postalAddress,
      boolean cookieSettingsTool,
      boolean processesOptOutPreferenceSignals,
      String optOutUrl,
      String limitUrl) {}

  /** The response times and limits of {@link dev.rightful.law.NoticeFacts}. */
  public record Responses(
      int confirmReceiptWithinBusinessDays,
      int respondWithinDays,
      int extensionDays,
      int maxKnowResponsesPer12Months,
      int lookbackMonths,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate lookbackEarliest) {}

  /** How many data points must match to verify a request to know (7062(b)–(c)). */
  public record Verification(int categoriesDataPoints, int specificPiecesDataPoints) {}

  /**
   * The minors policy (CC 1798.120(c)): under {@code ageThreshold} a sale or share needs opt-in, by
   * a parent under {@code parentalConsentUnder}; false {@code sellsOrSharesUnder16WithOptIn} means
   * minors' data is never sold or shared.
   */
  public record Minors(
      int ageThreshold,
      int parentalConsentUnder,
      boolean knowinglyCollectsUnder16,
      boolean sellsOrSharesUnder16WithOptIn) {}

  /** How the site responds to Do Not Track (Bus. &amp; Prof. Code 22575(b)(5)). */
  public record DoNotTrack(boolean honored, String statement) {}

  /** A financial incentive offered for personal information (CC 1798.125(b)). */
  public record FinancialIncentive(String name, String description) {}

  /**
   * Whether sensitive personal information is collected (category L, or a field marked sensitive),
   * its kinds, and the statement about limiting its use (CC 1798.121).
   */
  public record SensitivePersonalInformation(
      boolean collected, List<String> kinds, String limitStatement) {}

  /**
   * The rights a state other than California gives its residents, and any exact sentence its law
   * makes the notice print ({@code notices}, e.g. Texas's on selling sensitive data), for a state
   * the map says the company operates in (absent from the JSON when the map names none, so such a
   * notice is unchanged). Built from the state's {@link dev.rightful.law.state.Jurisdiction}.
   */
  public record StateRights(
      String code,
      String name,
      String law,
      String citation,
      List<StateRight> rights,
      int respondWithinDays,
      int extensionDays,
      int freeRequestsPer12Months,
      Appeal appeal,
      AttorneyGeneral attorneyGeneral,
      SensitiveData sensitiveData,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate gpcFrom,
      List<String> notices) {}

  /**
   * One right under a state's law; {@code scope} limits it (may be null), {@code from} is when an
   * amendment grants it, if after the notice's date (else null).
   */
  public record StateRight(
      String id,
      String title,
      String description,
      String scope,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate from,
      String citation) {}

  /**
   * How to appeal a refusal: the days to decide, any extension, whether a denial names the Attorney
   * General; null where the state has no appeal.
   */
  public record Appeal(int withinDays, int extensionDays, boolean attorneyGeneralContact) {}

  /** Where to complain to the state's regulator. */
  public record AttorneyGeneral(String office, String url) {}

  /** The state's sensitive-data model and what the notice says about it. */
  public record SensitiveData(String model, String statement) {}
}
