package dev.rightful.requests;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** How a request was answered, for §7101 records and §7102 metrics. */
public enum ResponseNature implements Vocabulary {
  COMPLIED("complied"),
  COMPLIED_IN_PART("complied-in-part"),
  DENIED("denied");

  private final String id;

  ResponseNature(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<ResponseNature> fromId(String id) {
    return Vocabulary.parse(ResponseNature.class, id);
  }
}
