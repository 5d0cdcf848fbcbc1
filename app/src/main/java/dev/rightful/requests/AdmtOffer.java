package dev.rightful.requests;

import dev.rightful.datamap.AdmtUse;
import dev.rightful.datamap.DataMap;
import dev.rightful.law.RequestType;
import java.util.List;
import java.util.Optional;

/**
 * Which ADMT requests the business offers, from the uses its map declares (11 CCR Art. 11): access
 * whenever it uses ADMT for a significant decision (7222), the opt-out when at least one use relies
 * on no exception (7221(b)). Immutable and thread-safe.
 */
public record AdmtOffer(List<AdmtUse> uses) {
  public AdmtOffer {
    uses = List.copyOf(uses);
  }

  public static AdmtOffer of(DataMap map) {
    return new AdmtOffer(map.admt());
  }

  public boolean offersAccess() {
    return !uses.isEmpty();
  }

  public boolean offersOptOut() {
    return uses.stream().anyMatch(AdmtUse::optOutOffered);
  }

  /** The uses a consumer may opt out of. */
  public List<AdmtUse> optOutUses() {
    return uses.stream().filter(AdmtUse::optOutOffered).toList();
  }

  /** The uses that rely on an exception, whose notice names the appeal path or the exception. */
  public List<AdmtUse> exceptedUses() {
    return uses.stream().filter(u -> !u.optOutOffered()).toList();
  }

  /** Why a request of {@code type} is refused at intake, if it is. */
  public Optional<FieldError> refusal(RequestType type) {
    if (!type.isAdmt()) {
      return Optional.empty();
    }
    if (uses.isEmpty()) {
      return Optional.of(
          new FieldError(
              "type",
              "we use no automated decisionmaking technology to make significant decisions about"
                  + " consumers, so there is nothing to opt out of or ask about"));
    }
    if (type == RequestType.OPT_OUT_ADMT && !offersOptOut()) {
      // 7221(b): the exception relied on replaces the opt-out; the consumer is told the way left
      return Optional.of(new FieldError("type", appealWords()));
    }
    return Optional.empty();
  }

  /** What replaces the opt-out for the excepted uses, in the consumer's words (7220). */
  public String appealWords() {
    StringBuilder out =
        new StringBuilder(
            "the law does not give an opt-out of our automated decisionmaking in this case");
    for (AdmtUse use : exceptedUses()) {
      out.append("; ").append(use.name()).append(": ");
      out.append(
          use.appeal() != null
              ? "you may appeal the decision to a person who can change it. " + use.appeal()
              : "we rely on the exception of 11 CCR " + use.exception().citation());
    }
    return out.toString();
  }
}
