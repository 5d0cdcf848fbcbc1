package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTypeTest {

  @Test
  void ids_are_the_words_used_in_maps_and_apis() {
    assertThat(Vocabulary.ids(RequestType.class))
        .containsExactly(
            "know-categories",
            "know-specific",
            "delete",
            "correct",
            "opt-out",
            "limit-sensitive",
            "opt-out-admt",
            "access-admt",
            "direct-marketing");
  }

  @Test
  void an_id_parses_back_to_its_type_and_an_unknown_id_does_not() {
    for (RequestType type : RequestType.values()) {
      assertThat(RequestType.fromId(type.id())).contains(type);
    }
    assertThat(RequestType.fromId("know")).isEmpty();
    assertThat(RequestType.fromId("OPT-OUT")).isEmpty();
  }

  @Test
  void only_the_two_know_types_count_against_the_know_limit() {
    assertThat(RequestType.values())
        .filteredOn(RequestType::isKnow)
        .containsExactly(RequestType.KNOW_CATEGORIES, RequestType.KNOW_SPECIFIC);
  }

  @Test
  void each_type_runs_on_its_clock() {
    assertThat(RequestType.KNOW_CATEGORIES.clock())
        .isEqualTo(ResponseClock.FORTY_FIVE_CALENDAR_DAYS);
    assertThat(RequestType.CORRECT.clock()).isEqualTo(ResponseClock.FORTY_FIVE_CALENDAR_DAYS);
    assertThat(RequestType.OPT_OUT.clock()).isEqualTo(ResponseClock.OPT_OUT_FIFTEEN_BUSINESS_DAYS);
    assertThat(RequestType.LIMIT_SENSITIVE.clock())
        .isEqualTo(ResponseClock.LIMIT_FIFTEEN_BUSINESS_DAYS);
    assertThat(RequestType.DIRECT_MARKETING.clock())
        .isEqualTo(ResponseClock.SHINE_THE_LIGHT_THIRTY_DAYS);
    assertThat(ResponseClock.OPT_OUT_FIFTEEN_BUSINESS_DAYS.unit())
        .isEqualTo(Deadline.Unit.BUSINESS_DAYS);
    assertThat(ResponseClock.FORTY_FIVE_CALENDAR_DAYS.extendable()).isTrue();
    assertThat(ResponseClock.SHINE_THE_LIGHT_THIRTY_DAYS.extendable()).isFalse();
  }

  @Test
  void know_categories_needs_two_data_points_and_no_declaration() {
    assertThat(RequestType.KNOW_CATEGORIES.requiresVerification()).isTrue();
    assertThat(RequestType.KNOW_CATEGORIES.defaultVerificationTier().dataPoints()).isEqualTo(2);
    assertThat(RequestType.KNOW_CATEGORIES.requiresSignedDeclaration()).isFalse();
  }

  @Test
  void know_specific_needs_three_data_points_and_a_signed_declaration() {
    assertThat(RequestType.KNOW_SPECIFIC.defaultVerificationTier())
        .isEqualTo(VerificationTier.REASONABLY_HIGH);
    assertThat(RequestType.KNOW_SPECIFIC.defaultVerificationTier().dataPoints()).isEqualTo(3);
    assertThat(RequestType.KNOW_SPECIFIC.requiresSignedDeclaration()).isTrue();
  }

  @Test
  void delete_and_correct_take_their_tier_from_the_category() {
    for (RequestType type : new RequestType[] {RequestType.DELETE, RequestType.CORRECT}) {
      assertThat(type.tierSetPerCategory()).isTrue();
      assertThat(type.defaultVerificationTier()).isEqualTo(VerificationTier.REASONABLE);
      assertThat(type.defaultVerificationTier(Category.A)).isEqualTo(VerificationTier.REASONABLE);
      assertThat(type.defaultVerificationTier(Category.L))
          .isEqualTo(VerificationTier.REASONABLY_HIGH);
    }
    assertThat(RequestType.KNOW_CATEGORIES.defaultVerificationTier(Category.L))
        .isEqualTo(VerificationTier.REASONABLE);
  }

  @Test
  void opt_out_and_limit_need_no_verification() {
    for (RequestType type : new RequestType[] {RequestType.OPT_OUT, RequestType.LIMIT_SENSITIVE}) {
      assertThat(type.requiresVerification()).isFalse();
      assertThat(type.defaultVerificationTier()).isEqualTo(VerificationTier.NONE);
      assertThat(type.defaultVerificationTier(Category.L)).isEqualTo(VerificationTier.NONE);
    }
  }
}
