package dev.rightful.fulfil;

import java.util.Arrays;

/**
 * Where one step of a fulfilment job stands, as {@code fulfil_job.status} stores it. Its {@link
 * #id()} is the stored value and what the staff API and console show; it is mapped to and from the
 * enum here only (the SQL in {@link JobSteps} names it through {@link #id()}). Immutable.
 */
public enum JobState {
  /** The rows were found and kept (sealed); the change is under way or a webhook was asked. */
  RUNNING("running"),
  /** An attempt failed; the scheduler tries again, or staff started a blocked step again. */
  FAILED("failed"),
  /** Waits for a person's confirmation or a vendor's callback. */
  WAITING("waiting"),
  DONE("done"),
  /** Failed too often, or a vendor stayed silent: waits for staff to start it again. */
  BLOCKED("blocked");

  private final String id;

  JobState(String id) {
    this.id = id;
  }

  /** The stored and shown name, e.g. {@code done}. */
  public String id() {
    return id;
  }

  /** The state stored as {@code id}; an unknown name is a corrupt row. */
  public static JobState fromId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown fulfilment step state: " + id));
  }

  @Override
  public String toString() {
    return id;
  }
}
