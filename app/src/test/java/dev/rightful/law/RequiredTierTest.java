package dev.rightful.law;

import static dev.rightful.law.VerificationTier.NONE;
import static dev.rightful.law.VerificationTier.REASONABLE;
import static dev.rightful.law.VerificationTier.REASONABLY_HIGH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredTierTest {
  @Test
  void delete_and_correct_need_the_highest_tier_among_the_categories_held() {
    assertThat(RequiredTier.of(RequestType.DELETE, List.of(REASONABLE, REASONABLY_HIGH)))
        .isEqualTo(REASONABLY_HIGH);
    assertThat(RequiredTier.of(RequestType.CORRECT, List.of(REASONABLE))).isEqualTo(REASONABLE);
  }

  @Test
  void delete_never_needs_less_than_a_reasonable_degree_of_certainty() {
    assertThat(RequiredTier.of(RequestType.DELETE, List.of())).isEqualTo(REASONABLE);
    assertThat(RequiredTier.of(RequestType.DELETE, List.of(NONE))).isEqualTo(REASONABLE);
  }

  @Test
  void other_types_keep_their_own_tier_whatever_the_categories() {
    assertThat(RequiredTier.of(RequestType.KNOW_CATEGORIES, List.of(REASONABLY_HIGH)))
        .isEqualTo(REASONABLE);
    assertThat(RequiredTier.of(RequestType.KNOW_SPECIFIC, List.of())).isEqualTo(REASONABLY_HIGH);
    assertThat(RequiredTier.of(RequestType.OPT_OUT, List.of(REASONABLY_HIGH))).isEqualTo(NONE);
    assertThat(RequiredTier.of(RequestType.LIMIT_SENSITIVE, List.of(REASONABLY_HIGH)))
        .isEqualTo(NONE);
  }
}
