package dev.rightful.consent;

import dev.rightful.datamap.JurisdictionPolicy;
import dev.rightful.law.state.GppSection;
import dev.rightful.law.state.Jurisdiction;
import dev.rightful.law.state.Jurisdictions;
import dev.rightful.law.state.SensitiveModel;
import java.util.Optional;

/**
 * Tells which law governs a visitor from the US state they are in and the data map's {@code
 * jurisdictions}: a state the map names governs its residents; anyone else, or a visitor whose
 * state is unknown, gets what {@code jurisdictions.others} says. Immutable and thread-safe.
 *
 * <p>The GPP section in force is the governing state's own where the IAB library encodes it (usco
 * for Colorado), else usnat (Minnesota, Maryland, Indiana, Kentucky, Rhode Island in library
 * 3.2.4), as {@link GppStrings} writes them.
 */
final class VisitorLaw {
  // STATES.md rule 15: opt-in consent for sensitive data is what most state laws require, and the
  // strictest usual model: where no named state's law is known to govern, nothing looser applies.
  private static final SensitiveModel BASELINE_SENSITIVE = SensitiveModel.OPT_IN_CONSENT;

  private final JurisdictionPolicy policy;

  VisitorLaw(JurisdictionPolicy policy) {
    this.policy = policy;
  }

  /** The law for a visitor in {@code region} (a two-letter US state code, or null: unknown). */
  Governing of(String region) {
    Optional<Jurisdiction> named =
        region == null
            ? Optional.empty()
            : policy.operates().stream().filter(j -> j.code().equals(region)).findFirst();
    if (named.isPresent()) {
      Jurisdiction law = named.get();
      return new Governing(region, law, section(law), law.sensitive().model());
    }
    return switch (policy.others()) {
      case CALIFORNIA -> {
        Jurisdiction california = Jurisdictions.california();
        yield new Governing(
            region, california, section(california), california.sensitive().model());
      }
      // An unknown state is never "no law" (STATES.md section 5.1): usnat, the baseline's model.
      case BASELINE -> new Governing(region, null, GppStrings.USNAT_ID, BASELINE_SENSITIVE);
      case REFUSE ->
          region == null
              ? new Governing(null, null, GppStrings.USNAT_ID, BASELINE_SENSITIVE)
              : new Governing(region, null, Governing.NO_SECTION, SensitiveModel.RIGHT_TO_LIMIT);
    };
  }

  private static int section(Jurisdiction law) {
    return law.gppSection()
        .filter(GppStrings::encodable)
        .map(GppSection::id)
        .orElse(GppStrings.USNAT_ID);
  }
}
