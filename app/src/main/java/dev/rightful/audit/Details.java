package dev.rightful.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns an entry's details into the one JSON text that is stored and hashed. Thread-safe. */
final class Details {
  // Keys sorted at every level, so equal details always serialize (and hash) the same way.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  private Details() {}

  static String json(Map<String, ?> details) {
    JsonNode tree = JSON.valueToTree(details);
    refuseEmails("details", tree);
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details are not serializable as JSON", e);
    }
  }

  /** The tripwire: an email address in the audit log is personal information kept for years. */
  static void refuseEmail(String where, String value) {
    if (EMAIL.matcher(value).find()) {
      throw new IllegalArgumentException(
          "audit "
              + where
              + " looks like it holds an email address; record an id instead (the audit log"
              + " must not hold consumer personal information)");
    }
  }

  private static void refuseEmails(String where, JsonNode node) {
    if (node.isTextual()) {
      refuseEmail(where, node.textValue());
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        refuseEmails(where, item);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        refuseEmail(where, field.getKey()); // checked before it is named in a message
        refuseEmails(where + "." + field.getKey(), field.getValue());
      }
    }
  }
}
