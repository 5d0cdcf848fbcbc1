package dev.rightful.fulfil.access;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Purpose;
import dev.rightful.datamap.Recipient;
import dev.rightful.datamap.Source;
import dev.rightful.law.Category;
import java.util.List;
import java.util.Set;

/**
 * What a know response says about one consumer beyond the data itself: the categories actually
 * held, their sources, the purposes, and the recipients, with the sold/shared and business-purpose
 * lists kept separate (CC 1798.110, 1798.115, 1798.130(a)(4)). Immutable.
 */
public record Disclosures(
    Set<Category> categories,
    List<Source> sources,
    List<Purpose> purposes,
    List<Recipient> soldOrShared,
    List<Recipient> businessPurpose) {

  /** Compiled from the map, restricted to the categories found in the consumer's rows. */
  public static Disclosures of(DataMap map, Set<Category> held) {
    Set<Category> categories = java.util.EnumSet.noneOf(Category.class);
    categories.addAll(held);
    List<Source> sources =
        map.sources().stream().filter(s -> overlaps(s.categories(), categories)).toList();
    List<Recipient> recipients =
        map.recipients().stream().filter(r -> overlaps(r.categories(), categories)).toList();
    List<Purpose> purposes = map.purposes().stream().filter(Purpose::listedAsUse).toList();
    return new Disclosures(
        Set.copyOf(categories),
        sources,
        purposes,
        recipients.stream().filter(r -> r.transfer().soldOrShared()).toList(),
        recipients.stream().filter(r -> !r.transfer().soldOrShared()).toList());
  }

  private static boolean overlaps(Set<Category> a, Set<Category> b) {
    return a.stream().anyMatch(b::contains);
  }
}
