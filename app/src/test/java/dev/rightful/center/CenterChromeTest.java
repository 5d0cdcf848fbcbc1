package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The privacy center's page chrome links "Limit the Use of My Sensitive Personal Information"
 * exactly when the map offers it (rule 43; CC 1798.135(a)(2); 7014(h)).
 */
class CenterChromeTest {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private static String render(String template, Object page, boolean limitLink) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, Map.of("page", page, "limitLink", limitLink), out);
    return out.toString();
  }

  @Test
  void the_limit_link_follows_the_map_on_every_page_layout() {
    MessagePage message = new MessagePage("Not found", "No such request.");
    ChoosePage choose = new ChoosePage(null);

    for (Object[] page :
        new Object[][] {{"center/message.jte", message}, {"center/choose.jte", choose}}) {
      String offered = render((String) page[0], page[1], true);
      String notOffered = render((String) page[0], page[1], false);

      assertThat(Jsoup.parse(offered).select("footer a[href=/privacy/limit]"))
          .as((String) page[0])
          .hasSize(1);
      assertThat(Jsoup.parse(notOffered).select("a[href=/privacy/limit]"))
          .as((String) page[0])
          .isEmpty();
      assertThat(Jsoup.parse(notOffered).select("footer a[href=/privacy/do-not-sell]")).hasSize(1);
    }
  }

  @Test
  void the_request_choices_offer_a_limit_request_only_when_the_map_offers_limit() {
    ChoosePage choose = new ChoosePage(null);
    var offered = Jsoup.parse(render("center/choose.jte", choose, true));
    var notOffered = Jsoup.parse(render("center/choose.jte", choose, false));
    assertThat(offered.select("input[name=type]").eachAttr("value")).contains("limit-sensitive");
    assertThat(notOffered.select("input[name=type]").eachAttr("value"))
        .doesNotContain("limit-sensitive")
        .contains("opt-out", "delete", "direct-marketing");
    assertThat(notOffered.text()).doesNotContainIgnoringCase("sensitive personal information");
  }
}
