package dev.rightful.law;

import java.util.Optional;

/** Whether a custom holiday table is added to the California rules or replaces them. */
public enum HolidayTableMode implements Vocabulary {
  ADD("add"),
  REPLACE("replace");

  private final String id;

  HolidayTableMode(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<HolidayTableMode> fromId(String id) {
    return Vocabulary.parse(HolidayTableMode.class, id);
  }
}
