package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ADMT rules of Article 11 with worked dates (RULES.md section 3; issue 16 item 3). */
class AdmtTest {
  // A Friday, one week before Christmas 2026.
  private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 18);

  @Test
  void an_admt_opt_out_received_2026_12_18_is_due_2027_01_12_across_christmas_and_new_year() {
    // By hand, on the court calendar (CCP 135, Gov Code 6700): Dec 21-24 are days 1-4; Friday
    // Dec 25 is Christmas; Dec 28-31 are 5-8; Friday Jan 1 is New Year's Day; Jan 4-8 are 9-13;
    // Monday Jan 11 is 14 and Tuesday Jan 12 is 15. (MLK Day, Jan 18, comes after.)
    assertThat(Deadlines.standard().dueBy(RequestType.OPT_OUT_ADMT, RECEIVED))
        .isEqualTo(
            new Deadline(LocalDate.of(2027, 1, 12), Deadline.Unit.BUSINESS_DAYS, 15, "7221(n)"));
    // Without the two holidays it would have been Friday Jan 8: the holidays are counted out.
    assertThat(Deadlines.standard().dueBy(RequestType.OPT_OUT_ADMT, RECEIVED).date())
        .isNotEqualTo(LocalDate.of(2027, 1, 8));
  }

  @Test
  void the_admt_opt_out_needs_no_verification_and_confirms_no_receipt() {
    assertThat(RequestType.OPT_OUT_ADMT.requiresVerification()).isFalse();
    assertThat(RequestType.OPT_OUT_ADMT.clock().extendable()).isFalse();
    assertThat(Deadlines.standard().acknowledgeBy(RequestType.OPT_OUT_ADMT, RECEIVED)).isEmpty();
    assertThat(RequestType.fromId("opt-out-admt")).contains(RequestType.OPT_OUT_ADMT);
  }

  @Test
  void admt_access_is_verified_to_the_reasonably_high_tier_with_a_declaration() {
    assertThat(RequestType.ACCESS_ADMT.defaultVerificationTier())
        .isEqualTo(VerificationTier.REASONABLY_HIGH);
    assertThat(RequiredTier.of(RequestType.ACCESS_ADMT, List.of(VerificationTier.REASONABLE)))
        .isEqualTo(VerificationTier.REASONABLY_HIGH);
    assertThat(RequestType.ACCESS_ADMT.requiresSignedDeclaration()).isTrue();
    assertThat(RequestType.ACCESS_ADMT.isKnow()).isFalse();
    // 7062(c): three points alone do not meet it; with the declaration they do
    assertThat(VerificationTier.REASONABLY_HIGH.isMetBy(3, false)).isFalse();
    assertThat(VerificationTier.REASONABLY_HIGH.isMetBy(3, true)).isTrue();
    // 7021(b): 45 days counted from the day of receipt as day 1: 2027-01-31
    assertThat(Deadlines.standard().dueBy(RequestType.ACCESS_ADMT, RECEIVED).date())
        .isEqualTo(LocalDate.of(2027, 1, 31));
  }

  @Test
  void the_business_waits_twelve_months_before_asking_to_opt_back_in() {
    assertThat(Admt.mayAskAgainFrom(RECEIVED)).isEqualTo(LocalDate.of(2027, 12, 18));
    assertThat(Admt.mayAskAgain(RECEIVED, LocalDate.of(2027, 12, 17))).isFalse();
    assertThat(Admt.mayAskAgain(RECEIVED, LocalDate.of(2027, 12, 18))).isTrue();
  }

  @Test
  void an_exception_that_applies_to_the_decision_replaces_the_opt_out() {
    assertThat(Admt.optOutOffered(null, SignificantDecision.FINANCIAL_OR_LENDING)).isTrue();
    assertThat(
            Admt.optOutOffered(
                AdmtException.HUMAN_APPEAL, SignificantDecision.FINANCIAL_OR_LENDING))
        .isFalse();
    // The sole-purpose exceptions hold only for their decisions (7221(b)(2)-(3))
    assertThat(
            Admt.optOutOffered(
                AdmtException.ADMISSION_ACCEPTANCE_HIRING, SignificantDecision.EMPLOYMENT))
        .isFalse();
    assertThat(
            Admt.optOutOffered(
                AdmtException.ADMISSION_ACCEPTANCE_HIRING, SignificantDecision.HOUSING))
        .isTrue();
    assertThat(
            Admt.optOutOffered(
                AdmtException.WORK_ALLOCATION_COMPENSATION, SignificantDecision.EDUCATION))
        .isTrue();
  }

  @Test
  void an_aggregate_reply_is_allowed_from_the_fifth_access_request_in_twelve_months() {
    LocalDate fifth = LocalDate.of(2027, 6, 1);
    List<LocalDate> four =
        List.of(
            LocalDate.of(2026, 6, 2),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 1, 4),
            LocalDate.of(2027, 5, 3));
    assertThat(Admt.aggregateReplyAllowed(fifth, four)).isTrue();
    assertThat(Admt.aggregateReplyAllowed(fifth, four.subList(1, 4))).isFalse();
    // One answered exactly 12 months before (2026-06-01) is outside the window.
    List<LocalDate> oneTooOld =
        List.of(
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 1, 4),
            LocalDate.of(2027, 5, 3));
    assertThat(Admt.aggregateReplyAllowed(fifth, oneTooOld)).isFalse();
  }

  @Test
  void existing_uses_comply_by_2027_01_01_and_later_uses_from_day_one() {
    assertThat(Admt.compliesBy(LocalDate.of(2024, 5, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(Admt.compliesBy(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void an_admt_opt_out_is_passed_on_and_access_is_not() {
    assertThat(
            RecipientDuty.mustTell(
                RequestType.OPT_OUT_ADMT, RecipientKind.SERVICE_PROVIDER, Transfer.NONE, false))
        .isTrue();
    assertThat(
            RecipientDuty.mustTell(
                RequestType.ACCESS_ADMT, RecipientKind.SERVICE_PROVIDER, Transfer.NONE, false))
        .isFalse();
  }
}
