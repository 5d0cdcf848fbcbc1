package dev.rightful.datamap;

import dev.rightful.law.Category;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A place where the business collects personal information from consumers, each of which must carry
 * a notice at collection (CC 1798.100(a); 11 CCR 7012): a web form, a recorded call line, a job
 * application page, the cookie banner, a counter in a shop. {@code purposeIds} name the map's
 * purposes the information collected there is used for; empty, every purpose the notice's "Use"
 * list prints. {@code retentionIds} name the retention rules that keep it; empty, every rule
 * covering one of its categories. Immutable.
 */
public record CollectionPoint(
    String id,
    Kind kind,
    String title,
    String url,
    Set<Category> categories,
    List<String> purposeIds,
    List<String> retentionIds,
    Location location) {

  public CollectionPoint {
    purposeIds = purposeIds == null ? List.of() : List.copyOf(purposeIds);
    retentionIds = retentionIds == null ? List.of() : List.copyOf(retentionIds);
  }

  /** How the consumer meets the point, which decides how the notice is given (7012(c)). */
  public enum Kind {
    WEB_FORM("web-form"),
    // 7012(c): collected by phone, the notice is given orally, before the caller gives any.
    PHONE_CALL("phone-call"),
    JOB_APPLICATION("job-application"),
    // 7012(c): online tracking starts on the page, so the banner's first layer carries it.
    COOKIE_BANNER("cookie-banner"),
    // 7012(c): in person, on the printed form or a prominent sign where it is collected.
    IN_PERSON("in-person");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** Whether the notice is read aloud rather than shown. */
    public boolean oral() {
      return this == PHONE_CALL;
    }

    public static Optional<Kind> fromId(String id) {
      for (Kind kind : values()) {
        if (kind.id.equals(id)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    public static List<String> ids() {
      return java.util.Arrays.stream(values()).map(Kind::id).toList();
    }
  }
}
