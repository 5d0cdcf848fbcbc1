package dev.rightful.center;

import dev.rightful.datamap.AdmtUse;
import dev.rightful.law.RequestType;
import dev.rightful.law.Right;
import dev.rightful.requests.AdmtOffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The first step of the request form: the rights in plain words, and the request to choose. Shown
 * again with {@code error} when the consumer sent no choice. Immutable.
 *
 * @param admt the ADMT requests the map offers (11 CCR 7221, 7222)
 */
public record ChoosePage(String error, AdmtOffer admt) {
  /** A page for a map that declares no ADMT use. */
  public ChoosePage(String error) {
    this(error, new AdmtOffer(List.of()));
  }

  /** The rights in the order of the notice, each with the requests that exercise it. */
  public List<Right> rights() {
    return List.of(Right.values());
  }

  public List<RequestChoice> choices(Right right) {
    return RequestChoice.exercising(right);
  }

  /**
   * The ADMT requests offered: the opt-out unless an exception covers every use (then {@link
   * #admtAppeal} names the appeal path instead), and access whenever ADMT is used.
   */
  public List<RequestChoice> admtChoices() {
    List<RequestChoice> out = new ArrayList<>();
    if (admt.offersOptOut()) {
      out.add(RequestChoice.of(RequestType.OPT_OUT_ADMT));
    }
    if (admt.offersAccess()) {
      out.add(RequestChoice.of(RequestType.ACCESS_ADMT));
    }
    return out;
  }

  /** The uses relying on an exception: each names its appeal path or exception (7220). */
  public List<AdmtUse> admtExcepted() {
    return admt.exceptedUses();
  }

  /** Every declared use, each with its pre-use notice. */
  public List<AdmtUse> admtUses() {
    return admt.uses();
  }

  /** Shine the Light (CC 1798.83) is a right under another law, so listed apart. */
  public RequestChoice directMarketing() {
    return RequestChoice.of(RequestType.DIRECT_MARKETING);
  }

  /** The error's id when there is one, else null (the attribute is then left out). */
  public String errorId() {
    return error == null ? null : "type-error";
  }
}
