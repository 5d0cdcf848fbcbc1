package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When consumers hold the right to limit the use of sensitive personal information (7027(m)). */
class PermittedSensitivePurposeTest {
  @Test
  void the_eight_purposes_of_7027m_are_listed_once_each() {
    assertThat(Vocabulary.ids(PermittedSensitivePurpose.class))
        .hasSize(8)
        .doesNotHaveDuplicates()
        .contains("provide-requested-goods-or-services", "not-inferring-characteristics");
  }

  @Test
  void no_sensitive_information_means_no_right_to_limit_whatever_the_uses() {
    assertThat(PermittedSensitivePurpose.rightToLimitApplies(false, null)).isFalse();
    assertThat(PermittedSensitivePurpose.rightToLimitApplies(false, List.of("ads"))).isFalse();
  }

  @Test
  void uses_within_7027m_need_no_right_to_limit_7014h() {
    assertThat(
            PermittedSensitivePurpose.rightToLimitApplies(
                true, List.of("security-incidents", "resist-fraud")))
        .isFalse();
  }

  @Test
  void any_other_use_or_no_stated_use_gives_the_right_to_limit() {
    assertThat(PermittedSensitivePurpose.rightToLimitApplies(true, List.of("resist-fraud", "ads")))
        .isTrue();
    assertThat(PermittedSensitivePurpose.rightToLimitApplies(true, null)).isTrue();
    assertThat(PermittedSensitivePurpose.rightToLimitApplies(true, List.of())).isTrue();
  }
}
