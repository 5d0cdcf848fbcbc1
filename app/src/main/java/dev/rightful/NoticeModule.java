package dev.rightful;

import dev.rightful.datamap.DataMap;
import dev.rightful.notice.CollectionNotice;
import dev.rightful.notice.CollectionNoticeBuilder;
import dev.rightful.notice.CollectionRoutes;
import dev.rightful.notice.NoticeBuilder;
import dev.rightful.notice.NoticeDocument;
import dev.rightful.notice.NoticePublisher;
import dev.rightful.notice.NoticeRoutes;
import dev.rightful.web.Json;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;
import java.util.List;

/**
 * The CCPA notice generated from the map, recorded as published when it changes (so a regulator can
 * be shown which notice was in force when) and served as HTML, Markdown and JSON.
 */
final class NoticeModule implements ServerModule {
  final NoticeDocument notice;
  final List<CollectionNotice> collectionNotices;
  private final NoticePublisher publisher;

  NoticeModule(App.Settings settings, DataMap map, StoreModule store) {
    // This server serves the privacy center the notice tells consumers to use: without a public
    // address (start-dev), the notice links it by path, not the map's outside page (rule 1).
    this.notice =
        new NoticeBuilder().build(map, settings.publicUrl() == null ? "" : settings.publicUrl());
    this.collectionNotices = new CollectionNoticeBuilder().build(map, notice);
    this.publisher = new NoticePublisher(store.database.jdbi(), settings.clock());
    publisher.publish(NoticeRoutes.toJson(Json.mapper(), notice), notice.lastUpdated());
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    new NoticeRoutes(notice, Json.mapper(), publisher).register(routes);
    new CollectionRoutes(collectionNotices, notice, Json.mapper()).register(routes);
  }
}
