package dev.rightful.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.input.EmailAddress;
import dev.rightful.input.TextRule;
import dev.rightful.law.Lookback;
import dev.rightful.law.RequestType;
import dev.rightful.law.Vocabulary;
import dev.rightful.web.Translator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns untrusted input (JSON from the API, or the privacy center form mapped to the same shape)
 * into a {@link Submission}, or an {@link InvalidSubmission} naming every field at fault. Asks only
 * for what the request type needs (7060(d): avoid asking for more). Thread-safe.
 */
public final class SubmissionParser {
  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = EmailAddress.MAX_LENGTH;
  static final int MAX_PHONE = 32;
  static final int MAX_ADDRESS = 500;
  static final int MAX_TEXT = 4000;
  static final int MAX_CORRECTIONS = 20;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{7,32}");
  private static final Set<String> TOP =
      Set.of(
          "type",
          "channel",
          "subject",
          "requester",
          "lookback",
          "corrections",
          "declaration",
          "details",
          "language");

  private final Set<String> correctable;

  /** A parser that takes any field name in a correction (for tests of other rules). */
  public SubmissionParser() {
    this(Set.of());
  }

  /**
   * A parser whose corrections must name one of {@code correctable}, the map's field names ({@code
   * CorrectableInformation}); empty takes any name.
   */
  public SubmissionParser(Set<String> correctable) {
    this.correctable = Set.copyOf(correctable);
  }

