package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    Policies.DoNotTrack doNotTrack) {

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

  public Optional<DataSystem> findSystem(String id) {
    return systems.stream().filter(s -> id != null && id.equals(s.id())).findFirst();
  }

  public boolean offers(Method method) {
    return methods.requestMethods().contains(method.id())
        || methods.optOutMethods().contains(method.id())
        || methods.limitMethods().contains(method.id());
  }
}
