package dev.rightful.cli;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Plain SQL on Rightful's own database, for tests that check it independently of the server. */
final class ClusterSql {
  private ClusterSql() {}

  static List<String> texts(Jdbi db, String sql) {
    return db.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  static long count(Jdbi db, String sql, Object... params) {
    return db.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < params.length; i++) {
            query.bind(i, params[i]);
          }
          return query.mapTo(Long.class).one();
        });
  }
}
