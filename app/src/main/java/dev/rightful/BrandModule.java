package dev.rightful;

import dev.rightful.brand.BrandAssets;
import dev.rightful.datamap.DataMap;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;

/**
 * The company's brand from the data map on every page: built first so its request hook binds the
 * brand before any page renders, and serves the theme stylesheet, logo and favicon.
 */
final class BrandModule implements ServerModule {
  final BrandAssets assets;

  BrandModule(DataMap map) {
    this.assets = new BrandAssets(map.business().brand(), map.directory());
  }

  @Override
  public void register(JavalinConfig config) {
    assets.register(config.routes);
  }
}
