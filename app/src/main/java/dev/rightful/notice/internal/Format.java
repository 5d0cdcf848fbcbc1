package dev.rightful.notice.internal;

import dev.rightful.law.SensitiveKind;
import dev.rightful.notice.NoticeDocument;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns notice values into the words and links both renderers print: dates, category letters,
 * recipient kinds, retention periods, {@code tel:} and {@code mailto:} links. Thread-safe.
 */
public final class Format {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private Format() {}

  /** {@code June 1, 2026}; empty for no date. */
  public static String date(LocalDate date) {
    return date != null ? DATE.format(date) : "";
  }

  /** {@code 2026-06-01}; empty for no date. */
  public static String isoDate(LocalDate date) {
    return date != null ? date.toString() : "";
  }

  /** {@code A, B, D}. */
  public static String letters(List<String> letters) {
    return String.join(", ", letters);
  }

  /** The words for a recipient kind id: {@code Service provider}, {@code Third party}… */
  public static String kind(String kind) {
    if (kind == null) {
      return "";
    }
    return switch (kind) {
      case "service-provider" -> "Service provider";
      case "contractor" -> "Contractor";
      case "third-party" -> "Third party";
      default -> kind;
    };
  }

  /** The words for a transfer id: {@code Sale}, {@code Share} or {@code Sale and share}. */
  public static String transfer(String transfer) {
    if (transfer == null) {
      return "";
    }
    return switch (transfer) {
      case "sale" -> "Sale";
      case "share" -> "Share";
      case "sale-and-share" -> "Sale and share";
      default -> transfer;
    };
  }

  /** The description of a sensitive kind id, such as {@code Precise geolocation}. */
  public static String sensitiveKind(String id) {
    return SensitiveKind.fromId(id).map(SensitiveKind::description).orElse(id);
  }

  /**
   * How long a kind of data is kept: the map's own wording when it has one, otherwise the period
   * and what happens after it ({@code 4 years, then deleted}).
   */
  public static String keptFor(NoticeDocument.Retention retention) {
    if (retention.rule() != null && !retention.rule().isBlank()) {
      return retention.rule();
    }
    if (retention.period() == null) {
      return "";
    }
    String then = "anonymize".equals(retention.action()) ? "anonymized" : "deleted";
    Period period = Period.parse(retention.period());
    if (period.isZero()) {
      return then + " as soon as it is no longer needed";
    }
    return period(period) + ", then " + then;
  }

  /** {@code 1 year and 6 months}, {@code 180 days}. */
  static String period(Period period) {
    List<String> parts = new ArrayList<>();
    unit(parts, period.getYears(), "year");
    unit(parts, period.getMonths(), "month");
    unit(parts, period.getDays(), "day");
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private static void unit(List<String> parts, int amount, String unit) {
    if (amount != 0) {
      parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
    }
  }

  /** {@code tel:+18669788260} for {@code +1 866-978-8260}. */
  public static String tel(String number) {
    StringBuilder out = new StringBuilder("tel:");
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (Character.isDigit(c) || (c == '+' && out.length() == 4)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code mailto:} the address, percent-encoding anything outside a plain address. */
  public static String mailto(String email) {
    StringBuilder out = new StringBuilder("mailto:");
    for (byte b : email.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "@.-_+".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /**
   * The URL when it is an {@code http} or {@code https} address or a path on this server, else null
   * (never a script).
   */
  public static String webUrl(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.trim().toLowerCase(Locale.ROOT);
    // A path on this server (the notice Rightful serves links its own privacy center); never
    // "//host", which leaves it.
    boolean path = lower.startsWith("/") && !lower.startsWith("//");
    return lower.startsWith("https://") || lower.startsWith("http://") || path ? url.trim() : null;
  }
}
