package dev.rightful.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code validate --format json}: one object with the verdict and every problem, in the shape
 * docs/validate-in-ci.md documents. Fields are only ever added, so scripts keep working; {@code
 * formatVersion} changes if one is ever removed or renamed.
 */
final class JsonProblemReport {
  static final int FORMAT_VERSION = 1;

  private JsonProblemReport() {}

  static void write(String directory, List<ReportedProblem> problems, PrintWriter out)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    long errors = problems.stream().filter(ReportedProblem::isError).count();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("directory", directory);
    root.put("valid", errors == 0);
    root.put("errors", errors);
    root.put("warnings", problems.size() - errors);
    ArrayNode list = root.putArray("problems");
    for (ReportedProblem p : problems) {
      ObjectNode item = list.addObject();
      item.put("file", p.file());
      item.put("line", p.line());
      item.put("column", p.column());
      item.put("severity", p.severity());
      item.put("code", p.code());
      item.put("rule", p.citation());
      item.put("message", p.problem().message());
    }
    out.println(mapper.writeValueAsString(root));
  }
}
