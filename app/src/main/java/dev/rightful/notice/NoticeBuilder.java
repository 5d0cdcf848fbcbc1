package dev.rightful.notice;

import dev.rightful.datamap.Business;
import dev.rightful.datamap.CategoryUse;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Policies;
import dev.rightful.datamap.Purpose;
import dev.rightful.datamap.Recipient;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.law.Category;
import dev.rightful.law.Method;
import dev.rightful.law.NoticeFacts;
import dev.rightful.law.Right;
import dev.rightful.law.SensitiveKind;
import dev.rightful.law.VerificationTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Derives a {@link NoticeDocument} from a valid data map. Pure: the same map always gives the same
 * document, so the notice changes only when the reviewed map does. Stateless and thread-safe.
 */
public final class NoticeBuilder {

  /* The builder only selects and orders what the map says; it adds no wording of its own except
   * the one sentence about limiting sensitive personal information, which JSON clients need as
   * much as the rendered notices. Business-purpose disclosures and sales or shares are told apart
   * by the recipient's transfer (CC 1798.115(c)): NONE is a disclosure, anything else a sale or
   * share, and each list keeps the map's order so a reviewer sees the rows as written. */

  static final String LIMIT_WHEN_COLLECTED =
      "We collect sensitive personal information. You may direct us to limit its use and"
          + " disclosure to what is necessary to provide the goods and services you asked for.";
  static final String LIMIT_WHEN_NOT_COLLECTED =
      "We do not collect sensitive personal information.";
  static final String LIMIT_NOT_NEEDED =
      "We collect sensitive personal information, but use it only for the purposes California law"
          + " permits without a right to limit, such as providing the goods and services you ask"
          + " for and keeping them secure.";
  static final String LIMIT_OFFERED_ANYWAY =
      " You may still direct us to limit its use and disclosure to what is necessary to provide"
          + " the goods and services you asked for.";

  /** The privacy center's pages, as Rightful serves them under {@code --public-url}. */
  static final String REQUEST_PATH = "/privacy/requests";

  static final String DO_NOT_SELL_PATH = "/privacy/do-not-sell";
  static final String LIMIT_PATH = "/privacy/limit";

  /** The notice of a map whose forms live at the map's {@code requestUrl}. */
  public NoticeDocument build(DataMap map) {
    return build(map, null);
  }

  /**
   * The notice of a map; with a {@code publicUrl} (Rightful serves the privacy center there), its
   * request, opt-out and limit links point at the privacy center's forms.
   */
  public NoticeDocument build(DataMap map, String publicUrl) {
    Policies.NoticeMeta meta = map.notice();
    LocalDate lastUpdated = meta != null ? meta.lastUpdated() : null;
    int reviewMonths = meta != null ? meta.reviewMonths() : NoticeFacts.MAX_REVIEW_MONTHS;
    return new NoticeDocument(
        business(map.business()),
        lastUpdated,
        reviewMonths,
        lastUpdated != null ? lastUpdated.plusMonths(reviewMonths) : null,
        categories(map),
        disclosures(map),
        soldOrShared(map),
        map.sources().stream()
            .map(
                s -> new NoticeDocument.SourceRow(s.id(), s.description(), letters(s.categories())))
            .toList(),
        map.purposes().stream()
            .filter(Purpose::listedAsUse)
            .map(p -> new NoticeDocument.Use(p.id(), p.description()))
            .toList(),
        map.retention().stream().map(NoticeBuilder::retention).toList(),
        rights(),
        contact(map, publicUrl),
        List.copyOf(map.methods().requestMethods()),
        List.copyOf(map.methods().optOutMethods()),
        // A notice that says no sensitive personal information is collected never also tells
        // consumers how to limit it (7014(h)); lint reports such a map.
        map.collectsSensitive() ? List.copyOf(map.methods().limitMethods()) : List.of(),
        responses(),
        new NoticeDocument.Verification(
            VerificationTier.REASONABLE.dataPoints(),
            VerificationTier.REASONABLY_HIGH.dataPoints()),
        minors(map.minors()),
        map.doNotTrack() == null
            ? null
            : new NoticeDocument.DoNotTrack(
                map.doNotTrack().honored(), map.doNotTrack().statement()),
        map.financialIncentives().stream()
            .map(i -> new NoticeDocument.FinancialIncentive(i.name(), i.description()))
            .toList(),
        sensitive(map),
        StateRightsBuilder.build(map, lastUpdated),
        // 7220: each ADMT use links its pre-use notice on the privacy center
        map.admt().stream()
            .map(
                u ->
                    new NoticeDocument.AdmtUse(
                        u.id(),
                        u.name(),
                        u.decision() == null ? null : u.decision().words(),
                        (publicUrl == null ? "" : stripSlash(publicUrl.strip())) + u.noticePath(),
                        u.optOutOffered()))
            .toList(),
        serviceProviderContracts(map),
        map.collectionPoints().stream()
            .map(
                p ->
                    new CollectionNotice.Link(
                        p.id(),
                        p.title(),
                        p.kind() != null ? p.kind().id() : null,
                        CollectionNoticeBuilder.PATH + p.id()))
            .toList());
  }

