package dev.rightful.datamap;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the company presents itself on every consumer surface (pages, notice, cookie banner, mails)
 * and in the console: its display name, logo, primary colour, favicon and support links. {@code
 * logo} and {@code favicon} are an {@code https://} URL or a path inside the map folder, {@code
 * null} when the map names none.
 */
public record Brand(
    String displayName,
    String logo,
    String primaryColor,
    String favicon,
    List<SupportLink> supportLinks) {

  /** The colour used when the map states none: passes AA with white text (7.0:1). */
  public static final String DEFAULT_COLOR = "#1d4f91";

  /** WCAG 2.x success criterion 1.4.3: normal text needs a contrast ratio of at least 4.5:1. */
  public static final double AA_NORMAL_TEXT = 4.5;

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  public Brand {
    primaryColor = primaryColor == null ? DEFAULT_COLOR : primaryColor.toLowerCase(Locale.ROOT);
    supportLinks = supportLinks == null ? List.of() : List.copyOf(supportLinks);
  }

  /** A brand with only a name, for maps that state no brand. */
  public static Brand plain(String displayName) {
    return new Brand(displayName, null, null, null, List.of());
  }

  /** A link to the company's own help for consumers, shown beside the privacy links. */
  public record SupportLink(String text, String url) {}

  /** Whether {@code value} is a colour as the map states it: {@code #} and six hex digits. */
  public static boolean isHexColor(String value) {
    return value != null && HEX.matcher(value).matches();
  }

  /**
   * The contrast ratio of white text on this six-digit hex colour (WCAG 2.x relative luminance).
   */
  public static double contrastWithWhite(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    double luminance =
        0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    return 1.05 / (luminance + 0.05);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Whether a logo or favicon value names a file in the map folder rather than a URL. */
  public static boolean isLocalFile(String value) {
    return value != null && !value.startsWith("https://") && !value.startsWith("http://");
  }
}
