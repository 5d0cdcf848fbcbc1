package dev.rightful.console;

import java.util.Map;

/**
 * Why an action on a request was refused, to show next to the field at fault in the form that sent
 * it, with what the user typed so they need not type it again. Immutable.
 *
 * @param action the form: verify, extend, deny, complete, note, confirm-agent
 * @param field the input at fault as the service names it (reason, days, basis…), or another name
 *     (status, requester) for an error about the request as a whole
 */
public record ActionError(String action, String field, String message, Map<String, String> values) {
  public ActionError {
    field = field == null ? "" : field;
    values = Map.copyOf(values);
  }
}
