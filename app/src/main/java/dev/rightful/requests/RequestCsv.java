package dev.rightful.requests;

import java.util.List;

/**
 * Writes requests as CSV with the §7101 record fields (rule 44) and no personal information: the
 * export behind the staff API and the console's download. Stateless and thread-safe.
 */
public final class RequestCsv {
  /** The header row, one column per record field. */
  public static final String HEADER =
      "reference,type,original_type,status,channel,requester,received,acknowledge_by,due_by,"
          + "extended_due_by,response,denial_basis,closed\n";

  private RequestCsv() {}

  /** The requests as CSV, header first. Every value is an id, a reference or a date: no quoting. */
  public static String write(List<RightsRequest> requests) {
    StringBuilder out = new StringBuilder(HEADER);
    for (RightsRequest r : requests) {
      out.append(
              String.join(
                  ",",
                  List.of(
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
                      str(r.closedAt()))))
          .append('\n');
    }
    return out.toString();
  }

  private static String str(Object value) {
    return value == null ? "" : value.toString();
  }
}
