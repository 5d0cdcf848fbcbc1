package dev.rightful.requests;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** Who submits a request: the consumer, an authorized agent, or a parent of a child under 13. */
public enum RequesterKind implements Vocabulary {
  CONSUMER("consumer"),
  // CC 1798.140(ak); 7063
  AUTHORIZED_AGENT("authorized-agent"),
  // 7070: requests about a child under 13 come from a parent or guardian
  PARENT_OR_GUARDIAN("parent-or-guardian");

  private final String id;

  RequesterKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<RequesterKind> fromId(String id) {
    return Vocabulary.parse(RequesterKind.class, id);
  }
}