  /** Parses a submission arriving on {@code channel}; the body may not choose its channel. */
  public Submission parse(JsonNode body, Channel channel) {
    List<FieldError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new InvalidSubmission(List.of(new FieldError("", "the body must be a JSON object")));
    }
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!TOP.contains(name)) {
                errors.add(new FieldError(name, "unknown field"));
              }
            });
    RequestType type = null;
    String typeText = text(body, "type", "type", 40, true, errors);
    if (typeText != null) {
      type = RequestType.fromId(typeText).orElse(null);
      if (type == null) {
        errors.add(
            new FieldError(
                "type", "must be one of " + String.join(", ", Vocabulary.ids(RequestType.class))));
      }
    }
    JsonNode subjectNode = object(body, "subject", errors);
    Subject subject =
        new Subject(
            email(subjectNode, "subject.email", errors),
            phone(subjectNode, "subject.phone", errors),
            text(subjectNode, "name", "subject.name", MAX_NAME, false, errors),
            freeText(subjectNode, "postalAddress", "subject.postalAddress", MAX_ADDRESS, errors),
            text(subjectNode, "accountId", "subject.accountId", 100, false, errors));
    Requester requester = requester(body, errors);
    Lookback.Scope scope = null;
    LocalDate from = null;
    LocalDate to = null;
    JsonNode lookback = body.get("lookback");
    if (lookback != null && !lookback.isNull()) {
      if (!lookback.isObject()) {
        errors.add(
            new FieldError("lookback", "must be an object with scope, and from/to for a range"));
      } else {
        String scopeText = text(lookback, "scope", "lookback.scope", 40, true, errors);
        if (scopeText != null) {
          scope = Lookback.Scope.fromId(scopeText).orElse(null);
          if (scope == null) {
            errors.add(
                new FieldError(
                    "lookback.scope",
                    "must be one of " + String.join(", ", Vocabulary.ids(Lookback.Scope.class))));
          }
        }
        from = date(lookback, "from", "lookback.from", errors);
        to = date(lookback, "to", "lookback.to", errors);
        if (scope == Lookback.Scope.RANGE && (from == null || to == null)) {
          errors.add(new FieldError("lookback.from", "a range needs both from and to"));
        }
        if (from != null && to != null && from.isAfter(to)) {
          errors.add(new FieldError("lookback.to", "must not be before lookback.from"));
        }
      }
    }
    List<Correction> corrections = corrections(body, channel, errors);
    String declaration = null;
    JsonNode declarationNode = body.get("declaration");
    if (declarationNode != null && !declarationNode.isNull()) {
      JsonNode signed = declarationNode.get("signed");
      if (signed == null || !signed.isBoolean()) {
        errors.add(new FieldError("declaration.signed", "must be true or false"));
      } else if (signed.booleanValue()) {
        declaration =
            text(declarationNode, "signedBy", "declaration.signedBy", MAX_NAME, true, errors);
      }
    }
    String details = freeText(body, "details", "details", MAX_TEXT, errors);
    String language = text(body, "language", "language", 8, false, errors);
    if (language != null && !Translator.supports(language)) {
      errors.add(new FieldError("language", "must be a language Rightful writes in: en or es"));
    }
    if (type != null) {
      needs(type, subject, requester, scope, corrections, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmission(firstPerField(errors));
    }
    return new Submission(
        type,
        channel,
        subject,
        requester,
        scope,
        from,
        to,
        corrections,
        declaration,
        details,
        language);
  }

  /** What each type needs: enough to find the consumer, and to reach them with the answer. */
  private static void needs(
      RequestType type,
      Subject subject,
      Requester requester,
      Lookback.Scope scope,
      List<Correction> corrections,
      List<FieldError> errors) {
    boolean contact = subject.email() != null || subject.phone() != null;
    switch (type) {
      // 7026(d), 7027(e), 7221 [V2]: only what is needed to find the consumer's records
      case OPT_OUT, LIMIT_SENSITIVE, OPT_OUT_ADMT -> {
        if (!contact) {
          errors.add(
              new FieldError(
                  "subject.email",
                  "give an email address or a phone number so we can find your records"));
        }
      }
      default -> {
        if (subject.email() == null && requester.email() == null) {
          errors.add(
              new FieldError(
                  "subject.email", "an email address is needed to verify you and send the answer"));
        }
        if (subject.name() == null) {
          errors.add(
              new FieldError(
                  "subject.name", "your name is needed to find and verify your records"));
        }
      }
    }
    if (!type.isKnow() && scope != null) {
      errors.add(new FieldError("lookback", "only requests to know have a lookback period"));
    }
    if (type == RequestType.CORRECT && corrections.isEmpty()) {
      errors.add(
          new FieldError(
              "corrections", "say what to correct: at least one field and its correct value"));
    }
    if (type != RequestType.CORRECT && !corrections.isEmpty()) {
      errors.add(new FieldError("corrections", "only a request to correct carries corrections"));
    }
  }

  /**
   * One error per field, the first found: a field refused for its content is not also "required",
   * which would tell the consumer to fill in a field they did fill in.
   */
  private static List<FieldError> firstPerField(List<FieldError> errors) {
    java.util.Map<String, FieldError> first = new java.util.LinkedHashMap<>();
    errors.forEach(error -> first.putIfAbsent(error.field(), error));
    return List.copyOf(first.values());
  }

  private static Requester requester(JsonNode body, List<FieldError> errors) {
    JsonNode node = body.get("requester");
    if (node == null || node.isNull()) {
      return Requester.consumer();
    }
    if (!node.isObject()) {
      errors.add(new FieldError("requester", "must be an object"));
      return Requester.consumer();
    }
    String kindText = text(node, "kind", "requester.kind", 40, true, errors);
    RequesterKind kind =
        kindText == null ? RequesterKind.CONSUMER : RequesterKind.fromId(kindText).orElse(null);
    if (kind == null) {
      errors.add(
          new FieldError(
              "requester.kind",
              "must be one of " + String.join(", ", Vocabulary.ids(RequesterKind.class))));
      kind = RequesterKind.CONSUMER;
    }
    if (kind == RequesterKind.CONSUMER) {
      return Requester.consumer();
    }
    String name = text(node, "name", "requester.name", MAX_NAME, true, errors);
    String email = email(node, "requester.email", errors);
    if (email == null) {
      errors.add(
          new FieldError("requester.email", "an agent or parent gives their own email address"));
    }
    AgentAuthority authority = null;
    if (kind == RequesterKind.AUTHORIZED_AGENT) {
      String authorityText = text(node, "authority", "requester.authority", 40, true, errors);
      if (authorityText != null) {
        authority = AgentAuthority.fromId(authorityText).orElse(null);
        if (authority == null) {
          errors.add(
              new FieldError(
                  "requester.authority", "must be signed-permission or power-of-attorney"));
        }
      }
    }
    return new Requester(kind, name, email, authority);
  }

  private List<Correction> corrections(JsonNode body, Channel channel, List<FieldError> errors) {
    List<Correction> out = new ArrayList<>();
    JsonNode node = body.get("corrections");
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      errors.add(new FieldError("corrections", "must be a list"));
      return out;
    }
    if (node.size() > MAX_CORRECTIONS) {
      errors.add(
          new FieldError(
              "corrections", "at most " + MAX_CORRECTIONS + " corrections in one request"));
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String prefix = "corrections[" + i + "]";
      if (!item.isObject()) {
        errors.add(new FieldError(prefix, "must be an object with field and value"));
        continue;
      }
      String field = text(item, "field", prefix + ".field", 100, true, errors);
      // Anything but the map's field names, such as "my address", would match no record (CC
      // 1798.106): refused on every channel, so an API client learns it as a form user does.
      if (field != null && !correctable.isEmpty() && !correctable.contains(field)) {
        errors.add(
            new FieldError(
                prefix + ".field",
                channel == Channel.API
                    ? "must be one of: " + String.join(", ", new TreeSet<>(correctable))
                    : "must be one of the choices in the list"));
      }
      // A corrected value may be a postal address: it may take several lines.
      String value =
          text(item, "value", prefix + ".value", 1000, true, TextRule.Lines.MANY, errors);
      String note = freeText(item, "note", prefix + ".note", MAX_TEXT, errors);
      out.add(new Correction(field, value, note));
    }
    return out;
  }

  private static JsonNode object(JsonNode body, String key, List<FieldError> errors) {
    JsonNode node = body.get(key);
    if (node == null || node.isNull()) {
      errors.add(new FieldError(key, "is required"));
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (!node.isObject()) {
      errors.add(new FieldError(key, "must be an object"));
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    return node;
  }

  private static String email(JsonNode node, String field, List<FieldError> errors) {
    String value = text(node, "email", field, MAX_EMAIL, false, errors);
    if (value == null) {
      return null;
    }
    // The mail layer holds the same rule: an address accepted here can be sent the receipt.
    var problem = EmailAddress.problem(value);
    if (problem.isPresent()) {
      errors.add(new FieldError(field, problem.get()));
      return null;
    }
    return value;
  }

  private static String phone(JsonNode node, String field, List<FieldError> errors) {
    String value = text(node, "phone", field, MAX_PHONE, false, errors);
    if (value != null && !PHONE.matcher(value).matches()) {
      errors.add(new FieldError(field, "is not a phone number"));
      return null;
    }
    return value;
  }

  private static LocalDate date(JsonNode node, String key, String field, List<FieldError> errors) {
    String value = text(node, key, field, 10, false, errors);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date written YYYY-MM-DD"));
      return null;
    }
  }

  /** Free text (a description, a note, an address): line breaks and tabs allowed. */
  private static String freeText(
      JsonNode node, String key, String field, int max, List<FieldError> errors) {
    return text(node, key, field, max, false, TextRule.Lines.MANY, errors);
  }

  /** A trimmed single line of at most {@code max} characters that passes {@link TextRule}. */
  static String text(
      JsonNode node, String key, String field, int max, boolean required, List<FieldError> errors) {
    return text(node, key, field, max, required, TextRule.Lines.ONE, errors);
  }

  private static String text(
      JsonNode node,
      String key,
      String field,
      int max,
      boolean required,
      TextRule.Lines lines,
      List<FieldError> errors) {
    JsonNode value = node == null ? null : node.get(key);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (!value.isTextual()) {
      errors.add(new FieldError(field, "must be a string"));
      return null;
    }
    String text = value.asText().strip();
    if (text.length() > max) {
      errors.add(new FieldError(field, "is longer than " + max + " characters"));
      return null;
    }
    var problem = TextRule.problem(text, lines);
    if (problem.isPresent()) {
      errors.add(new FieldError(field, problem.get()));
      return null;
    }
    return text;
  }
}
