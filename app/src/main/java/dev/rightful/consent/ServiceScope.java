package dev.rightful.consent;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/**
 * What a machine client may do on the consent API, as its token's scopes say. An ad system reads
 * decisions; writing to the ledger is a separate scope, so a token handed to every ad server cannot
 * change a consumer's choices.
 */
public enum ServiceScope implements Vocabulary {
  /** Decisions (one or a batch) and GPP strings. */
  DECISIONS("consent:decisions"),
  /**
   * Choices, links, ages and parental consents; a subject's history; the propagation tasks. Never
   * an opt-in over a consumer's opt-out ({@link OptInRefusal#OPT_OUT_STANDS}).
   */
  WRITE("consent:write");

  private final String id;

  ServiceScope(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<ServiceScope> fromId(String id) {
    return Vocabulary.parse(ServiceScope.class, id);
  }
}
