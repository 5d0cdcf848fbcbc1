package dev.rightful.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.testing.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {
  final TestClock clock = TestClock.at("2026-03-02");
  final Messages messages = new Messages(SampleMessages.ACME, clock);

  @Test
  void every_kind_has_a_template_and_a_sample_stating_its_facts() {
    List<SampleMessages.Sample> samples = SampleMessages.all(clock);
    assertThat(samples.stream().map(s -> s.message().kind()))
        .containsExactlyInAnyOrder(MailKind.values());
    for (SampleMessages.Sample sample : samples) {
      MailMessage message = sample.message();
      assertThat(message.subject()).as(sample.toString()).contains(sample.subjectPart());
      assertThat(message.body()).as(sample.toString()).contains(sample.facts());
      assertThat(message.subject() + message.body()).as(sample.toString()).doesNotContain("{{");
      assertThat(message.requestId()).isEqualTo("R-1001");
      assertThat(message.to()).isEqualTo(SampleMessages.CONSUMER);
    }
  }

  @Test
  void subjects_carry_no_personal_information() {
    for (SampleMessages.Sample sample : SampleMessages.all(clock)) {
      assertThat(sample.message().subject())
          .doesNotContain(SampleMessages.CONSUMER, "482913", "Privacy Helpers");
    }
  }

  @Test
  void a_receipt_tells_of_the_45_more_days_only_where_the_law_allows_an_extension() {
    // 7021(b), CC 1798.130(a)(2): know, delete and correct may be extended once; a request to
    // limit (7027(g): 15 business days) and Shine the Light (CC 1798.83) may not.
    for (RequestType type : RequestType.values()) {
      if (type == RequestType.OPT_OUT) {
        continue; // has its own confirmation
      }
      String body =
          messages
              .receipt(
                  "R-9",
                  "x@mail.example",
                  type,
                  SampleMessages.RECEIVED,
                  "A code.",
                  LocalDate.of(2026, 4, 15))
              .body();
      assertThat(body.contains("45 more days"))
          .as("%s receipt:%n%s", type, body)
          .isEqualTo(type.clock().extendable());
    }
  }

  @Test
  void a_shine_the_light_refusal_does_not_send_the_consumer_to_the_privacy_agency() {
    String refusal =
        messages
            .denial(
                "R-9",
                "x@mail.example",
                RequestType.DIRECT_MARKETING,
                DenialBasis.ANSWERED_THIS_YEAR,
                "Ask again from January 1, 2027.")
            .body();
    assertThat(refusal).contains("Attorney General").doesNotContain("Privacy Protection Agency");
    String deletion =
        messages
            .denial(
                "R-9", "x@mail.example", RequestType.DELETE, DenialBasis.UNVERIFIED, "No match.")
            .body();
    assertThat(deletion).contains("California Privacy Protection Agency", "Attorney General");
  }

  @Test
  void company_name_and_contact_come_from_the_parameters() {
    var other =
        new Messages(
            new CompanyContact("Blue Fern Bank", "rights@bluefern.example", "1-888-555-0199", null),
            clock);
    MailMessage receipt =
        other.receipt(
            "R-7",
            "x@mail.example",
            RequestType.DELETE,
            SampleMessages.RECEIVED,
            "A code.",
            LocalDate.of(2026, 4, 15));
    assertThat(receipt.body())
        .contains("Blue Fern Bank", "rights@bluefern.example", "1-888-555-0199")
        .doesNotContain("Acme");
  }

  @Test
  void without_a_toll_free_number_no_phone_is_offered() {
    var emailOnly =
        new Messages(
            new CompanyContact("Web Only Ltd", "privacy@webonly.example", null, null), clock);
    MailMessage denial =
        emailOnly.denial(
            "R-9", "x@mail.example", RequestType.DELETE, DenialBasis.FREE_SPEECH, null);
    assertThat(denial.body())
        .contains("write to privacy@webonly.example, and mention request R-9")
        .doesNotContain("toll-free", "call", "privacy policy describes");
  }

  @Test
  void an_unverified_denial_says_so_and_invites_a_new_request() {
    MailMessage denial =
        messages.denial(
            "R-2", "x@mail.example", RequestType.KNOW_CATEGORIES, DenialBasis.UNVERIFIED, null);
    assertThat(denial.body())
        .contains("because we could not verify your identity", "submit a new request")
        // 7024(b): an unverified categories request is pointed to the privacy policy
        .contains("https://privacy.acme.example/privacy/notice");
    MailMessage other =
        messages.denial("R-2", "x@mail.example", RequestType.DELETE, DenialBasis.RESEARCH, null);
    assertThat(other.body()).doesNotContain("submit a new request");
  }

  @Test
  void a_response_without_an_access_link_mentions_no_link() {
    MailMessage done =
        messages.response("R-3", "x@mail.example", RequestType.DELETE, "We deleted it.", null);
    assertThat(done.body()).contains("We deleted it.").doesNotContain("Open this link", "forward");
  }

  @Test
  void a_one_time_code_has_exactly_six_digits_and_a_future_expiry() {
    var later = clock.instant().plus(Duration.ofMinutes(10));
    for (String bad : new String[] {"12345", "1234567", "12a456", null}) {
      assertThatThrownBy(() -> messages.oneTimeCode("R-4", "x@mail.example", bad, later))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(
            () -> messages.oneTimeCode("R-4", "x@mail.example", "123456", clock.instant()))
        .hasMessageContaining("expired");
    assertThat(messages.oneTimeCode("R-4", "x@mail.example", "123456", later).body())
        .contains("expires in 10 minutes");
  }

  @Test
  void a_receipt_needs_a_verification_description_and_an_extension_a_reason() {
    assertThatThrownBy(
            () ->
                messages.receipt(
                    "R-5",
                    "x@mail.example",
                    RequestType.DELETE,
                    SampleMessages.RECEIVED,
                    " ",
                    LocalDate.of(2026, 4, 15)))
        .hasMessageContaining("verification");
    assertThatThrownBy(
            () ->
                messages.extension(
                    "R-5", "x@mail.example", RequestType.DELETE, "", LocalDate.of(2026, 5, 30)))
        .hasMessageContaining("reason");
  }

  @Test
  void a_message_goes_to_exactly_one_valid_address_and_hides_it_from_logs() {
    for (String bad : new String[] {"not an address", "a@x.example, b@x.example", ""}) {
      assertThatThrownBy(() -> new MailMessage(MailKind.RECEIPT, bad, "Subject", "Body", "R-6"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("@");
    }
    var message = new MailMessage(MailKind.RECEIPT, "ana@mail.example", "S", "secret body", "R-6");
    assertThat(message.toString()).doesNotContain("ana@mail.example", "secret body");
  }

  @Test
  void every_request_type_is_described_in_words() {
    assertThat(Arrays.stream(RequestType.values()).map(Messages::describe))
        .allSatisfy(words -> assertThat(words).startsWith("request "));
  }
}
