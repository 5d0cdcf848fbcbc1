package dev.rightful.requests;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes requests as CSV with the §7101 record fields (rule 44) and no personal information: the
 * export behind the staff API and the console's download. Stateless and thread-safe.
 */
public final class RequestCsv {
  /** The column names, one per record field, in order. */
  private static final String[] COLUMNS = {
    "reference",
    "type",
    "original_type",
    "status",
    "channel",
    "requester",
    "received",
    "acknowledge_by",
    "due_by",
    "extended_due_by",
    "response",
    "denial_basis",
    "closed"
  };

  /** The header row, one column per record field. */
  public static final String HEADER = String.join(",", COLUMNS) + "\n";

  /** RFC 4180 quoting, only where a value needs it; rows end in a line feed. */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\n");

  private RequestCsv() {}

  /**
   * The requests as CSV, header first. Every value is an id, a generated reference or a date, none
   * typed by a consumer or staff member, so no formula guard is needed; the CSV library quotes
   * anyway should a value ever hold a comma, quote or line break.
   */
  public static String write(List<RightsRequest> requests) {
    StringWriter out = new StringWriter();
    try (SequenceWriter rows = CSV.writer(ROWS).writeValues(out)) {
      rows.write(COLUMNS);
      for (RightsRequest r : requests) {
        rows.write(
            new String[] {
              r.reference(),
              r.type().id(),
              r.originalType().id(),
              r.status().id(),
              r.channel().id(),
              r.requester().kind().id(),
              r.receivedDate().toString(),
              str(r.acknowledgeBy()),
              r.dueBy().toString(),
              str(r.extendedDueBy()),
              r.responseNature() == null ? "" : r.responseNature().id(),
              r.denialBasis() == null ? "" : r.denialBasis().id(),
              str(r.closedAt())
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String str(Object value) {
    return value == null ? "" : value.toString();
  }
}
