package dev.rightful.consent;

import dev.rightful.web.ClientAddresses;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the US state a cookie-tool visitor is in, from (1) a region header the operator's CDN or
 * proxy sets ({@code --consent-region-header}, e.g. {@code CloudFront-Viewer-Country-Region} or
 * {@code cf-region-code}), believed only when the connection comes from a trusted proxy ({@code
 * --trusted-proxies}), as client addresses are; else (2) the {@code data-region} attribute the host
 * page put on the script tag, which the tool sends; else nothing, and the data map's default
 * applies. Immutable and thread-safe.
 */
final class VisitorRegion {
  /** The 50 states and the District of Columbia, as ISO 3166-2:US writes them after "US-". */
  static final Set<String> US_STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY");

  private final String header;
  private final ClientAddresses proxies;

  /** {@code header}: the region header's name, or null for none. */
  VisitorRegion(String header, ClientAddresses proxies) {
    this.header = header == null || header.isBlank() ? null : header.strip();
    this.proxies = proxies == null ? ClientAddresses.DIRECT : proxies;
  }

  /** The visitor's state for a request whose page claims {@code claimed} (or null). */
  Optional<String> of(Context ctx, String claimed) {
    String value = header == null ? null : ctx.header(header);
    return resolve(value, value != null && proxies.trusts(ctx.req().getRemoteAddr()), claimed);
  }

  /**
   * The state from a region header's {@code value}, believed when {@code trusted}, else from the
   * page's {@code claimed} attribute; empty when neither names a US state. A header naming a region
   * that is no US state (a province, say) tells nothing, and the page's claim is read instead.
   */
  static Optional<String> resolve(String value, boolean trusted, String claimed) {
    if (trusted) {
      Optional<String> fromHeader = parse(value);
      if (fromHeader.isPresent()) {
        return fromHeader;
      }
    }
    return parse(claimed);
  }

  /** {@code CO}, {@code co} or {@code US-CO} as {@code CO}; empty for anything else. */
  static Optional<String> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (code.startsWith("US-")) {
      code = code.substring(3);
    }
    return US_STATES.contains(code) ? Optional.of(code) : Optional.empty();
  }
}
