package dev.rightful.center;

import dev.rightful.law.Right;
import java.util.List;

/**
 * The first step of the request form: the rights in plain words, and the request to choose. Shown
 * again with {@code error} when the consumer sent no choice. Immutable.
 */
public record ChoosePage(String error) {
  /** The rights in the order of the notice, each with the requests that exercise it. */
  public List<Right> rights() {
    return List.of(Right.values());
  }

  public List<RequestChoice> choices(Right right) {
    return RequestChoice.exercising(right);
  }

  /** Shine the Light (CC 1798.83) is a right under another law, so listed apart. */
  public RequestChoice directMarketing() {
    return RequestChoice.of(dev.rightful.law.RequestType.DIRECT_MARKETING);
  }

  /** The error's id when there is one, else null (the attribute is then left out). */
  public String errorId() {
    return error == null ? null : "type-error";
  }
}
