package dev.rightful.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rightful.discovery.DriftFinding;
import dev.rightful.discovery.ScanResult;
import dev.rightful.discovery.classify.Evidence;
import dev.rightful.discovery.classify.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code scan --format json}: every system's tables and columns with their verdicts (categories,
 * sensitive kind, confidence, evidence: rules and counts, never values) and the drift findings, in
 * the shape docs/discovery.md documents. Fields are only ever added.
 */
final class ScanJson {
  static final int FORMAT_VERSION = 1;

  private ScanJson() {}

  static void write(
      String directory,
      List<ScanResult> results,
      List<DriftFinding> findings,
      int failOver,
      Path workingDirectory,
      PrintWriter out)
      throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("directory", directory);
    root.put("drift", findings.size());
    root.put("failOver", failOver);
    ArrayNode systems = root.putArray("systems");
    for (ScanResult result : results) {
      ObjectNode system = systems.addObject();
      system.put("id", result.system());
      system.put("dialect", result.dialect());
      system.put("millis", result.millis());
      ObjectNode timing = system.putObject("timing");
      timing.put("catalogMillis", result.timing().catalog());
      timing.put("samplingMillis", result.timing().sampling());
      timing.put("classifyingMillis", result.timing().classifying());
      ArrayNode notSampled = system.putArray("notSampled");
      result.notSampled().forEach(notSampled::add);
      ArrayNode tables = system.putArray("tables");
      for (ScanResult.ScannedTable table : result.tables()) {
        ObjectNode t = tables.addObject();
        t.put("name", table.table().name());
        t.put("rowsSampled", table.rowsSampled());
        t.put("method", table.method());
        ArrayNode columns = t.putArray("columns");
        for (ScanResult.ScannedColumn column : table.columns()) {
          ObjectNode c = columns.addObject();
          c.put("name", column.column().name());
          c.put("type", column.column().typeName());
          var verdict = column.verdict();
          c.put("personal", verdict.personal());
          ArrayNode categories = c.putArray("categories");
          verdict.categories().forEach(k -> categories.add(k.letter()));
          c.put("sensitive", verdict.sensitive() == null ? null : verdict.sensitive().id());
          c.put("identity", verdict.identity());
          c.put("confidence", round(verdict.confidence()));
          ArrayNode kinds = c.putArray("findings");
          for (Finding f : verdict.findings()) {
            ObjectNode k = kinds.addObject();
            k.put("kind", f.kind().id());
            k.put("confidence", round(f.confidence()));
            k.put("embedded", f.embedded());
            evidence(k.putArray("evidence"), f.evidence());
          }
        }
      }
    }
    ArrayNode list = root.putArray("findings");
    for (DriftFinding f : findings) {
      ObjectNode item = list.addObject();
      item.put("kind", f.kind().id());
      item.put("system", f.system());
      item.put("table", f.table());
      item.put("column", f.column());
      item.put("message", f.message());
      if (f.location() != null) {
        item.put("file", ReportedProblem.relative(f.location().file(), workingDirectory));
        item.put("line", f.location().line());
      }
      item.put("confidence", round(f.confidence()));
      evidence(item.putArray("evidence"), f.evidence());
      item.put("suggestion", f.suggestion());
    }
    out.println(mapper.writeValueAsString(root));
  }

  private static void evidence(ArrayNode array, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      ObjectNode item = array.addObject();
      item.put("rule", e.rule());
      item.put("source", e.source().name().toLowerCase(java.util.Locale.ROOT));
      if (e.source() == Evidence.Source.VALUES) {
        item.put("matched", e.matched());
        item.put("sampled", e.sampled());
      }
    }
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
