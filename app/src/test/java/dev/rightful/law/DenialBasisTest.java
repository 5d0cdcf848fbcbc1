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
}
