package dev.rightful.fulfil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.store.PiProtection;
import java.util.List;
import java.util.Map;

/**
 * Turns what a step found (sealed: it is personal information) and what it did (plain: counts) into
 * the text kept in {@code fulfil_job}, and back. Thread-safe.
 */
final class StepCodec {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_LONG_FOR_INTS);

  private final PiProtection pi;

  StepCodec(PiProtection pi) {
    this.pi = pi;
  }

  /** The context binds a sealed value to its request and step: it cannot be moved to another. */
  private static String context(String requestId, String step) {
    return "fulfil_job.found:" + requestId + ":" + step;
  }

  String sealFound(String requestId, Found found) {
    return pi.seal(
        write(Map.of("statements", found.statements(), "tables", found.tables())),
        context(requestId, found.system()));
  }

  Found openFound(String requestId, String system, String sealed) {
    try {
      Map<String, Object> map =
          JSON.readValue(pi.open(sealed, context(requestId, system)), new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      Map<String, List<Map<String, Object>>> tables =
          (Map<String, List<Map<String, Object>>>) map.get("tables");
      return new Found(system, tables, ((Number) map.get("statements")).intValue());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored fulfilment step cannot be read", e);
    }
  }

  /** Seals the values a correction replaced: {@code table.field -> [old values]}. */
  String sealPrior(String requestId, String system, Map<String, List<Object>> prior) {
    return pi.seal(write(prior), "fulfil_job.prior:" + requestId + ":" + system);
  }

  Map<String, Object> openPrior(String requestId, String system, String sealed) {
    return readMap(pi.open(sealed, "fulfil_job.prior:" + requestId + ":" + system));
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T read(String text, Class<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored fulfilment result cannot be read", e);
    }
  }

  static Map<String, Object> readMap(String text) {
    try {
      return JSON.readValue(text, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored fulfilment result cannot be read", e);
    }
  }
}
