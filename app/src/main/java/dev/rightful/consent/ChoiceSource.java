package dev.rightful.consent;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** How a choice reached the ledger. */
public enum ChoiceSource implements Vocabulary {
  /** An opt-out preference signal: {@code Sec-GPC: 1} or {@code navigator.globalPrivacyControl}. */
  GPC("gpc"),
  /** The cookie settings tool ({@code /consent.js}). */
  COOKIE_TOOL("cookie-tool"),
  /** The "Do Not Sell or Share" or "Limit the Use" form of the privacy center. */
  OPT_OUT_FORM("opt-out-form"),
  /** An opt-out or limit request handled by the requests capability. */
  RIGHTS_REQUEST("rights-request"),
  /** A member of staff, for instance on a call to the toll-free number. */
  STAFF("staff"),
  /** A parent's or guardian's verified consent for a child under 13 (7070(a)). */
  PARENTAL_CONSENT("parental-consent");

  private final String id;

  ChoiceSource(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<ChoiceSource> fromId(String id) {
    return Vocabulary.parse(ChoiceSource.class, id);
  }
}
