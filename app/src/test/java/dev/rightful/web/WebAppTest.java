package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.TestServer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebAppTest {
  static TestServer server;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthz_says_up() throws Exception {
    var response = server.get("/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("status").asText()).isEqualTo("UP");
  }

  @Test
  void readyz_reports_the_database_reachable() throws Exception {
    var response = server.get("/readyz");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("database").asText()).isEqualTo("UP");
  }

  @Test
  void every_response_carries_the_security_headers() {
    for (String path : new String[] {"/healthz", "/openapi.json", "/api/v1/nothing-here"}) {
      var headers = server.get(path).headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'", "frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline"));
      assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void an_unknown_api_path_is_a_problem_json_404() throws Exception {
    var response = server.get("/api/v1/nothing-here");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/nothing-here");
  }

  @Test
  void openapi_document_is_3_1_and_describes_every_route_except_the_ui_and_assets()
      throws Exception {
    var response = server.get("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode doc = json.readTree(response.body());
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    Set<String> documented = new HashSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            documented.add(
                                method.toUpperCase()
                                    + " "
                                    + path.getKey().replaceAll("\\{(\\w+)}", "{$1}"))));
    Set<String> served = new HashSet<>();
    for (String route : server.app().routes()) {
      String normalised = route.replaceAll("<(\\w+)>", "{$1}");
      // The privacy center's pages (/privacy/requests…) are HTML, not API.
      if (!normalised.matches(
          "\\w+ /(|swagger|openapi\\.json|assets.*|webjars.*|brand.*|admin.*|privacy/requests.*)")) {
        served.add(normalised);
      }
    }
    assertThat(documented).containsAll(served);
  }

  @Test
  void swagger_ui_is_served_with_its_assets() {
    var page = server.get("/swagger");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("/webjars/swagger-ui/" + OpenApiRoutes.SWAGGER_VERSION + "/swagger-ui-bundle.js");
    assertThat(
            server
                .get(
                    "/webjars/swagger-ui/"
                        + OpenApiRoutes.SWAGGER_VERSION
                        + "/swagger-ui-bundle.js")
                .statusCode())
        .isEqualTo(200);
    assertThat(server.get("/assets/swagger-init.js").statusCode()).isEqualTo(200);
  }

  @Test
  void a_staff_page_without_a_session_redirects_to_login_and_never_errors() {
    var response = server.get("/admin/requests");
    assertThat(response.statusCode()).isIn(302, 303);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/admin/login"));
  }
}
