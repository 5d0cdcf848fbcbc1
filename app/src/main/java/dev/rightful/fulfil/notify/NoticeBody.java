package dev.rightful.fulfil.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.requests.Correction;
import dev.rightful.requests.RightsRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a vendor is told about a request: the JSON body of a webhook, and the lines of an email. It
 * carries the identifiers the consumer gave, since the vendor holds the data under them, and for a
 * correction the corrected values; {@code fulfil_notification} itself keeps none of it. Stateless.
 */
public final class NoticeBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NoticeBody() {}

  /** The path a vendor calls back on to acknowledge notice {@code id}. */
  static String callbackPath(long id) {
    return "/api/v1/notifications/" + id + "/ack";
  }

  static byte[] json(RightsRequest request, Notice notice, String publicUrl) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("notificationId", notice.id());
    body.put("requestReference", request.reference());
    body.put("type", notice.kind());
    if (notice.dueOn() != null) {
      body.put("respondBy", notice.dueOn().toString());
    }
    body.put("subjectKeys", keys(request));
    if (notice.kind().equals("correct")) {
      List<Map<String, String>> corrections = new ArrayList<>();
      for (Correction c : corrections(request)) {
        corrections.add(Map.of("field", c.field(), "value", c.value()));
      }
      body.put("corrections", corrections);
    }
    if (publicUrl != null) {
      body.put("callbackUrl", publicUrl + callbackPath(notice.id()));
    }
    try {
      return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The identifiers the consumer gave, as a vendor matches them: email, phone, customerId. */
  public static Map<String, Object> keys(RightsRequest request) {
    Map<String, Object> keys = new LinkedHashMap<>();
    if (request.subject().email() != null) {
      keys.put("email", request.subject().email());
    }
    if (request.subject().phone() != null) {
      keys.put("phone", request.subject().phone());
    }
    if (request.subject().accountId() != null) {
      keys.put("customerId", request.subject().accountId());
    }
    return keys;
  }

  /** The identifiers, one "Label: value" line each, for an email. */
  public static String identifierLines(RightsRequest request) {
    StringBuilder lines = new StringBuilder();
    line(lines, "Name", request.subject().name());
    line(lines, "Email", request.subject().email());
    line(lines, "Phone", request.subject().phone());
    line(lines, "Account id", request.subject().accountId());
    return lines.toString().strip();
  }

  public static String correctionLines(RightsRequest request) {
    StringBuilder lines = new StringBuilder();
    for (Correction c : corrections(request)) {
      line(lines, c.field(), c.value());
    }
    return lines.toString().strip();
  }

  private static List<Correction> corrections(RightsRequest request) {
    return request.payload() == null || request.payload().corrections() == null
        ? List.of()
        : request.payload().corrections();
  }

  private static void line(StringBuilder lines, String label, String value) {
    if (value != null && !value.isBlank()) {
      lines.append("  ").append(label).append(": ").append(value).append('\n');
    }
  }
}
