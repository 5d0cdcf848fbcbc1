package dev.rightful.center;

import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.requests.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The second step of the request form, as the template shows it: the chosen request, what the
 * consumer typed, every error next to its field and in a summary at the top, and the CSRF token.
 * Immutable.
 *
 * @param recordMonths how long the request's record is kept, told at collection (§7101, 7012)
 * @param correctable what a request to correct may name, from the data map
 */
public record FormPage(
    RequestChoice choice,
    RequestForm form,
    List<ShownError> errors,
    String csrfToken,
    int recordMonths,
    List<CorrectableInformation> correctable) {

  /**
   * One error as the page shows it: the field, the id of the element it is shown at, a sentence.
   */
  public record ShownError(String field, String anchor, String message) {}

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("subject.email", "Email address"),
          Map.entry("subject.phone", "Phone number"),
          Map.entry("subject.name", "Full name"),
          Map.entry("subject.postalAddress", "Postal address"),
          Map.entry("requester.kind", "Who is asking"),
          Map.entry("requester.name", "Your name"),
          Map.entry("requester.email", "Your email address"),
          Map.entry("requester.authority", "Your authority"),
          Map.entry("requester", "Who is asking"),
          Map.entry("lookback", "The period"),
          Map.entry("lookback.scope", "The period"),
          Map.entry("lookback.from", "The first day"),
          Map.entry("lookback.to", "The last day"),
          Map.entry("declaration.signed", "The declaration"),
          Map.entry("declaration.signedBy", "Your typed name"),
          Map.entry("corrections", "The correction"),
          Map.entry("permission", "The signed permission"));

  // The order fields appear on the page, for the error summary.
  private static final List<String> ORDER =
      List.of(
          "subject.name",
          "subject.email",
          "subject.phone",
          "subject.postalAddress",
          "corrections",
          "corrections[0]",
          "corrections[1]",
          "corrections[2]",
          "lookback",
          "declaration",
          "requester",
          "permission");

  public FormPage {
    errors = List.copyOf(errors);
    correctable = List.copyOf(correctable);
  }

  /** The page with the errors of a rejected submission, each moved to its field on the form. */
  public static FormPage withErrors(
      RequestChoice choice,
      RequestForm form,
      List<FieldError> errors,
      String csrfToken,
      int recordMonths,
      List<CorrectableInformation> correctable) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    for (FieldError error : errors) {
      String field = form.formField(error.field());
      byField.computeIfAbsent(field, f -> new ArrayList<>()).add(sentence(field, error.message()));
    }
    List<ShownError> shown = new ArrayList<>();
    byField.forEach(
        (field, messages) ->
            shown.add(new ShownError(field, anchor(field), String.join(" ", messages))));
    shown.sort(java.util.Comparator.comparingInt(e -> position(e.field())));
    return new FormPage(choice, form, shown, csrfToken, recordMonths, correctable);
  }

  private static int position(String field) {
    for (int i = ORDER.size() - 1; i >= 0; i--) {
      if (field.startsWith(ORDER.get(i))) {
        return i;
      }
    }
    return ORDER.size();
  }

  /**
   * The id of the element a field is shown in: {@code corrections[0].value} → {@code
   * corrections-0-value}.
   */
  public static String anchor(String field) {
    String id = field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    return id.isEmpty() ? "request-form" : id;
  }

  public String value(String field) {
    return form.value(field);
  }

  /** Whether the option {@code value} of the list {@code field} is the one chosen. */
  public boolean selected(String field, String value) {
    return form.value(field).equals(value);
  }

  /** Whether the radio button or checkbox {@code field} with {@code value} is to be checked. */
  public boolean checked(String field, String value) {
    return form.value(field).equals(value);
  }

  /** The error message shown at {@code field}, or null. */
  public String error(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(ShownError::message)
        .findFirst()
        .orElse(null);
  }

  /** The id of the error shown at {@code field}, or null when there is none. */
  public String errorId(String field) {
    return error(field) == null ? null : anchor(field) + "-error";
  }

  /** {@code "true"} for a field in error, else null (the attribute is then left out). */
  public String invalid(String field) {
    return error(field) == null ? null : "true";
  }

  /** The ids describing a field, its hint and its error, or null when there are none. */
  public String describedBy(String field, String hintId) {
    StringJoiner ids = new StringJoiner(" ");
    if (hintId != null) {
      ids.add(hintId);
    }
    if (error(field) != null) {
      ids.add(errorId(field));
    }
    return ids.length() == 0 ? null : ids.toString();
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** An error as a sentence that names its field: "Email address is not an email address." */
  static String sentence(String field, String message) {
    String label = label(field);
    String text =
        message.startsWith("is ") || message.startsWith("must ") || message.startsWith("contains ")
            ? label + " " + message
            : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  private static String label(String field) {
    if (field.startsWith("corrections[")) {
      if (field.endsWith(".field")) {
        return "The information to correct";
      }
      if (field.endsWith(".value")) {
        return "The correct value";
      }
      if (field.endsWith(".note")) {
        return "The explanation";
      }
    }
    return LABELS.getOrDefault(field, "This answer");
  }
}
