package dev.rightful.requests;

import java.util.List;

/** Thrown when a submission has errors; carries all of them. Nothing is stored. */
public final class InvalidSubmission extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidSubmission(List<FieldError> errors) {
    super(errors.get(0).field() + ": " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
