package dev.rightful.notice;

import dev.rightful.datamap.Business;
import dev.rightful.datamap.CategoryUse;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Policies;
import dev.rightful.datamap.Purpose;
import dev.rightful.datamap.Recipient;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.datamap.Table;
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
import java.util.Set;

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

  public NoticeDocument build(DataMap map) {
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
        contact(map),
        List.copyOf(map.methods().requestMethods()),
        List.copyOf(map.methods().optOutMethods()),
        List.copyOf(map.methods().limitMethods()),
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
        sensitive(map));
  }

  private static NoticeDocument.BusinessInfo business(Business business) {
    if (business == null) {
      return new NoticeDocument.BusinessInfo(null, null, null, List.of());
    }
    return new NoticeDocument.BusinessInfo(
        business.legalName(),
        business.groupName(),
        business.website(),
        business.affiliates() != null ? List.copyOf(business.affiliates()) : List.of());
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

  private static NoticeDocument.Contact contact(DataMap map) {
    Business.Contact contact = map.business() != null ? map.business().contact() : null;
    boolean cookieTool = map.offers(Method.COOKIE_SETTINGS_TOOL);
    boolean signals = map.offers(Method.OPT_OUT_PREFERENCE_SIGNAL);
    if (contact == null) {
      return new NoticeDocument.Contact(null, null, null, null, null, cookieTool, signals);
    }
    return new NoticeDocument.Contact(
        contact.email(),
        contact.tollFree(),
        contact.requestUrl(),
        contact.accessibilityEmail(),
        contact.postalAddress(),
        cookieTool,
        signals);
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
    Set<SensitiveKind> kinds = EnumSet.noneOf(SensitiveKind.class);
    for (DataSystem system : map.systems()) {
      for (Table table : system.tables()) {
        for (Field field : table.fields()) {
          if (field.sensitive() != null) {
            kinds.add(field.sensitive());
          }
        }
      }
    }
    boolean collected = map.collects(Category.L) || !kinds.isEmpty();
    return new NoticeDocument.SensitivePersonalInformation(
        collected,
        kinds.stream().map(SensitiveKind::id).toList(),
        collected ? LIMIT_WHEN_COLLECTED : LIMIT_WHEN_NOT_COLLECTED);
  }

  /** The letters of a set of categories, in catalog order. */
  private static List<String> letters(Collection<Category> categories) {
    if (categories == null || categories.isEmpty()) {
      return List.of();
    }
    return EnumSet.copyOf(categories).stream().map(Category::letter).toList();
  }
}
