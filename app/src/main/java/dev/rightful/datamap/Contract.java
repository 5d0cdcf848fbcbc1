package dev.rightful.datamap;

import dev.rightful.law.ContractTerm;
import java.time.LocalDate;
import java.util.Map;

/**
 * The written contract with a recipient, as the map records it for review (CC 1798.100(d); 11 CCR
 * 7051, 7053): where to find it, when it was signed, and each required term a reviewer has checked,
 * ticked {@code true} when the contract holds it. A term left out counts as not held.
 */
public record Contract(
    String reference, LocalDate signed, Map<ContractTerm, Boolean> terms, Location location) {

  public Contract {
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }

  /** Whether a reviewer ticked the term as held. */
  public boolean holds(ContractTerm term) {
    return Boolean.TRUE.equals(terms.get(term));
  }
}
