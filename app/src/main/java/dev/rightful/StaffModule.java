package dev.rightful;

import dev.rightful.audit.StaffAuditSink;
import dev.rightful.staff.OidcLogin;
import dev.rightful.staff.Staff;
import dev.rightful.staff.StaffBootstrap;
import dev.rightful.staff.StaffRoutes;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;

/**
 * Staff accounts, sessions and API tokens. Its routes come first among the modules': the sign-in
 * guards they install protect every {@code /admin} route registered after them.
 */
final class StaffModule implements ServerModule {
  final Staff staff;
  private final App.Settings settings;
  private final StoreModule store;
  private final OidcLogin oidc;

  StaffModule(App.Settings settings, StoreModule store, AuditModule audit) {
    this.settings = settings;
    this.store = store;
    this.staff =
        Staff.create(store.database.jdbi(), settings.clock(), new StaffAuditSink(audit.audit));
    StaffBootstrap.ensureFirstAdmin(staff.users(), System.getenv());
    this.oidc =
        settings.oidc() == null
            ? null
            : new OidcLogin(
                settings.oidc(),
                store.database.jdbi(),
                staff,
                new StaffAuditSink(audit.audit),
                settings.clock());
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    new StaffRoutes(
            staff,
            store.secrets.all("staff-form"),
            settings.clock(),
            settings.https(),
            settings.devMode(),
            oidc)
        .register(routes);
  }
}
