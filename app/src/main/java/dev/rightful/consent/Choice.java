package dev.rightful.consent;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** What a consumer chose for one purpose: to opt out (or limit), or to opt in. */
public enum Choice implements Vocabulary {
  OPT_OUT("opt-out"),
  OPT_IN("opt-in");

  private final String id;

  Choice(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<Choice> fromId(String id) {
    return Vocabulary.parse(Choice.class, id);
  }
}
