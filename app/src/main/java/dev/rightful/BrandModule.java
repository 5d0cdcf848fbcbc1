package dev.rightful;

import dev.rightful.brand.BrandAssets;
import dev.rightful.datamap.DataMap;
import dev.rightful.web.PageLanguage;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;

/**
 * The company's brand and languages from the data map on every page: built first so its request
 * hooks bind the brand and the consumer's language before any page renders, and serves the theme
 * stylesheet, logo and favicon.
 */
final class BrandModule implements ServerModule {
  final BrandAssets assets;
  final PageLanguage languages;

  BrandModule(DataMap map) {
    this.assets = new BrandAssets(map.business().brand(), map.directory());
    this.languages = new PageLanguage(map.business().languages());
  }

  @Override
  public void register(JavalinConfig config) {
    assets.register(config.routes);
    config.routes.before(languages::bind);
  }
}
