package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.datamap.DataMapException;
import dev.rightful.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /consent.js} as served: its size, the settings the server writes into it. */
class ConsentScriptTest {
  @TempDir static Path dir;
  static ConsentTestServer server;

  @BeforeAll
  static void start() {
    server =
        new ConsentTestServer(
            TestMaps.sellsAndShares(dir.resolve("map"), "http://127.0.0.1:9/hook"),
            TestClock.at("2026-03-02"),
            Set.of(),
            431);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  String script() {
    HttpResponse<String> response = server.send(server.request("/consent.js"));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void the_served_script_stays_under_10_kb_gzipped() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(script().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(out.size()).isLessThan(10 * 1024);
  }

  @Test
  void the_server_writes_its_cmp_id_and_sections_into_the_script() {
    assertThat(script())
        .contains("/*rightful:config*/{\"cmpId\":431,\"apis\":[\"7:usnat\",\"8:usca\"],")
        .doesNotContain("\"cmpId\":0");
  }

  @Test
  void the_browser_view_lists_the_cookies_of_each_purpose_vendors() {
    var me = server.send(server.request("/api/v1/consent/me")).body();
    assertThat(me).contains("\"cookies\":[\"_fbp\",\"_ga_*\"]");
  }

  @Test
  void a_cookie_name_that_is_not_a_token_is_a_map_error_naming_it() {
    assertThatThrownBy(
            () ->
                TestMaps.sellsAndShares(
                    dir.resolve("bad"), "http://127.0.0.1:9/hook", "[\"_ga; path=/\"]"))
        .isInstanceOf(DataMapException.class)
        .hasMessageContaining("'_ga; path=/' is not a cookie name");
  }
}
