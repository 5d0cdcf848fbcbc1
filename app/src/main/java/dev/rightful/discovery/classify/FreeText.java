package dev.rightful.discovery.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal information inside free text (notes, comments, transcripts) and JSON documents: the
 * kinds found in each value, counted per row. Only shapes with a format or checksum count in prose
 * (an e-mail, a formatted phone number, a valid SSN, a Luhn-valid card, an IP address); in JSON a
 * key's name counts too ({"email": …}, {"dob": …}).
 */
final class FreeText {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w.])(\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?![\\w])");
  private static final Pattern SSN = Pattern.compile("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])");
  private static final Pattern CARD = Pattern.compile("(?<!\\d)(\\d[ -]?){12,18}\\d(?!\\d)");
  private static final Pattern IPV4 =
      Pattern.compile("(?<![\\d.])\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\d.])");

  private FreeText() {}

  /** Whether the value reads as prose: long enough and with spaces between words. */
  static boolean prose(String value) {
    return value.length() >= 20 && value.indexOf(' ') > 0;
  }

  static boolean json(String value) {
    char first = value.charAt(0);
    return (first == '{' || first == '[') && value.length() >= 2;
  }

  /** The kinds found in one value (prose or JSON). */
  static Set<PiKind> kinds(String value) {
    Set<PiKind> found = EnumSet.noneOf(PiKind.class);
    if (json(value)) {
      try {
        walk(null, JSON.readTree(value), found, 0);
        return found;
      } catch (java.io.IOException e) {
        // not JSON after all: read it as prose
      }
    }
    prose(value, found);
    return found;
  }

  private static void prose(String text, Set<PiKind> found) {
    if (EMAIL.matcher(text).find()) {
      found.add(PiKind.EMAIL);
    }
    if (any(PHONE.matcher(text), m -> ValueRules.phone(m.strip(), false))) {
      found.add(PiKind.PHONE);
    }
    if (any(SSN.matcher(text), m -> ValueRules.ssn(m, false))) {
      found.add(PiKind.GOVERNMENT_ID);
    }
    if (any(CARD.matcher(text), m -> ValueRules.card(m.strip()))) {
      found.add(PiKind.CARD_NUMBER);
    }
    if (any(IPV4.matcher(text), ValueRules::ipv4)) {
      found.add(PiKind.IP_ADDRESS);
    }
  }

  private static boolean any(Matcher m, java.util.function.Predicate<String> valid) {
    while (m.find()) {
      if (valid.test(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static void walk(String key, JsonNode node, Set<PiKind> found, int depth) {
    if (depth > 20) {
      return;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        walk(field.getKey(), field.getValue(), found, depth + 1);
      }
    } else if (node.isArray()) {
      node.forEach(item -> walk(key, item, found, depth + 1));
    } else if (!node.isNull()) {
      String text = node.asText().strip();
      if (text.isEmpty()) {
        return;
      }
      if (key != null) {
        Names.lookup(Names.words(key), Names.Context.of("", List.of()))
            .filter(hit -> hit.entry().confidence() >= Names.STRONG)
            .ifPresent(hit -> found.add(hit.entry().kind()));
      }
      prose(text, found);
      if (ValueRules.phone(text, false)) {
        found.add(PiKind.PHONE);
      }
    }
  }

  /** Rows per kind over {@code values}. */
  static Map<PiKind, Integer> count(List<String> values) {
    Map<PiKind, Integer> rows = new EnumMap<>(PiKind.class);
    for (String value : values) {
      for (PiKind kind : kinds(value)) {
        rows.merge(kind, 1, Integer::sum);
      }
    }
    return rows;
  }
}
