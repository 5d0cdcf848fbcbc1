package dev.rightful.console;

import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.law.Lookback;
import dev.rightful.law.RequestType;
import dev.rightful.requests.AgentAuthority;
import dev.rightful.requests.FieldError;
import dev.rightful.requests.RequesterKind;
import java.util.List;
import java.util.Map;

/**
 * The phone-entry form (rule 1: the toll-free line), empty or as sent with what is wrong with it.
 * Input ids are the field names with every {@code .}, {@code [} and {@code ]} made a {@code -}, so
 * {@code subject.email} is {@code subject-email} and its error {@code subject-email-error}.
 * Immutable.
 *
 * @param correctable what a correction may name, from the data map: the choices of each row's list
 */
public record PhoneEntryPage(
    ConsoleUser user,
    Map<String, String> values,
    List<FieldError> errors,
    List<CorrectableInformation> correctable) {
  /** Fields whose errors are about a group of inputs, shown at the group's legend. */
  private static final List<String> GROUPS =
      List.of("subject", "requester", "lookback", "corrections");

  public PhoneEntryPage {
    values = Map.copyOf(values);
    errors = List.copyOf(errors);
    correctable = List.copyOf(correctable);
  }

  /** The input id for a field name. */
  public static String id(String field) {
    return field.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public boolean selected(String field, String option) {
    return option.equals(values.getOrDefault(field, ""));
  }

  /** The message for {@code field}, or null; several messages for one field are joined. */
  public String error(String field) {
    List<String> messages =
        errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).toList();
    return messages.isEmpty() ? null : String.join("; ", messages);
  }

  /** Whether {@code field}'s error is shown at an input, so the summary links to it. */
  public boolean hasInput(String field) {
    return PhoneForm.FIELDS.contains(field) || GROUPS.contains(field);
  }

  public List<RequestType> types() {
    return List.of(RequestType.values());
  }

  public String typeLabel(RequestType type) {
    return Labels.type(type);
  }

  public List<RequesterKind> requesterKinds() {
    return List.of(RequesterKind.values());
  }

  public String requesterLabel(RequesterKind kind) {
    return Labels.requester(kind);
  }

  public List<AgentAuthority> authorities() {
    return List.of(AgentAuthority.values());
  }

  public List<Lookback.Scope> scopes() {
    return List.of(Lookback.Scope.values());
  }

  public int correctionRows() {
    return PhoneForm.CORRECTION_ROWS;
  }
}
