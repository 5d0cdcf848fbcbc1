package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Channel;
import dev.rightful.requests.FieldError;
import dev.rightful.requests.InvalidSubmission;
import dev.rightful.requests.Submission;
import dev.rightful.requests.SubmissionParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestFormTest {
  static RequestForm form(RequestType type, Map<String, String> fields) {
    return RequestForm.of(
        type,
        fields.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
  }

  @Test
  void an_opt_out_keeps_only_the_email_and_phone_it_asks_for() throws Exception {
    RequestForm form =
        form(
            RequestType.OPT_OUT,
            Map.of(
                "subject.email", "a@example.com",
                "subject.name", "Not Asked",
                "subject.postalAddress", "Not Asked",
                "lookback.scope", "all",
                "_csrf", "token"));
    assertThat(new ObjectMapper().writeValueAsString(form.toJson()))
        .isEqualTo("{\"type\":\"opt-out\",\"subject\":{\"email\":\"a@example.com\"}}");
    assertThat(form.value("subject.name")).isEmpty();
  }

  @Test
  void an_agents_know_request_maps_onto_the_api_shape_the_parser_accepts() {
    RequestForm form =
        form(
            RequestType.KNOW_SPECIFIC,
            Map.ofEntries(
                Map.entry("subject.name", "Carla Consumer"),
                Map.entry("subject.email", "carla@example.com"),
                Map.entry("lookback.scope", "range"),
                Map.entry("lookback.from", "2023-01-01"),
                Map.entry("lookback.to", "2024-01-01"),
                Map.entry("declaration.signed", "yes"),
                Map.entry("declaration.signedBy", "Agnes Agent"),
                Map.entry("requester.kind", "authorized-agent"),
                Map.entry("requester.name", "Agnes Agent"),
                Map.entry("requester.email", "agnes@agents.example"),
                Map.entry("requester.authority", "power-of-attorney")));
    assertThat(form.formErrors()).isEmpty();
    Submission submission = new SubmissionParser().parse(form.toJson(), Channel.WEB);
    assertThat(submission.requester().name()).isEqualTo("Agnes Agent");
    assertThat(submission.declarationSignedBy()).isEqualTo("Agnes Agent");
    assertThat(submission.lookbackFrom()).hasToString("2023-01-01");
    assertThat(submission.channel()).isEqualTo(Channel.WEB);
  }

  @Test
  void range_dates_are_ignored_unless_a_range_is_chosen_and_the_requester_section_unless_used() {
    RequestForm form =
        form(
            RequestType.KNOW_CATEGORIES,
            Map.of(
                "subject.name", "Jo",
                "subject.email", "jo@example.com",
                "lookback.scope", "all",
                "lookback.from", "not a date",
                "requester.kind", "consumer",
                "requester.name", "Typed By Mistake"));
    assertThat(form.toJson().get("lookback").toString()).isEqualTo("{\"scope\":\"all\"}");
    assertThat(form.toJson().has("requester")).isFalse();
  }

  @Test
  void blank_correction_rows_are_skipped_and_errors_find_their_row_again() {
    RequestForm form =
        form(
            RequestType.CORRECT,
            Map.of(
                "corrections[1].field", "",
                "corrections[2].field", "phone",
                "corrections[2].value", "415 555 0100"));
    assertThat(form.toJson().get("corrections")).hasSize(1);
    assertThat(form.formField("corrections[0].value")).isEqualTo("corrections[2].value");
    assertThat(form.formField("subject.email")).isEqualTo("subject.email");
  }

  @Test
  void a_request_for_specific_pieces_without_the_ticked_declaration_is_a_form_error() {
    RequestForm unticked =
        form(RequestType.KNOW_SPECIFIC, Map.of("declaration.signedBy", "Jo Consumer"));
    assertThat(unticked.formErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("declaration.signed"));
    assertThat(unticked.toJson().has("declaration")).isFalse();
    assertThat(form(RequestType.DELETE, Map.of()).formErrors()).isEmpty();
  }

  @Test
  void a_correction_of_information_not_on_the_list_is_refused_at_its_row() {
    RequestForm form =
        form(
            RequestType.CORRECT,
            Map.of(
                "subject.email", "shoe@example.com",
                "subject.name", "Shoe Size",
                "corrections[0].field", "postal_address",
                "corrections[0].value", "1 Main St",
                "corrections[2].field", "my shoe size",
                "corrections[2].value", "44"));
    List<FieldError> errors =
        assertThrows(
                InvalidSubmission.class,
                () ->
                    new SubmissionParser(Set.of("postal_address", "phone"))
                        .parse(form.toJson(), Channel.WEB))
            .errors();
    // In the parser's numbering (the second filled row), which the page moves back to row 2.
    assertThat(errors).extracting(FieldError::field).containsExactly("corrections[1].field");
    assertThat(form.formField(errors.get(0).field())).isEqualTo("corrections[2].field");
  }
}
