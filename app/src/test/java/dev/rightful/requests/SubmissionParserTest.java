package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.law.Lookback;
import dev.rightful.law.RequestType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionParserTest {
  static final ObjectMapper json = new ObjectMapper();
  final SubmissionParser parser = new SubmissionParser();

  static JsonNode body(String text) {
    try {
      return json.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  List<FieldError> errors(String text) {
    InvalidSubmission thrown =
        catchThrowableOfType(InvalidSubmission.class, () -> parser.parse(body(text), Channel.API));
    assertThat(thrown).as("expected the submission to be refused").isNotNull();
    return thrown.errors();
  }

  @Test
  void an_opt_out_needs_only_an_email() {
    Submission submission =
        parser.parse(
            body("{'type':'opt-out','subject':{'email':'jane.doe@example.com'}}"), Channel.WEB);
    assertThat(submission.type()).isEqualTo(RequestType.OPT_OUT);
    assertThat(submission.channel()).isEqualTo(Channel.WEB);
    assertThat(submission.requester().kind()).isEqualTo(RequesterKind.CONSUMER);
  }

  @Test
  void a_delete_needs_email_and_name() {
    assertThat(errors("{'type':'delete','subject':{'phone':'+1 415 555 0100'}}"))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("subject.email", "subject.name");
  }

  @Test
  void an_unknown_type_names_the_allowed_ones() {
    assertThat(errors("{'type':'erase','subject':{'email':'a@example.com'}}"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.message())
                    .contains("know-categories", "limit-sensitive", "direct-marketing"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'type':5,'subject':{}}",
        "{'type':'delete','subject':'jane'}",
        "[1,2]",
        "{'type':'delete','subject':{'email':['a@b.co']}}"
      })
  void wrong_json_types_are_field_errors_not_crashes(String text) {
    assertThat(errors(text)).isNotEmpty().allSatisfy(e -> assertThat(e.message()).isNotBlank());
  }

  @Test
  void huge_and_hostile_strings_are_refused_with_the_field() {
    String huge = "x".repeat(10_000);
    assertThat(
            errors("{'type':'opt-out','subject':{'email':'a@example.com','name':'" + huge + "'}}"))
        .singleElement()
        .isEqualTo(new FieldError("subject.name", "is longer than 200 characters"));
    assertThat(
            errors(
                "{'type':'opt-out','subject':{'email':'a@example.com','name':'Jane\\u0000Doe'}}"))
        .singleElement()
        .isEqualTo(new FieldError("subject.name", "contains control characters"));
    assertThat(errors("{'type':'opt-out','subject':{'email':'<script>@x'}}"))
        .extracting(FieldError::field)
        .contains("subject.email");
  }

  @Test
  void unknown_top_level_fields_are_refused() {
    assertThat(
            errors("{'type':'opt-out','subject':{'email':'a@example.com'},'status':'completed'}"))
        .singleElement()
        .isEqualTo(new FieldError("status", "unknown field"));
  }

  @Test
  void an_agent_must_state_its_authority() {
    assertThat(
            errors(
                "{'type':'delete','subject':{'email':'jane@example.com','name':'Jane'},'requester':{'kind':'authorized-agent','name':'Acme Agents','email':'agent@acme.example'}}"))
        .singleElement()
        .isEqualTo(new FieldError("requester.authority", "is required"));
    Submission ok =
        parser.parse(
            body(
                "{'type':'delete','subject':{'email':'jane@example.com','name':'Jane'},'requester':{'kind':'authorized-agent','name':'Acme','email':'agent@acme.example','authority':'power-of-attorney'}}"),
            Channel.API);
    assertThat(ok.requester().authority()).isEqualTo(AgentAuthority.POWER_OF_ATTORNEY);
    assertThat(ok.requester().authority().needsConsumerConfirmation()).isFalse();
  }

  @Test
  void a_correction_request_needs_corrections_and_others_must_not_carry_them() {
    assertThat(errors("{'type':'correct','subject':{'email':'j@example.com','name':'J'}}"))
        .extracting(FieldError::field)
        .containsExactly("corrections");
    assertThat(
            errors(
                "{'type':'delete','subject':{'email':'j@example.com','name':'J'},'corrections':[{'field':'zip','value':'94110'}]}"))
        .extracting(FieldError::field)
        .containsExactly("corrections");
  }

  @Test
  void a_lookback_is_for_know_requests_and_a_range_needs_both_ends_in_order() {
    Submission know =
        parser.parse(
            body(
                "{'type':'know-specific','subject':{'email':'j@example.com','name':'J'},'lookback':{'scope':'range','from':'2021-06-01','to':'2025-01-01'}}"),
            Channel.API);
    assertThat(know.lookbackScope()).isEqualTo(Lookback.Scope.RANGE);
    assertThat(
            errors(
                "{'type':'delete','subject':{'email':'j@example.com','name':'J'},'lookback':{'scope':'all'}}"))
        .extracting(FieldError::field)
        .containsExactly("lookback");
    assertThat(
            errors(
                "{'type':'know-categories','subject':{'email':'j@example.com','name':'J'},'lookback':{'scope':'range','from':'2025-01-01','to':'2024-01-01'}}"))
        .extracting(FieldError::field)
        .containsExactly("lookback.to");
  }
}
