package dev.rightful;

import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.DerivedSecrets;
import dev.rightful.datamap.DataMap;
import dev.rightful.store.Database;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.web.HealthRoutes;
import dev.rightful.web.OpenApiRoutes;
import dev.rightful.web.RateBuckets;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;

/**
 * Rightful's own database (migrated on open), the company's databases the map names, and the keys
 * that seal personal information and sign links and forms; serves health and the OpenAPI document.
 */
final class StoreModule implements ServerModule {
  final Database database;
  final CompanyDatabases company;
  final CryptoPiProtection pi;
  final DerivedSecrets secrets;

  /** The rate limits' buckets: in the store when it is PostgreSQL, else in memory. */
  final RateBuckets rateBuckets;

  StoreModule(App.Settings settings, DataMap map) {
    this.company = CompanyDatabases.resolve(map, System.getenv(), settings.companyFallback());
    try {
      this.database =
          Database.open(
              settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.dbPoolSize());
    } catch (RuntimeException e) {
      company.close();
      throw e;
    }
    this.pi = new CryptoPiProtection(settings.keys());
    this.secrets = new DerivedSecrets(settings.keys());
    this.rateBuckets =
        RateBuckets.forStore(settings.dbUrl(), database.limitsDataSource(), settings.clock());
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    new HealthRoutes(database).register(routes);
    new OpenApiRoutes().register(routes);
  }

  @Override
  public void close() {
    company.close();
    database.close();
  }
}
