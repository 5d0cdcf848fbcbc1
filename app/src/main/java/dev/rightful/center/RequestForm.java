package dev.rightful.center;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rightful.law.RequestType;
import dev.rightful.requests.FieldError;
import dev.rightful.requests.RequesterKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second step of the privacy center form: which fields a request type asks for, and the answers
 * mapped onto the JSON shape {@link dev.rightful.requests.SubmissionParser} reads, so every rule of
 * validation lives there. Form fields are named as the parser names them ({@code subject.email},
 * {@code corrections[0].value}), so its errors land next to their field. Immutable.
 */
public final class RequestForm {
  /** How many corrections the form offers at once. */
  public static final int CORRECTION_ROWS = 3;

  private static final Pattern CORRECTION = Pattern.compile("corrections\\[(\\d+)](.*)");
  private static final Set<String> REQUESTER =
      Set.of("requester.kind", "requester.name", "requester.email", "requester.authority");

  private final RequestType type;
  private final Map<String, String> values;
  // For the i-th correction sent to the parser, the form row it came from (blank rows are skipped).
  private final List<Integer> correctionRows = new ArrayList<>();

  private RequestForm(RequestType type, Map<String, String> values) {
    this.type = type;
    this.values = values;
    for (int row = 0; row < CORRECTION_ROWS; row++) {
      boolean filled = !blank(correction(row, "field")) || !blank(correction(row, "value"));
      if (asksCorrections() && filled) {
        correctionRows.add(row);
      }
    }
  }

  /** An empty form for {@code type}. */
  public static RequestForm blank(RequestType type) {
    return new RequestForm(type, Map.of());
  }

  /** The form as posted; fields the type does not ask for are dropped, not stored. */
  public static RequestForm of(RequestType type, Map<String, List<String>> params) {
    RequestForm empty = blank(type);
    Map<String, String> kept = new LinkedHashMap<>();
    params.forEach(
        (name, list) -> {
          if (!list.isEmpty() && empty.asks(name)) {
            kept.put(name, list.get(0));
          }
        });
    return new RequestForm(type, Map.copyOf(kept));
  }

  public RequestType type() {
    return type;
  }

  /** What the consumer typed in {@code field}, for showing the form again; "" if nothing. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** Whether this type's form has {@code field}. */
  public boolean asks(String field) {
    if (REQUESTER.contains(field)) {
      return true;
    }
    Matcher correction = CORRECTION.matcher(field);
    if (correction.matches()) {
      return asksCorrections()
          && Integer.parseInt(correction.group(1)) < CORRECTION_ROWS
          && Set.of(".field", ".value", ".note").contains(correction.group(2));
    }
    return switch (field) {
      case "subject.email", "subject.phone" -> true;
      case "subject.name", "subject.postalAddress" -> asksIdentity();
      case "lookback.scope", "lookback.from", "lookback.to" -> asksLookback();
      case "declaration.signed", "declaration.signedBy" -> asksDeclaration();
      default -> false;
    };
  }

  /**
   * Whether the type asks for a name and a postal address: what is needed to verify identity. An
   * opt-out or a limit request asks only for an email address or phone number (7026(d), 7027(e)).
   */
  public boolean asksIdentity() {
    return type.requiresVerification() || type == RequestType.DIRECT_MARKETING;
  }

  public boolean asksLookback() {
    return type.isKnow();
  }

  public boolean asksDeclaration() {
    return type.requiresSignedDeclaration();
  }

  public boolean asksCorrections() {
    return type == RequestType.CORRECT;
  }

  /** Whether the requester said they act for someone else, so their own section applies. */
  public boolean forSomeoneElse() {
    return !blank(value("requester.kind"))
        && !RequesterKind.CONSUMER.id().equals(value("requester.kind"));
  }

  /** The answers in the JSON shape of the requests API. */
  public ObjectNode toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode body = nodes.objectNode();
    body.put("type", type.id());
    ObjectNode subject = body.putObject("subject");
    put(subject, "email", "subject.email");
    put(subject, "phone", "subject.phone");
    put(subject, "name", "subject.name");
    put(subject, "postalAddress", "subject.postalAddress");
    if (forSomeoneElse()) {
      ObjectNode requester = body.putObject("requester");
      put(requester, "kind", "requester.kind");
      put(requester, "name", "requester.name");
      put(requester, "email", "requester.email");
      if (RequesterKind.AUTHORIZED_AGENT.id().equals(value("requester.kind"))) {
        put(requester, "authority", "requester.authority");
      }
    }
    if (asksLookback() && !blank(value("lookback.scope"))) {
      ObjectNode lookback = body.putObject("lookback");
      put(lookback, "scope", "lookback.scope");
      if ("range".equals(value("lookback.scope"))) {
        put(lookback, "from", "lookback.from");
        put(lookback, "to", "lookback.to");
      }
    }
    if (asksCorrections()) {
      ArrayNode corrections = body.putArray("corrections");
      for (int row : correctionRows) {
        ObjectNode correction = corrections.addObject();
        putText(correction, "field", correction(row, "field"));
        putText(correction, "value", correction(row, "value"));
        putText(correction, "note", correction(row, "note"));
      }
    }
    if (asksDeclaration() && signed()) {
      body.putObject("declaration")
          .put("signed", true)
          .put("signedBy", value("declaration.signedBy"));
    }
    return body;
  }

  /**
   * What the form itself asks beyond the API: that a request for specific pieces comes with the
   * signed declaration the type requires (7062(c)), rather than being quietly answered as one for
   * categories.
   */
  public List<FieldError> formErrors() {
    List<FieldError> errors = new ArrayList<>();
    if (asksDeclaration() && !signed()) {
      errors.add(
          new FieldError(
              "declaration.signed",
              "tick the box to sign the declaration, or go back and ask for the categories of"
                  + " information instead"));
    }
    return errors;
  }

  /** The form field an error from the parser belongs to (corrections are renumbered there). */
  public String formField(String parserField) {
    Matcher correction = CORRECTION.matcher(parserField);
    if (correction.matches()) {
      int index = Integer.parseInt(correction.group(1));
      if (index < correctionRows.size()) {
        return "corrections[" + correctionRows.get(index) + "]" + correction.group(2);
      }
    }
    return parserField;
  }

  private boolean signed() {
    return "yes".equals(value("declaration.signed"));
  }

  private String correction(int row, String part) {
    return value("corrections[" + row + "]." + part);
  }

  private void put(ObjectNode node, String key, String field) {
    putText(node, key, value(field));
  }

  private static void putText(ObjectNode node, String key, String text) {
    if (!blank(text)) {
      node.put(key, text);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
