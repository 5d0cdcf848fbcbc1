package dev.rightful.law.state;

import java.util.List;
import java.util.Optional;

/**
 * Every jurisdiction Rightful knows: California and the states whose comprehensive privacy laws are
 * in force by 2026-12-31 (STATES.md section 1). Adding a state is adding its definition here.
 */
public final class Jurisdictions {
  private Jurisdictions() {}

  private static final List<Jurisdiction> ALL =
      List.of(
          California.DEFINITION,
          Virginia.DEFINITION,
          Colorado.DEFINITION,
          Connecticut.DEFINITION,
          Utah.DEFINITION,
          Texas.DEFINITION,
          Oregon.DEFINITION,
          Montana.DEFINITION,
          Iowa.DEFINITION,
          Delaware.DEFINITION,
          NewHampshire.DEFINITION,
          Nebraska.DEFINITION,
          NewJersey.DEFINITION,
          Tennessee.DEFINITION,
          Minnesota.DEFINITION,
          Maryland.DEFINITION,
          Indiana.DEFINITION,
          Kentucky.DEFINITION,
          RhodeIsland.DEFINITION,
          Florida.DEFINITION);

  /** California first, then the states in the order their laws came into force. */
  public static List<Jurisdiction> all() {
    return ALL;
  }

  /** The jurisdiction of a two-letter state code, such as {@code CO}. */
  public static Optional<Jurisdiction> find(String code) {
    return ALL.stream().filter(j -> j.code().equals(code)).findFirst();
  }

  /** The jurisdiction of {@code code}; fails for a code Rightful does not know. */
  public static Jurisdiction get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("no jurisdiction for state " + code));
  }

  public static Jurisdiction california() {
    return California.DEFINITION;
  }

  /** The codes, in {@link #all()} order. */
  public static List<String> codes() {
    return ALL.stream().map(Jurisdiction::code).toList();
  }
}