  /*
   * CC 1798.100(d); 7051(a): the notice may say that service providers and contractors use the
   * information only under their contract when the map shows such a contract, with the terms the
   * law requires, for every one of them it discloses to; otherwise it says nothing of contracts.
   */
  private static boolean serviceProviderContracts(DataMap map) {
    List<Recipient> bound =
        map.recipients().stream()
            .filter(r -> r.kind() != null && r.kind() != dev.rightful.law.RecipientKind.THIRD_PARTY)
            .toList();
    return !bound.isEmpty() && bound.stream().allMatch(Recipient::contractHoldsRequiredTerms);
  }

  private static NoticeDocument.BusinessInfo business(Business business) {
    if (business == null) {
      return new NoticeDocument.BusinessInfo(null, null, null, List.of());
    }
    return new NoticeDocument.BusinessInfo(
        business.legalName(),
        business.groupName(),
        business.website(),
        business.affiliates() != null ? List.copyOf(business.affiliates()) : List.of(),
        business.brand().displayName(),
        business.brand().primaryColor());
  }

  private static List<NoticeDocument.CategoryRow> categories(DataMap map) {
    List<NoticeDocument.CategoryRow> rows = new ArrayList<>();
    for (Category category : Category.values()) {
      CategoryUse use = map.category(category);
      rows.add(
          new NoticeDocument.CategoryRow(
              category.letter(),
              category.statutoryName(),
              use.collected(),
              category.examples(),
              use.collected() ? use.specifics() : null));
    }
    return List.copyOf(rows);
  }

  private static List<NoticeDocument.Disclosure> disclosures(DataMap map) {
    List<NoticeDocument.Disclosure> rows = new ArrayList<>();
    for (Recipient recipient : map.recipients()) {
      if (!recipient.transfer().soldOrShared()) {
        rows.add(
            new NoticeDocument.Disclosure(
                rows.size() + 1,
                recipient.id(),
                recipient.description(),
                recipient.kind() != null ? recipient.kind().id() : null,
                letters(recipient.categories()),
                purposes(map, recipient)));
      }
    }
    return List.copyOf(rows);
  }

  private static List<NoticeDocument.SoldOrShared> soldOrShared(DataMap map) {
    return map.recipients().stream()
        .filter(r -> r.transfer().soldOrShared())
        .map(
            r ->
                new NoticeDocument.SoldOrShared(
                    r.id(),
                    r.description(),
                    r.transfer().id(),
                    letters(r.categories()),
                    String.join(" ", purposes(map, r))))
        .toList();
  }

