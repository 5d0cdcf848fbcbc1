package dev.rightful.notice;

import dev.rightful.datamap.CollectionPoint;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Purpose;
import dev.rightful.law.Category;
import dev.rightful.notice.internal.Format;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives each collection point's {@link CollectionNotice} from the map's points and the full
 * notice built from the same map. Pure and thread-safe.
 */
public final class CollectionNoticeBuilder {
  /** Where each point's notice is served: {@code /notice/collection/{id}}. */
  public static final String PATH = "/notice/collection/";

  /* No fact is read twice: the categories' names and specifics, the sold or shared categories, the
   * retention wording and every link come from the full notice's rows; the map gives only the
   * point itself and the wording of the purposes it names, which the full notice prints only when
   * they are listed as uses. */

  public List<CollectionNotice> build(DataMap map, NoticeDocument doc) {
    return map.collectionPoints().stream().map(point -> build(map, doc, point)).toList();
  }

  public CollectionNotice build(DataMap map, NoticeDocument doc, CollectionPoint point) {
    Set<String> letters = new LinkedHashSet<>();
    for (Category category : Category.values()) {
      if (point.categories().contains(category)) {
        letters.add(category.letter());
      }
    }
    List<CollectionNotice.Collected> collected =
        doc.categories().stream()
            .filter(row -> letters.contains(row.id()))
            .map(row -> new CollectionNotice.Collected(row.id(), row.name(), row.specifics()))
            .toList();
    Set<String> sold = new LinkedHashSet<>();
    for (NoticeDocument.SoldOrShared row : doc.soldOrShared()) {
      row.categories().stream().filter(letters::contains).forEach(sold::add);
    }
    List<String> soldInOrder = letters.stream().filter(sold::contains).toList();
    boolean limit = letters.contains(Category.L.letter()) && !doc.limitMethods().isEmpty();
    return new CollectionNotice(
        point.id(),
        point.kind() != null ? point.kind().id() : null,
        point.title(),
        point.kind() != null && point.kind().oral(),
        doc.business().legalName(),
        doc.lastUpdated(),
        collected,
        purposes(map, doc, point),
        !soldInOrder.isEmpty(),
        soldInOrder,
        kept(doc, point, letters),
        PATH + point.id(),
        noticeUrl(doc),
        soldInOrder.isEmpty() ? null : doc.contact().optOutUrl(),
        limit ? doc.contact().limitUrl() : null,
        doc.contact().tollFree());
  }

  private static List<String> purposes(DataMap map, NoticeDocument doc, CollectionPoint point) {
    if (point.purposeIds().isEmpty()) {
      return doc.purposes().stream().map(NoticeDocument.Use::description).toList();
    }
    return point.purposeIds().stream()
        .map(id -> map.findPurpose(id).map(Purpose::description).orElse(id))
        .toList();
  }

  private static List<CollectionNotice.Kept> kept(
      NoticeDocument doc, CollectionPoint point, Set<String> letters) {
    List<CollectionNotice.Kept> kept = new ArrayList<>();
    for (NoticeDocument.Retention row : doc.retention()) {
      boolean named = point.retentionIds().contains(row.id());
      boolean covers = row.categories().stream().anyMatch(letters::contains);
      if (point.retentionIds().isEmpty() ? covers : named) {
        kept.add(
            new CollectionNotice.Kept(
                row.data(),
                row.categories().stream().filter(letters::contains).toList(),
                Format.keptFor(row)));
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The full notice's address: beside the privacy center's forms, whose address the notice already
   * derived; otherwise the path this server serves it at.
   */
  static String noticeUrl(NoticeDocument doc) {
    String request = doc.contact().requestUrl();
    if (request != null && request.endsWith(NoticeBuilder.REQUEST_PATH)) {
      return request.substring(0, request.length() - NoticeBuilder.REQUEST_PATH.length())
          + "/privacy/notice";
    }
    return "/privacy/notice";
  }
}
