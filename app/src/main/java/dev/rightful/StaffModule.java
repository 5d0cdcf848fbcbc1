package dev.rightful;

import dev.rightful.audit.StaffAuditSink;
import dev.rightful.staff.Staff;
import dev.rightful.staff.StaffBootstrap;
import dev.rightful.staff.StaffRoutes;
import dev.rightful.web.ServerModule;
import io.javalin.config.RoutesConfig;

/**
 * Staff accounts, sessions and API tokens. Its routes come first among the modules': the sign-in
 * guards they install protect every {@code /admin} route registered after them.
 */
final class StaffModule implements ServerModule {
  final Staff staff;
  private final App.Settings settings;

  StaffModule(App.Settings settings, StoreModule store, AuditModule audit) {
    this.settings = settings;
    this.staff =
        Staff.create(store.database.jdbi(), settings.clock(), new StaffAuditSink(audit.audit));
    StaffBootstrap.ensureFirstAdmin(staff.users(), System.getenv());
  }

  @Override
  public void register(RoutesConfig routes) {
    new StaffRoutes(staff, settings.clock(), settings.https(), settings.devMode()).register(routes);
  }
}
