package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DenialBasisTest {
  @Test
  void exactly_eight_grounds_may_refuse_a_deletion() {
    // CC 1798.105(d) as amended by the CPRA lists eight exceptions (rule 27).
    assertThat(Arrays.stream(DenialBasis.values()).filter(DenialBasis::deletionException))
        .hasSize(8);
  }

  @Test
  void ids_parse_back_and_unknown_ids_do_not() {
    for (DenialBasis basis : DenialBasis.values()) {
      assertThat(DenialBasis.fromId(basis.id())).contains(basis);
    }
    assertThat(DenialBasis.fromId("because")).isEmpty();
  }

  @Test
  void a_deletion_is_refused_only_on_its_exceptions_or_for_want_of_verification() {
    assertThat(DenialBasis.LEGAL_OBLIGATION.isAllowedFor(RequestType.DELETE)).isTrue();
    assertThat(DenialBasis.UNVERIFIED.isAllowedFor(RequestType.DELETE)).isTrue();
    assertThat(DenialBasis.INFORMATION_ACCURATE.isAllowedFor(RequestType.DELETE)).isFalse();
    assertThat(DenialBasis.KNOW_LIMIT_REACHED.isAllowedFor(RequestType.DELETE)).isFalse();
  }

  @Test
  void an_opt_out_is_refused_only_for_fraud_or_a_missing_agent_permission() {
    // 7026(e): no verification, so "unverified" is never a ground to refuse an opt-out
    assertThat(DenialBasis.UNVERIFIED.isAllowedFor(RequestType.OPT_OUT)).isFalse();
    assertThat(DenialBasis.SUSPECTED_FRAUD.isAllowedFor(RequestType.OPT_OUT)).isTrue();
    assertThat(DenialBasis.AGENT_NOT_AUTHORIZED.isAllowedFor(RequestType.LIMIT_SENSITIVE)).isTrue();
  }

  @Test
  void only_corrections_may_be_refused_as_accurate_and_only_know_requests_for_the_limit() {
    assertThat(DenialBasis.INFORMATION_ACCURATE.isAllowedFor(RequestType.CORRECT)).isTrue();
    assertThat(DenialBasis.INFORMATION_ACCURATE.isAllowedFor(RequestType.KNOW_SPECIFIC)).isFalse();
    assertThat(DenialBasis.KNOW_LIMIT_REACHED.isAllowedFor(RequestType.KNOW_CATEGORIES)).isTrue();
    assertThat(DenialBasis.KNOW_LIMIT_REACHED.isAllowedFor(RequestType.CORRECT)).isFalse();
  }
}
