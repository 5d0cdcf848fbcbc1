package dev.rightful.brand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.RequestType;
import dev.rightful.mail.MailKind;
import dev.rightful.mail.OutboxEntry;
import dev.rightful.requests.RightsRequest;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import dev.rightful.web.PageBrand;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brand in a copy of the example map is changed, and every surface shows the new one: the
 * privacy center, the opt-out page, the notice, the cookie banner's stylesheet, the console's
 * sign-in and the consumer mails.
 */
class BrandSurfacesTest {
  static final String NAME = "Acme Phones";
  static final String COLOR = "#7a1f5c";
  static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>acme</title></svg>";

  @TempDir static Path dir;
  static TestServer server;
  static WebClient web;

  @BeforeAll
  static void start() throws IOException {
    Path map = dir.resolve("map");
    copy(Repo.exampleMap(), map);
    Path business = map.resolve("business.yaml");
    String yaml = Files.readString(business);
    String brand =
        "  brand:\n"
            + "    displayName: "
            + NAME
            + "\n    logo: art/acme-logo.svg\n"
            + "    favicon: art/acme-logo.svg\n"
            + "    primaryColor: \""
            + COLOR
            + "\"\n    supportLinks:\n"
            + "      - text: Acme help desk\n"
            + "        url: https://help.acme.example/privacy\n";
    int start = yaml.indexOf("  brand:\n");
    int end = yaml.indexOf("\nnotice:");
    assertThat(start).as("the example map states a brand").isPositive();
    Files.writeString(business, yaml.substring(0, start) + brand + yaml.substring(end));
    Files.createDirectories(map.resolve("art"));
    Files.writeString(map.resolve("art/acme-logo.svg"), LOGO);
    server = TestServer.start(map, TestServer.h2Url(), "sa", "");
    web = WebClient.of(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_privacy_center_shows_the_name_logo_favicon_colour_and_support_links() {
    Document page = web.page("/privacy/requests");
    assertThat(page.select(".rf-brandbar__name").text()).isEqualTo(NAME);
    assertThat(page.title()).contains(NAME);
    String logo = page.select("img.rf-brandbar__logo").attr("src");
    assertThat(web.get(logo).body()).isEqualTo(LOGO);
    assertThat(web.get(logo).headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo(logo);
    assertThat(page.select("#support-links a").attr("href"))
        .isEqualTo("https://help.acme.example/privacy");
    assertThat(page.select("#support-links a").text()).isEqualTo("Acme help desk");
    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly(PageBrand.DESIGN_CSS, PageBrand.SITE_CSS, PageBrand.THEME_CSS);
    assertThat(web.get(PageBrand.THEME_CSS).body()).contains("--rf-brand:" + COLOR);
    HttpResponse<String> design = web.get(PageBrand.DESIGN_CSS);
    assertThat(design.statusCode()).isEqualTo(200);
    assertThat(design.body()).contains(".govuk-button").doesNotContain("@font-face");
  }

  @Test
  void nothing_else_of_the_map_folder_is_served() {
    assertThat(web.get("/brand/files/business.yaml").statusCode()).isEqualTo(404);
    assertThat(web.get("/brand/files/..%2Fbusiness.yaml").statusCode()).isEqualTo(404);
  }

  @Test
  void the_opt_out_page_and_the_console_show_the_name() {
    assertThat(web.page("/privacy/do-not-sell").select(".rf-brandbar__name").text())
        .isEqualTo(NAME);
    Document login = web.page("/admin/login");
    assertThat(login.select(".rf-brandbar__name").text()).isEqualTo(NAME);
    assertThat(login.title()).contains(NAME);
  }

  @Test
  void the_notice_shows_the_name_in_the_brand_colour_under_its_policy() {
    HttpResponse<String> notice = web.get("/privacy/notice");
    Document page = Jsoup.parse(notice.body());
    assertThat(page.select(".brandbar").text()).isEqualTo(NAME);
    assertThat(page.select("style").html()).contains("--brand: " + COLOR);
    assertThat(notice.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("style-src 'sha256-");
  }

  @Test
  void the_cookie_banner_takes_the_brand_colour() {
    String css = web.get("/consent/consent.css").body();
    assertThat(css).contains(COLOR).doesNotContain("#0b4f8a");
  }

  @Test
  void consumer_mails_sign_with_the_brand_and_its_support_links() {
    RightsRequest request =
        server
            .app()
            .services()
            .requests()
            .submit(
                Submissions.api(RequestType.DELETE, "jane.brand@example.com", "Jane Brand", null),
                "consumer")
            .request();
    OutboxEntry receipt =
        server.app().services().outbox().list(500).stream()
            .filter(m -> request.reference().equals(m.requestId()))
            .filter(m -> m.kind() == MailKind.RECEIPT)
            .findFirst()
            .orElseThrow();
    assertThat(receipt.body())
        .contains(NAME + " (Net2Phone Global Services, LLC)")
        .contains("Acme help desk: https://help.acme.example/privacy");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
