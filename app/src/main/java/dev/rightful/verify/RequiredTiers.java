package dev.rightful.verify;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.law.Category;
import dev.rightful.law.RequestType;
import dev.rightful.law.RequiredTier;
import dev.rightful.law.VerificationTier;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The verification tier each type of request needs under a data map, fixed when the request is
 * received: for delete and correct, the highest tier the map sets among the categories its tables
 * hold ({@link RequiredTier}); for the other types, the type's own tier. Immutable and thread-safe.
 */
public final class RequiredTiers implements Function<RequestType, VerificationTier> {
  /*
   * Why at submission and over the whole map, not at verification over the consumer's own rows:
   * the receipt, sent at once, must describe the verification process (7021(a)), so the tier must
   * be known then; intake must not depend on the company's databases being up; and a tier computed
   * from the consumer's rows would tell an unverified requester whether the business holds
   * sensitive information about that person. The cost: a consumer whose rows hold only ordinary
   * categories is asked for the stricter tier when the business holds a stricter category anywhere.
   */
  private final Map<RequestType, VerificationTier> tiers = new EnumMap<>(RequestType.class);

  public RequiredTiers(DataMap map) {
    Set<VerificationTier> held = EnumSet.noneOf(VerificationTier.class);
    for (Category category : categoriesHeld(map)) {
      held.add(map.category(category).verificationTier());
    }
    for (RequestType type : RequestType.values()) {
      tiers.put(type, RequiredTier.of(type, held));
    }
  }

  @Override
  public VerificationTier apply(RequestType type) {
    return tiers.get(type);
  }

  private static Set<Category> categoriesHeld(DataMap map) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (DataSystem system : map.systems()) {
      for (Table table : system.tables()) {
        for (Field field : table.fields()) {
          categories.addAll(field.categories());
          if (field.sensitive() != null) {
            categories.add(Category.L); // sensitive personal information is category L
          }
        }
      }
    }
    return categories;
  }
}
