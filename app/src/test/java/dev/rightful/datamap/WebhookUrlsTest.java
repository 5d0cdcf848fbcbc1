package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookUrlsTest {
  @Test
  void https_anywhere_and_plain_http_to_loopback_are_allowed() {
    assertThat(WebhookUrls.problem("https://adco.example/privacy")).isEmpty();
    assertThat(WebhookUrls.problem("HTTPS://adco.example")).isEmpty();
    assertThat(WebhookUrls.problem("http://127.0.0.1:9/hook")).isEmpty();
    assertThat(WebhookUrls.problem("http://127.1.2.3/hook")).isEmpty();
    assertThat(WebhookUrls.problem("http://localhost:8080/hook")).isEmpty();
    assertThat(WebhookUrls.problem("http://LOCALHOST/hook")).isEmpty();
    assertThat(WebhookUrls.problem("http://[::1]:8080/hook")).isEmpty();
  }

  @Test
  void plain_http_elsewhere_is_refused_saying_what_to_write_instead() {
    assertThat(WebhookUrls.problem("http://adco.example:8443/privacy?x=1"))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .contains("is plain http", "email address and phone number")
                    .contains("use https://adco.example:8443/privacy"));
    assertThat(WebhookUrls.problem("http://10.0.0.7/hook")).isPresent();
    assertThat(WebhookUrls.problem("http://localhost.adco.example/hook")).isPresent();
    assertThat(WebhookUrls.problem("http://127.0.0.1.adco.example/hook")).isPresent();
  }

  @Test
  void a_url_that_is_not_http_at_all_is_refused() {
    assertThat(WebhookUrls.problem("ftp://adco.example/x")).isPresent();
    assertThat(WebhookUrls.problem("adco.example/privacy")).isPresent();
    assertThat(WebhookUrls.problem("https://adco example")).isPresent();
  }
}
