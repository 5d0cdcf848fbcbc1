package dev.rightful.center;

import dev.rightful.datamap.AdmtUse;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * Serves each ADMT use's pre-use notice at {@code /privacy/admt/{id}}, a stable address the privacy
 * notice and the request form link (11 CCR 7220). The map is fixed while the server runs.
 */
public final class AdmtNoticeRoutes {
  private final List<AdmtUse> uses;
  private final String company;
  private final CenterPages pages;

  public AdmtNoticeRoutes(List<AdmtUse> uses, String company, boolean limitLink) {
    this.uses = List.copyOf(uses);
    this.company = company;
    this.pages = new CenterPages(limitLink);
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/privacy/admt/{id}",
        ctx -> {
          AdmtUse use =
              uses.stream()
                  .filter(u -> u.id().equals(ctx.pathParam("id")))
                  .findFirst()
                  .orElseThrow(PageProblem::notFound);
          pages.render(ctx, 200, "admt", new AdmtNoticePage(use, company));
        });
  }
}
