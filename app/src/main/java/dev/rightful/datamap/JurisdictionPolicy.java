package dev.rightful.datamap;

import dev.rightful.law.Vocabulary;
import dev.rightful.law.state.Jurisdiction;
import dev.rightful.law.state.Jurisdictions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the company operates, as the map's {@code jurisdictions} section says: the states whose
 * thresholds it meets ({@code operates}, California always among them), what it does for residents
 * of other states ({@code others}), and whether it records opt-in consent before processing
 * sensitive data where a state requires it ({@code sensitiveConsent}). Immutable.
 */
public record JurisdictionPolicy(
    List<Jurisdiction> operates, Others others, boolean sensitiveConsent, Location location) {

  /** What a resident of a state the company does not name gets. */
  public enum Others implements Vocabulary {
    /** California's answer: what Rightful did before states were modelled (default). */
    CALIFORNIA("california"),
    /** The rules most state laws share (STATES.md section 2): 45 + 45 days and a 60-day appeal. */
    BASELINE("baseline"),
    /** No request is taken: the company has no duty there and says so. */
    REFUSE("refuse");

    private final String id;

    Others(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static Optional<Others> fromId(String id) {
      return Vocabulary.parse(Others.class, id);
    }
  }

  public JurisdictionPolicy {
    List<Jurisdiction> withCalifornia = new ArrayList<>();
    withCalifornia.add(Jurisdictions.california());
    operates.stream().filter(j -> !withCalifornia.contains(j)).forEach(withCalifornia::add);
    operates = List.copyOf(withCalifornia);
  }

  /** A map without the section: California only, everyone else answered as California. */
  public static JurisdictionPolicy californiaOnly() {
    return new JurisdictionPolicy(List.of(), Others.CALIFORNIA, false, null);
  }

  /** The states named besides California, in the map's order. */
  public List<Jurisdiction> states() {
    return operates.stream().filter(j -> j != Jurisdictions.california()).toList();
  }

  public boolean operatesIn(String code) {
    return operates.stream().anyMatch(j -> j.code().equals(code));
  }
}
