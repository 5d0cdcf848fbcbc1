package dev.rightful.fulfil.notify;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.law.Category;
import dev.rightful.law.RecipientDuty;
import dev.rightful.law.RequestType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which requests are passed on to recipients, as which notice kind, and to whom: the rules {@link
 * Notices} queues by, read from the law ({@link RecipientDuty}) and the data map. Stateless and
 * thread-safe.
 */
public final class NoticeKinds {
  private NoticeKinds() {}

  /** The notice kind a request of {@code type} causes, if any. */
  public static Optional<String> kindOf(RequestType type) {
    return switch (type) {
      case DELETE -> Optional.of("delete");
      case CORRECT -> Optional.of("correct");
      case OPT_OUT -> Optional.of("opt-out");
      case LIMIT_SENSITIVE -> Optional.of("limit");
      case OPT_OUT_ADMT -> Optional.of("opt-out-admt");
      default -> Optional.empty();
    };
  }

  /**
   * Whether a request of {@code type} is passed on to its recipients as it arrives, in the
   * transaction that records it: an opt-out or a limit asks nothing of the company's databases, so
   * telling the recipients is the work itself (7026(f)(2)-(3), 7027(g)). Deletions and corrections
   * are passed on once carried out.
   */
  public static boolean toldOnReceipt(RequestType type) {
    return type == RequestType.OPT_OUT
        || type == RequestType.LIMIT_SENSITIVE
        || type == RequestType.OPT_OUT_ADMT;
  }

  /** The request type that causes notices of {@code kind}: {@link #kindOf} read backwards. */
  static RequestType typeOf(String kind) {
    return Arrays.stream(RequestType.values())
        .filter(type -> kindOf(type).filter(kind::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown notice kind " + kind));
  }

  /** The recipients of {@code map} a notice of {@code kind} goes to, by {@link RecipientDuty}. */
  static List<Recipient> recipientsFor(DataMap map, String kind) {
    RequestType type = typeOf(kind);
    if (type == RequestType.OPT_OUT_ADMT) {
      // 7221(n): those the map says receive information for an ADMT use that offers the opt-out
      java.util.Set<String> ids = new java.util.HashSet<>();
      map.admt().stream()
          .filter(dev.rightful.datamap.AdmtUse::optOutOffered)
          .forEach(use -> ids.addAll(use.recipients()));
      return map.recipients().stream().filter(r -> ids.contains(r.id())).toList();
    }
    return map.recipients().stream()
        .filter(
            r ->
                RecipientDuty.mustTell(
                    type, r.kind(), r.transfer(), r.categories().contains(Category.L)))
        .toList();
  }

  /**
   * How many notices of {@code kind} one request gets: one per named company of each recipient
   * concerned, and one for a recipient that names none.
   */
  static int perRequest(DataMap map, String kind) {
    return recipientsFor(map, kind).stream().mapToInt(r -> Math.max(1, r.vendors().size())).sum();
  }
}
