package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brand a data map states: read, defaulted, and refused with its file and line. */
class BrandMapTest {
  @TempDir Path dir;

  private List<String> errors(String brand) throws IOException {
    Files.writeString(
        dir.resolve("business.yaml"),
        "business:\n  legalName: Acme Phones, Inc.\n  contact:\n    email: privacy@acme.example\n"
            + "  brand:\n"
            + brand);
    return DataMapLoader.load(dir).problems().stream()
        .filter(Problem::isError)
        .map(Problem::format)
        .filter(p -> p.contains("business.yaml"))
        .filter(p -> !p.contains("section"))
        .toList();
  }

  private Brand brand(String yaml) throws IOException {
    errors(yaml);
    return DataMapLoader.load(dir).map().business().brand();
  }

  @Test
  void a_full_brand_is_read_with_local_files_and_links() throws IOException {
    Files.createDirectories(dir.resolve("brand"));
    Files.writeString(dir.resolve("brand/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    Brand brand =
        brand(
            "    displayName: Acme\n"
                + "    logo: brand/logo.svg\n"
                + "    favicon: https://acme.example/favicon.ico\n"
                + "    primaryColor: \"#7A1F5C\"\n"
                + "    supportLinks:\n"
                + "      - text: Help\n"
                + "        url: https://acme.example/help\n");
    assertThat(brand.displayName()).isEqualTo("Acme");
    assertThat(brand.logo()).isEqualTo("brand/logo.svg");
    assertThat(brand.favicon()).isEqualTo("https://acme.example/favicon.ico");
    assertThat(brand.primaryColor()).isEqualTo("#7a1f5c");
    assertThat(brand.supportLinks())
        .containsExactly(new Brand.SupportLink("Help", "https://acme.example/help"));
  }

  @Test
  void without_a_brand_the_name_is_the_legal_name_and_the_colour_the_default() throws IOException {
    Files.writeString(
        dir.resolve("business.yaml"),
        "business:\n  legalName: Acme Phones, Inc.\n  contact:\n    email: privacy@acme.example\n");
    Brand brand = DataMapLoader.load(dir).map().business().brand();
    assertThat(brand.displayName()).isEqualTo("Acme Phones, Inc.");
    assertThat(brand.primaryColor()).isEqualTo(Brand.DEFAULT_COLOR);
    assertThat(Brand.contrastWithWhite(Brand.DEFAULT_COLOR)).isGreaterThan(Brand.AA_NORMAL_TEXT);
  }

  @Test
  void a_colour_that_is_not_hex_is_refused_at_its_line() throws IOException {
    assertThat(errors("    primaryColor: navy\n"))
        .singleElement()
        .asString()
        .contains("business.yaml:6:")
        .contains("'navy' is not a colour");
  }

  @Test
  void a_colour_too_light_for_white_text_is_refused_with_its_contrast() throws IOException {
    // #ffcc00 (yellow): white text on it has 1.51:1, far below AA's 4.5:1.
    assertThat(errors("    primaryColor: \"#ffcc00\"\n"))
        .singleElement()
        .asString()
        .contains("business.yaml:6:")
        .contains("1.51:1")
        .contains("WCAG AA needs 4.5:1");
    // #767676 is the lightest grey that passes (4.54:1); #777777 fails (4.48:1).
    assertThat(errors("    primaryColor: \"#767676\"\n")).isEmpty();
    assertThat(errors("    primaryColor: \"#777777\"\n")).hasSize(1);
  }

  @Test
  void a_logo_outside_the_map_folder_is_refused_and_a_missing_one_warned_of() throws IOException {
    assertThat(errors("    logo: ../secrets/key.png\n"))
        .singleElement()
        .asString()
        .contains("business.yaml:6:")
        .contains("neither an https:// URL nor a path inside the map folder");
    // A missing file is a warning: the map stays valid and the pages show no image.
    assertThat(errors("    favicon: brand/missing.ico\n")).isEmpty();
    assertThat(DataMapLoader.load(dir).problems())
        .filteredOn(p -> p.message().contains("favicon"))
        .singleElement()
        .satisfies(p -> assertThat(p.isError()).isFalse())
        .satisfies(p -> assertThat(p.format()).contains("business.yaml:6:", "not a file"));
    assertThat(DataMapLoader.load(dir).map().business().brand().favicon()).isNull();
    assertThat(errors("    logo: http://acme.example/logo.png\n")).hasSize(1);
  }

  @Test
  void a_support_link_must_be_https_or_mailto() throws IOException {
    assertThat(errors("    supportLinks:\n      - text: Help\n        url: javascript:alert(1)\n"))
        .singleElement()
        .asString()
        .contains("business.yaml:8:")
        .contains("https:// or mailto:");
  }
}
