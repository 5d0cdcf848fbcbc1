package dev.rightful.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone-entry form's fields, named as {@link dev.rightful.requests.SubmissionParser} names them
 * ({@code subject.email}), turned into the JSON shape it parses, so a request keyed in by staff is
 * checked exactly as one from the API or the privacy center. Immutable.
 */
record PhoneForm(Map<String, String> values) {
  /** Rows offered for corrections; empty rows are left out. */
  static final int CORRECTION_ROWS = 3;

  static final List<String> FIELDS = fields();

  private static final Pattern CORRECTION = Pattern.compile("corrections\\[(\\d+)](.*)");

  PhoneForm {
    values = Map.copyOf(values);
  }

  /** The form's fields from the request, each trimmed and at most {@code max} characters kept. */
  static PhoneForm read(Function<String, String> param, int max) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = param.apply(field);
      if (value != null && !value.isBlank()) {
        String stripped = value.strip();
        values.put(field, stripped.length() > max ? stripped.substring(0, max) : stripped);
      }
    }
    return new PhoneForm(values);
  }

  JsonNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode();
    put(body, "type", "type");
    ObjectNode subject = body.putObject("subject");
    for (String key : List.of("name", "email", "phone", "postalAddress", "accountId")) {
      put(subject, key, "subject." + key);
    }
    String kind = values.get("requester.kind");
    if (kind != null) {
      ObjectNode requester = body.putObject("requester");
      for (String key : List.of("kind", "name", "email", "authority")) {
        put(requester, key, "requester." + key);
      }
    }
    if (values.containsKey("lookback.scope")) {
      ObjectNode lookback = body.putObject("lookback");
      for (String key : List.of("scope", "from", "to")) {
        put(lookback, key, "lookback." + key);
      }
    }
    ArrayNode corrections = f.arrayNode();
    for (int i : correctionRows()) {
      String prefix = "corrections[" + i + "].";
      ObjectNode row = corrections.addObject();
      put(row, "field", prefix + "field");
      put(row, "value", prefix + "value");
    }
    if (!corrections.isEmpty()) {
      body.set("corrections", corrections);
    }
    put(body, "details", "details");
    return body;
  }

  /**
   * The form field a parser error belongs to: empty rows are left out of the JSON, so the parser's
   * {@code corrections[0]} is the form's first row that was filled in.
   */
  String formField(String parserField) {
    Matcher correction = CORRECTION.matcher(parserField);
    if (correction.matches()) {
      int index = Integer.parseInt(correction.group(1));
      List<Integer> rows = correctionRows();
      if (index < rows.size()) {
        return "corrections[" + rows.get(index) + "]" + correction.group(2);
      }
    }
    return parserField;
  }

  /** The correction rows filled in, in order. */
  private List<Integer> correctionRows() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < CORRECTION_ROWS; i++) {
      String prefix = "corrections[" + i + "].";
      if (values.containsKey(prefix + "field") || values.containsKey(prefix + "value")) {
        rows.add(i);
      }
    }
    return rows;
  }

  private void put(ObjectNode node, String key, String field) {
    String value = values.get(field);
    if (value != null) {
      node.put(key, value);
    }
  }

  private static List<String> fields() {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "type",
                "subject.name",
                "subject.email",
                "subject.phone",
                "subject.postalAddress",
                "subject.accountId",
                "requester.kind",
                "requester.name",
                "requester.email",
                "requester.authority",
                "lookback.scope",
                "lookback.from",
                "lookback.to",
                "details"));
    for (int i = 0; i < CORRECTION_ROWS; i++) {
      fields.add("corrections[" + i + "].field");
      fields.add("corrections[" + i + "].value");
    }
    return List.copyOf(fields);
  }
}
