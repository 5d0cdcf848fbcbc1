package dev.rightful.staff;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The two databases V3__staff.sql must work on, for parameterized tests. */
final class Databases {
  private Databases() {}

  /** Arguments: a name, and a supplier of a fresh {@link TestStaff}. */
  static Stream<Arguments> both(String postgresSchema) {
    return Stream.of(
        Arguments.of("h2", (Opener) TestStaff::h2),
        Arguments.of("postgresql", (Opener) () -> TestStaff.postgres(postgresSchema)));
  }

  /** Opens a fresh {@link TestStaff}. */
  @FunctionalInterface
  interface Opener {
    TestStaff open();
  }
}
