package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PreciseGeolocationTest {
  @Test
  void the_circle_is_1850_feet_in_radius() {
    // 1,850 ft = 563.88 m; pi * 563.88^2 = 998,903 m^2 (CC 1798.140(w)).
    assertThat(PreciseGeolocation.AREA_SQUARE_METERS).isCloseTo(998_903, within(1.0));
    assertThat(PreciseGeolocation.isPrecise(998_000)).isTrue();
    assertThat(PreciseGeolocation.isPrecise(1_000_000)).isFalse();
  }
}