  private static List<String> purposes(DataMap map, Recipient recipient) {
    return recipient.purposeIds().stream()
        .map(
            id ->
                map.findPurpose(id)
                    .map(Purpose::description)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "recipient '"
                                    + recipient.id()
                                    + "' names unknown purpose '"
                                    + id
                                    + "': validate the map before building its notice")))
        .toList();
  }

  private static NoticeDocument.Retention retention(RetentionRule rule) {
    return new NoticeDocument.Retention(
        rule.id(),
        rule.data(),
        rule.rule(),
        rule.period() != null ? rule.period().toString() : null,
        rule.action() != null ? rule.action().name().toLowerCase(Locale.ROOT) : null,
        rule.basis(),
        letters(rule.categories()));
  }

  private static List<NoticeDocument.RightRow> rights() {
    return java.util.Arrays.stream(Right.values())
        .map(r -> new NoticeDocument.RightRow(r.id(), r.title(), r.plainWords()))
        .toList();
  }

  private static NoticeDocument.Contact contact(DataMap map, String publicUrl) {
    Business.Contact contact = map.business() != null ? map.business().contact() : null;
    boolean cookieTool = map.offers(Method.COOKIE_SETTINGS_TOOL);
    boolean signals = map.offers(Method.OPT_OUT_PREFERENCE_SIGNAL);
    String mapUrl = contact != null ? contact.requestUrl() : null;
    String center = publicUrl == null ? null : stripSlash(publicUrl.strip());
    String requestUrl = center != null ? center + REQUEST_PATH : mapUrl;
    String optOutUrl = center != null ? center + DO_NOT_SELL_PATH : mapUrl;
    String limitUrl = center != null ? center + LIMIT_PATH : mapUrl;
    if (contact == null) {
      return new NoticeDocument.Contact(
          null, null, requestUrl, null, null, cookieTool, signals, optOutUrl, limitUrl);
    }
    return new NoticeDocument.Contact(
        contact.email(),
        contact.tollFree(),
        requestUrl,
        contact.accessibilityEmail(),
        contact.postalAddress(),
        cookieTool,
        signals,
        optOutUrl,
        limitUrl);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static NoticeDocument.Responses responses() {
    return new NoticeDocument.Responses(
        NoticeFacts.CONFIRM_RECEIPT_WITHIN_BUSINESS_DAYS,
        NoticeFacts.RESPOND_WITHIN_DAYS,
        NoticeFacts.EXTENSION_DAYS,
        NoticeFacts.MAX_KNOW_RESPONSES_PER_12_MONTHS,
        NoticeFacts.LOOKBACK_MONTHS,
        NoticeFacts.LOOKBACK_EARLIEST);
  }

  private static NoticeDocument.Minors minors(Policies.Minors minors) {
    return new NoticeDocument.Minors(
        NoticeFacts.MINORS_OPT_IN_UNDER_AGE,
        NoticeFacts.PARENTAL_CONSENT_UNDER_AGE,
        minors.knowinglyCollectsUnder16(),
        minors.sellsOrSharesUnder16WithOptIn());
  }

  private static NoticeDocument.SensitivePersonalInformation sensitive(DataMap map) {
    boolean collected = map.collectsSensitive();
    String statement;
    if (!collected) {
      statement = LIMIT_WHEN_NOT_COLLECTED;
    } else if (map.rightToLimitApplies()) {
      statement = LIMIT_WHEN_COLLECTED;
    } else {
      // 7027(m); 7014(h): every use is permitted, so there is no right to limit to offer.
      statement =
          LIMIT_NOT_NEEDED + (map.methods().limitMethods().isEmpty() ? "" : LIMIT_OFFERED_ANYWAY);
    }
    return new NoticeDocument.SensitivePersonalInformation(
        collected, map.sensitiveKinds().stream().map(SensitiveKind::id).toList(), statement);
  }

  /** The letters of a set of categories, in catalog order. */
  private static List<String> letters(Collection<Category> categories) {
    if (categories == null || categories.isEmpty()) {
      return List.of();
    }
    return EnumSet.copyOf(categories).stream().map(Category::letter).toList();
  }
}
