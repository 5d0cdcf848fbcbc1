package dev.rightful.fulfil.vendor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.StepKind;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.TableStep;
import dev.rightful.fulfil.notify.NoticeBody;
import dev.rightful.requests.Correction;
import dev.rightful.requests.RightsRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a vendor system is asked over its webhook: the request, the identifiers the consumer gave
 * (the vendor holds the data under them), corrections for a correction, the tables and fields the
 * map lists for that system (what to search, and all that Rightful accepts back), and where to call
 * back. Stateless.
 */
public final class SystemRequest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SystemRequest() {}

  /** The path a vendor system posts its result to when it answered 202. */
  public static String callbackPath(String requestId, String system) {
    return "/api/v1/requests/" + requestId + "/systems/" + system + "/result";
  }

  /**
   * The webhook-id of the request for {@code kind} to {@code system}: the same on a retry and on a
   * reminder, which repeat the one request, so the vendor can drop what it already has.
   */
  public static String messageId(RightsRequest request, StepKind kind, SystemPlan system) {
    return "system-request-" + request.id() + "-" + system.system().id() + "-" + kind.id();
  }

  /**
   * @param kind what the vendor is asked to do; its id is the body's {@code type}
   */
  public static byte[] json(
      RightsRequest request, StepKind kind, SystemPlan system, String publicUrl) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", request.id());
    body.put("requestReference", request.reference());
    body.put("system", system.system().id());
    body.put("type", kind.id());
    body.put("requestType", request.type().id());
    body.put("respondBy", request.effectiveDueBy().toString());
    body.put("subjectKeys", NoticeBody.keys(request));
    if (kind == StepKind.CORRECT) {
      List<Map<String, String>> corrections = new ArrayList<>();
      for (Correction c : corrections(request)) {
        corrections.add(Map.of("field", c.field(), "value", c.value()));
      }
      body.put("corrections", corrections);
    }
    body.put("tables", tables(system));
    if (publicUrl != null) {
      body.put("callbackUrl", publicUrl + callbackPath(request.id(), system.system().id()));
    }
    try {
      return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mapped tables of the system in plan order, each with its fields and onDelete. */
  static Map<String, Object> tables(SystemPlan system) {
    Map<String, Object> tables = new LinkedHashMap<>();
    for (TableStep step : system.steps()) {
      Table table = step.table();
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("fields", table.fields().stream().map(Field::name).toList());
      view.put("onDelete", table.onDelete().id());
      tables.put(table.name(), view);
    }
    return tables;
  }

  /** One line per table, " table: field, field, …", for a mail to an email system. */
  public static String tableLines(SystemPlan system) {
    StringBuilder lines = new StringBuilder();
    for (TableStep step : system.steps()) {
      lines
          .append("  ")
          .append(step.table().name())
          .append(": ")
          .append(String.join(", ", step.table().fields().stream().map(Field::name).toList()))
          .append('\n');
    }
    return lines.toString().strip();
  }

  private static List<Correction> corrections(RightsRequest request) {
    return request.payload() == null || request.payload().corrections() == null
        ? List.of()
        : request.payload().corrections();
  }
}
