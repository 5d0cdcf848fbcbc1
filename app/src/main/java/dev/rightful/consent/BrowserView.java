package dev.rightful.consent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A browser's own consent state, as {@code GET /api/v1/consent/me} returns it to {@code
 * /consent.js}: each purpose the notice declares with its decision, whether an opt-out preference
 * signal was received and honored, whether to show the banner, the GPP and US Privacy strings, and
 * the law the visitor's choices follow. Immutable.
 */
public record BrowserView(
    String device,
    String business,
    List<PurposeView> purposes,
    Signal gpc,
    boolean banner,
    boolean minor,
    boolean mayAskToOptIn,
    String gpp,
    List<Integer> gppSectionIds,
    Map<String, Map<String, Object>> gppSections,
    String usPrivacy,
    Law jurisdiction,
    Links links,
    Confirmation confirm,
    String refusal,
    @JsonInclude(JsonInclude.Include.NON_NULL) CollectionLine collection) {

  /**
   * The cookie banner's own notice at collection (7012), carried on its first layer: one line of
   * what its cookies collect and whether that is sold or shared, and the link to the full short
   * notice. Null when the data map names no cookie-banner collection point.
   */
  public record CollectionLine(String line, String url) {}

  /**
   * One purpose: its decision, whether the tool may change it ({@code locked} with the reason when
   * not), the recipients and vendors the data map lists for it, and the cookies those vendors set,
   * which the cookie tool clears while the purpose is refused.
   */
  public record PurposeView(
      String id,
      String label,
      String description,
      boolean allowed,
      String reason,
      String choice,
      String source,
      boolean locked,
      String lockedBecause,
      List<RecipientView> recipients,
      List<String> cookies) {}

  /** A recipient category of the data map and its named vendors. */
  public record RecipientView(String description, List<String> vendors) {}

  /**
   * The opt-out preference signal: whether this request carried one, whether the opt-out it asks
   * for is in force, and the message the site shows (7025(c)(6)).
   */
  public record Signal(boolean received, boolean honored, String message) {}

  /**
   * The law the visitor's choices follow: their US state ({@code region}, null when unknown), the
   * governing law's name (null for the national baseline), the GPP sections in force, the
   * sensitive-data model ({@code opt-in-consent}, {@code right-to-limit}, ...), and whether that
   * law requires honouring Global Privacy Control today (Rightful honours it everywhere).
   */
  public record Law(
      String region,
      String name,
      List<Integer> applicableSections,
      String sensitive,
      boolean gpcRequired) {}

  /** Where the privacy center's pages are. */
  public record Links(String doNotSell, String limit, String notice) {}

  /** The second step an opt-in awaits (7028(a)): the purposes and the token that confirms them. */
  public record Confirmation(List<String> purposes, String token, String message) {}
}
