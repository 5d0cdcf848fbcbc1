package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.apiclient.ApiClient;
import dev.rightful.apiclient.ApiException;
import dev.rightful.apiclient.api.ConsentApi;
import dev.rightful.apiclient.api.RequestsApi;
import dev.rightful.apiclient.api.RequestsStaffApi;
import dev.rightful.apiclient.model.ConsentDecision;
import dev.rightful.apiclient.model.ConsentPurpose;
import dev.rightful.apiclient.model.ExtendRequestRequest;
import dev.rightful.apiclient.model.PostConsentChoiceRequest;
import dev.rightful.apiclient.model.PostConsentDecisionsRequest;
import dev.rightful.apiclient.model.PostConsentDecisionsRequestRequestsInner;
import dev.rightful.apiclient.model.Request;
import dev.rightful.apiclient.model.Submission;
import dev.rightful.apiclient.model.SubmissionSubject;
import dev.rightful.apiclient.model.VerifyRequestRequest;
import dev.rightful.staff.Role;
import dev.rightful.staff.Scope;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: a client generated from openapi.json at build time (openapi-generator, Java,
 * library native with Jackson; see app/pom.xml) drives the real server the way a company's own code
 * would: a consumer's intake, staff reading, verifying and extending it, and a machine client
 * recording a choice and reading decisions. A document the generator cannot use, or one whose
 * models do not fit the server's answers, fails here.
 */
class GeneratedClientTest {
  static TestServer server;
  static String agent;
  static String service;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    var tokens = server.app().services().staff().tokens();
    agent = tokens.issue(Role.AGENT, "queue", Duration.ofDays(1), "test").secret();
    service =
        tokens
            .issue(Role.SERVICE, EnumSet.allOf(Scope.class), "crm", Duration.ofDays(1), "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A client of the server that sends {@code token} as its bearer token (null: none). */
  static ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(server.url(""));
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  @Test
  void a_request_goes_in_and_staff_verify_and_extend_it() throws ApiException {
    Request created =
        new RequestsApi(client(null))
            .submitRequest(
                new Submission()
                    .type(Submission.TypeEnum.KNOW_CATEGORIES)
                    .subject(
                        new SubmissionSubject().email("grace@example.com").name("Grace Hopper")),
                null);
    assertThat(created.getStatus()).isEqualTo("received");
    // the intake answer repeats no personal information
    assertThat(created.getSubject()).isNull();

    RequestsStaffApi staff = new RequestsStaffApi(client(agent));
    Request seen = staff.getRequest(created.getId());
    assertThat(seen.getReference()).isEqualTo(created.getReference());
    assertThat(seen.getSubject().getEmail()).isEqualTo("grace@example.com");
    assertThat(staff.listRequests(null)).extracting(Request::getId).contains(created.getId());

    Request verified =
        staff.verifyRequest(
            created.getId(),
            new VerifyRequestRequest()
                .dataPointsMatched(2)
                .declarationSigned(false)
                .method("email-otp"));
    assertThat(verified.getVerified()).isTrue();
    Request extended =
        staff.extendRequest(
            created.getId(),
            new ExtendRequestRequest().days(45).reason("Records are in an archive."));
    assertThat(extended.getExtendedDueBy()).isAfter(extended.getDueBy());
  }

  @Test
  void staff_calls_without_a_token_are_refused_with_401() {
    assertThatThrownBy(() -> new RequestsStaffApi(client(null)).listRequests(null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
  }

  @Test
  void a_recorded_opt_out_is_what_decisions_answer() throws ApiException {
    ConsentApi consent = new ConsentApi(client(service));
    consent.postConsentChoice(
        new PostConsentChoiceRequest()
            .subject("account:generated")
            .purposes(List.of(ConsentPurpose.SALE))
            .choice(PostConsentChoiceRequest.ChoiceEnum.OPT_OUT)
            .source(PostConsentChoiceRequest.SourceEnum.RIGHTS_REQUEST));

    ConsentDecision sale = consent.getConsentDecision("account:generated", ConsentPurpose.SALE);
    assertThat(sale.getAllowed()).isFalse();
    assertThat(sale.getReason()).isEqualTo(ConsentDecision.ReasonEnum.OPTED_OUT);

    var batch =
        consent.postConsentDecisions(
            new PostConsentDecisionsRequest()
                .requests(
                    List.of(
                        new PostConsentDecisionsRequestRequestsInner()
                            .subject("account:generated")
                            .purpose(ConsentPurpose.SALE),
                        new PostConsentDecisionsRequestRequestsInner()
                            .subject("account:generated")
                            .purpose(ConsentPurpose.SHARE))));
    assertThat(batch.getDecisions())
        .extracting(d -> d.getReason().getValue())
        .containsExactly("opted-out", "not-opted-out");
  }
}
