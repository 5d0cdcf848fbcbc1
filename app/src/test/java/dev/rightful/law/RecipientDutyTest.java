package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a request is passed on to (rules 25, 29, 32, 37). */
class RecipientDutyTest {
  private static final RecipientKind SP = RecipientKind.SERVICE_PROVIDER;
  private static final RecipientKind TP = RecipientKind.THIRD_PARTY;

  @Test
  void a_deletion_reaches_processors_and_third_parties_sold_or_shared_to_only() {
    assertThat(RecipientDuty.mustTell(RequestType.DELETE, SP, Transfer.NONE, false)).isTrue();
    assertThat(RecipientDuty.mustTell(RequestType.DELETE, TP, Transfer.SHARE, false)).isTrue();
    assertThat(RecipientDuty.mustTell(RequestType.DELETE, TP, Transfer.NONE, false)).isFalse();
  }

  @Test
  void a_correction_reaches_service_providers_and_contractors() {
    assertThat(
            RecipientDuty.mustTell(
                RequestType.CORRECT, RecipientKind.CONTRACTOR, Transfer.NONE, false))
        .isTrue();
    assertThat(RecipientDuty.mustTell(RequestType.CORRECT, TP, Transfer.SALE, false)).isFalse();
  }

  @Test
  void an_opt_out_reaches_those_sold_or_shared_to_and_a_limit_those_given_sensitive_data() {
    assertThat(RecipientDuty.mustTell(RequestType.OPT_OUT, TP, Transfer.SALE, false)).isTrue();
    assertThat(RecipientDuty.mustTell(RequestType.OPT_OUT, SP, Transfer.NONE, true)).isFalse();
    assertThat(RecipientDuty.mustTell(RequestType.LIMIT_SENSITIVE, SP, Transfer.NONE, true))
        .isTrue();
    assertThat(RecipientDuty.mustTell(RequestType.LIMIT_SENSITIVE, TP, Transfer.SALE, false))
        .isFalse();
    assertThat(RecipientDuty.mustTell(RequestType.KNOW_SPECIFIC, SP, Transfer.NONE, true))
        .isFalse();
  }
}
