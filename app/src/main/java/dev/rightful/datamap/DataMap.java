package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.Method;
import dev.rightful.law.PermittedSensitivePurpose;
import dev.rightful.law.SensitiveKind;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A company's validated data map: the single source from which Rightful derives its notice, request
 * fulfilment, verification data points, retention sweeps and consent purposes. Immutable and
 * thread-safe.
 */
public record DataMap(
    Path directory,
    Business business,
    Policies.NoticeMeta notice,
    Policies.Methods methods,
    Map<Category, CategoryUse> categories,
    List<Source> sources,
    List<Purpose> purposes,
    List<Recipient> recipients,
    List<DataSystem> systems,
    List<RetentionRule> retention,
    Policies.Minors minors,
    List<Policies.FinancialIncentive> financialIncentives,
    Policies.DoNotTrack doNotTrack,
    JurisdictionPolicy jurisdictions,
    List<AdmtUse> admt,
    List<CollectionPoint> collectionPoints) {

  public DataMap {
    admt = admt == null ? List.of() : List.copyOf(admt);
    collectionPoints = collectionPoints == null ? List.of() : List.copyOf(collectionPoints);
  }

  /** A map that names no states (California only), no ADMT use and no collection points. */
  public DataMap(
      Path directory,
      Business business,
      Policies.NoticeMeta notice,
      Policies.Methods methods,
      Map<Category, CategoryUse> categories,
      List<Source> sources,
      List<Purpose> purposes,
      List<Recipient> recipients,
      List<DataSystem> systems,
      List<RetentionRule> retention,
      Policies.Minors minors,
      List<Policies.FinancialIncentive> financialIncentives,
      Policies.DoNotTrack doNotTrack) {
    this(
        directory,
        business,
        notice,
        methods,
        categories,
        sources,
        purposes,
        recipients,
        systems,
        retention,
        minors,
        financialIncentives,
        doNotTrack,
        JurisdictionPolicy.californiaOnly(),
        List.of(),
        List.of());
  }

  /** The category's statement; a category the map leaves out counts as not collected. */
  public CategoryUse category(Category category) {
    CategoryUse use = categories.get(category);
    return use != null
        ? use
        : new CategoryUse(
            category, false, null, dev.rightful.law.VerificationTier.defaultFor(category), null);
  }

  public boolean collects(Category category) {
    return category(category).collected();
  }

  public Optional<Purpose> findPurpose(String id) {
    return purposes.stream().filter(p -> id != null && id.equals(p.id())).findFirst();
  }

  public Optional<Recipient> findRecipient(String id) {
    return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<AdmtUse> findAdmtUse(String id) {
    return admt.stream().filter(u -> id != null && id.equals(u.id())).findFirst();
  }

  /** Whether any declared ADMT use lets consumers opt out (no exception applies to it). */
  public boolean offersAdmtOptOut() {
    return admt.stream().anyMatch(AdmtUse::optOutOffered);
  }

  public Optional<CollectionPoint> findCollectionPoint(String id) {
    return collectionPoints.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<DataSystem> findSystem(String id) {
    return systems.stream().filter(s -> id != null && id.equals(s.id())).findFirst();
  }

  /**
   * Whether the business collects sensitive personal information: category L, or a mapped field of
   * a sensitive kind (CC 1798.140(ae)).
   */
  public boolean collectsSensitive() {
    return collects(Category.L) || !sensitiveKinds().isEmpty();
  }

  /**
   * Whether sensitive personal information is sold: category L goes to a recipient whose transfer
   * is a sale (a share alone is not one).
   */
  public boolean sellsSensitive() {
    return recipients.stream()
        .anyMatch(
            r ->
                (r.transfer() == dev.rightful.law.Transfer.SALE
                        || r.transfer() == dev.rightful.law.Transfer.SALE_AND_SHARE)
                    && r.categories().contains(Category.L));
  }

  /** The kinds of sensitive personal information the mapped fields hold, in catalog order. */
  public Set<SensitiveKind> sensitiveKinds() {
    Set<SensitiveKind> kinds = EnumSet.noneOf(SensitiveKind.class);
    for (DataSystem system : systems) {
      for (Table table : system.tables()) {
        for (Field field : table.fields()) {
          if (field.sensitive() != null) {
            kinds.add(field.sensitive());
          }
        }
      }
    }
    return kinds;
  }

  /**
   * Whether consumers hold the right to limit the use of their sensitive personal information, so
   * that the notice, the site and the methods must offer it (7027(m); 7014(h)).
   */
  public boolean rightToLimitApplies() {
    List<CategoryUse.Use> uses = category(Category.L).usedFor();
    return PermittedSensitivePurpose.rightToLimitApplies(
        collectsSensitive(),
        uses == null ? null : uses.stream().map(CategoryUse.Use::purpose).toList());
  }

  /**
   * Whether the site's pages carry the "Limit the Use of My Sensitive Personal Information" link
   * (CC 1798.135(a)(2)): the map offers the limit form, and there is sensitive personal information
   * to limit. {@link dev.rightful.datamap.Lint} reports a map whose form and uses disagree.
   */
  public boolean offersLimitLink() {
    return collectsSensitive() && methods.limitMethods().contains(Method.LIMIT_FORM.id());
  }

  public boolean offers(Method method) {
    return methods.requestMethods().contains(method.id())
        || methods.optOutMethods().contains(method.id())
        || methods.limitMethods().contains(method.id());
  }
}
