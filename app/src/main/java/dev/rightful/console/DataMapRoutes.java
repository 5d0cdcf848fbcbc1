package dev.rightful.console;

import dev.rightful.datamap.CategoryFlows;
import dev.rightful.datamap.DataMap;
import dev.rightful.law.Category;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The data map view ({@code /admin/datamap}, {@code ?category=A} for one category's flow): the map
 * loaded at start-up drawn as a diagram, with a table of the same flows. Read-only, for every role.
 * The map does not change while the server runs, so the flows are worked out once. Thread-safe.
 */
public final class DataMapRoutes {
  static final String PATH = "/admin/datamap";

  private final DataMap map;
  private final List<CategoryFlows.Flow> flows;

  public DataMapRoutes(DataMap map) {
    this.map = map;
    this.flows = CategoryFlows.of(map);
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, this::show);
  }

  private void show(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    String letter = ctx.queryParam("category");
    Category only = null;
    if (letter != null && !letter.isBlank()) {
      Optional<Category> category = Category.fromLetter(letter.strip());
      if (category.isEmpty()) {
        Templates.error(
            ctx, 400, "Unknown category", "Choose a category from the data map page's list.", user);
        return;
      }
      only = category.get();
    }
    Templates.render(
        ctx,
        200,
        "datamap",
        new DataMapPage(
            user, map.business().legalName(), DataMapDiagram.of(map, only), flows, only));
  }
}
