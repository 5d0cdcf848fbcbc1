package dev.rightful.center;

import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.requests.FieldError;
import dev.rightful.web.Translator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  // The field's label key in the bundles ("label.subject.email"), for the error sentences.
  private static final Set<String> LABELLED =
      Set.of(
          "subject.email",
          "subject.phone",
          "subject.name",
          "subject.postalAddress",
          "requester.kind",
          "requester.name",
          "requester.email",
          "requester.authority",
          "requester",
          "lookback",
          "lookback.scope",
          "lookback.from",
          "lookback.to",
          "declaration.signed",
          "declaration.signedBy",
          "corrections",
          "permission");

  /*
   * The rules in requests/ and input/ word their refusals in English, once, for the API and the
   * console too. The page says the ones a consumer can meet in the page's language: each English
   * message (or its start, before a colon or a number) maps to a key of the bundles; one not listed
   * here stays English, which TranslationsTest's list of page messages keeps from happening to the
   * messages the form can produce.
   */
  static final Map<String, String> MESSAGES =
      Map.ofEntries(
          Map.entry("is required", "field-error.required"),
          Map.entry("is not an email address", "field-error.email"),
          Map.entry("is not a phone number", "field-error.phone"),
          Map.entry("must be a date written YYYY-MM-DD", "field-error.date"),
          Map.entry("is longer than", "field-error.too-long"),
          Map.entry("must not be before lookback.from", "field-error.range-order"),
          Map.entry("a range needs both from and to", "field-error.range-both"),
          Map.entry(
              "give an email address or a phone number so we can find your records",
              "field-error.contact"),
          Map.entry(
              "an email address is needed to verify you and send the answer",
              "field-error.email-needed"),
          Map.entry(
              "your name is needed to find and verify your records", "field-error.name-needed"),
          Map.entry(
              "say what to correct: at least one field and its correct value",
              "field-error.corrections"),
          Map.entry(
              "an agent or parent gives their own email address", "field-error.requester-email"),
          Map.entry("must be signed-permission or power-of-attorney", "field-error.authority"),
          Map.entry(
              "tick the box to sign the declaration, or go back and ask for the categories of"
                  + " information instead",
              "field-error.declaration"),
          Map.entry("must be on one line (no line breaks or tabs)", "field-error.one-line"),
          Map.entry("contains control characters", "field-error.control"),
          Map.entry("The file is empty.", "field-error.file-empty"),
          Map.entry(
              "The file is larger than 2 MB. Send a smaller scan or photo.",
              "field-error.file-large"),
          Map.entry("must be one of", "field-error.choose"));

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
    Translator t = Translator.current();
    if (!t.language().equals(Translator.ENGLISH)) {
      String key = messageKey(message);
      if (key != null) {
        // "Correo electrónico: este dato es obligatorio." The label leads, so no article agrees.
        return t.t("field-error.sentence", label(field), t.t(key));
      }
    }
    String label = label(field);
    String text =
        message.startsWith("is ") || message.startsWith("must ") || message.startsWith("contains ")
            ? label + " " + message
            : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  /** The bundle key of an English rule message, or null when the page has none for it. */
  static String messageKey(String message) {
    return MESSAGES.entrySet().stream()
        .filter(e -> message.equals(e.getKey()) || message.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String label(String field) {
    Translator t = Translator.current();
    if (field.startsWith("corrections[")) {
      for (String part : List.of("field", "value", "note")) {
        if (field.endsWith("." + part)) {
          return t.t("label.correction." + part);
        }
      }
    }
    return LABELLED.contains(field) ? t.t("label." + field) : t.t("label.other");
  }
}
