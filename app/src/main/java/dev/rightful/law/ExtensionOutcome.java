package dev.rightful.law;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a proposed extension: granted with the new due date, or refused with a reason.
 * Immutable and thread-safe.
 */
public sealed interface ExtensionOutcome {

  /** The extension is allowed; {@code dueBy} replaces the original due date. */
  record Granted(Extension extension, Deadline dueBy) implements ExtensionOutcome {
    public Granted {
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(dueBy, "dueBy");
    }
  }

  /** The extension is not allowed; the original due date stands. */
  record Refused(ExtensionRefusal reason) implements ExtensionOutcome {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  default boolean isGranted() {
    return this instanceof Granted;
  }

  /** The new due date if granted. */
  default Optional<Deadline> newDueBy() {
    return this instanceof Granted granted ? Optional.of(granted.dueBy()) : Optional.empty();
  }

  /** The reason if refused. */
  default Optional<ExtensionRefusal> refusal() {
    return this instanceof Refused refused ? Optional.of(refused.reason()) : Optional.empty();
  }
}
