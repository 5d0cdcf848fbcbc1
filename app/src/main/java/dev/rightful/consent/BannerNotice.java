package dev.rightful.consent;

import dev.rightful.datamap.CollectionPoint;
import dev.rightful.datamap.DataMap;
import dev.rightful.notice.CollectionNotice;
import dev.rightful.notice.CollectionNoticeBuilder;
import dev.rightful.notice.CollectionNoticeText;
import dev.rightful.notice.NoticeBuilder;
import java.util.Optional;

/**
 * The cookie banner's notice at collection (7012): the line its first layer shows and the path of
 * the short notice it links, derived from the map's cookie-banner collection point through the
 * notice package, so the banner says what the served notice says. Immutable.
 */
record BannerNotice(String line, String path) {

  /** The first cookie-banner point's notice; empty when the map names none. */
  static Optional<BannerNotice> of(DataMap map, String publicUrl) {
    return map.collectionPoints().stream()
        .filter(p -> p.kind() == CollectionPoint.Kind.COOKIE_BANNER)
        .findFirst()
        .map(
            point -> {
              CollectionNotice notice =
                  new CollectionNoticeBuilder()
                      .build(
                          map,
                          new NoticeBuilder().build(map, publicUrl == null ? "" : publicUrl),
                          point);
              return new BannerNotice(CollectionNoticeText.bannerLine(notice), notice.path());
            });
  }
}
