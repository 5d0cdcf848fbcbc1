package dev.rightful.requests;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/**
 * What an authorized agent shows: the consumer's signed permission, which the consumer then
 * confirms directly, or a power of attorney, which needs no consumer step (7063; Probate Code
 * 4121–4130; rule 16).
 */
public enum AgentAuthority implements Vocabulary {
  SIGNED_PERMISSION("signed-permission"),
  POWER_OF_ATTORNEY("power-of-attorney");

  private final String id;

  AgentAuthority(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /** Whether the consumer must confirm directly with the business that the agent may act. */
  public boolean needsConsumerConfirmation() {
    return this == SIGNED_PERMISSION;
  }

  public static Optional<AgentAuthority> fromId(String id) {
    return Vocabulary.parse(AgentAuthority.class, id);
  }
}
