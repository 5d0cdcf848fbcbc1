package dev.rightful.audit;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rightful.law.RequestType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The §7102 metrics for a calendar year: for each kind of request, how many were received, complied
 * with in whole or in part, and denied, and the median and mean days to respond (rule 45). Requests
 * to know of both kinds are counted together, as the regulation counts them, under the type the
 * consumer asked for. Thread-safe.
 */
public final class RequestMetrics {
  // 7102(a)(1): delete, correct, know, opt-out of sale or sharing, limit; a Shine the Light request
  // (CC 1798.83, type direct-marketing) is not a CCPA request and is not counted. The two ADMT
  // requests (7221, 7222) follow as their own rows [U: whether the amended 7102 names them]
  private static final List<String> KINDS =
      List.of(
          "know", "delete", "correct", "opt-out", "limit-sensitive", "opt-out-admt", "access-admt");

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\n");

  private final Jdbi jdbi;
  private final ZoneId zone;

  public RequestMetrics(Jdbi jdbi, ZoneId zone) {
    this.jdbi = jdbi;
    this.zone = zone;
  }

  /**
   * One row of the report. Days are calendar days from receipt to response, receipt day excluded.
   */
  public record Row(
      String kind,
      int received,
      int compliedInWholeOrPart,
      int denied,
      Double medianDaysToRespond,
      Double meanDaysToRespond) {}

  /** The report for requests received in {@code year}, one row per kind in a fixed order. */
  public List<Row> forYear(int year) {
    record Request(String type, LocalDate received, String nature, OffsetDateTime closedAt) {}
    List<Request> requests =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT original_type, received_date, response_nature, closed_at FROM rights_request"
                            + " WHERE received_date >= :from AND received_date < :to")
                    .bind("from", LocalDate.of(year, 1, 1))
                    .bind("to", LocalDate.of(year + 1, 1, 1))
                    .map(
                        (rs, ctx) ->
                            new Request(
                                rs.getString("original_type"),
                                rs.getObject("received_date", LocalDate.class),
                                rs.getString("response_nature"),
                                rs.getObject("closed_at", OffsetDateTime.class)))
                    .list());
    Map<String, List<Request>> byKind = new LinkedHashMap<>();
    for (String kind : KINDS) {
      byKind.put(kind, new ArrayList<>());
    }
    for (Request request : requests) {
      List<Request> ofKind = byKind.get(kind(request.type()));
      if (ofKind != null) {
        ofKind.add(request);
      }
    }
    List<Row> rows = new ArrayList<>();
    byKind.forEach(
        (kind, list) -> {
          List<Long> days =
              list.stream()
                  .filter(r -> r.closedAt() != null)
                  .map(
                      r ->
                          ChronoUnit.DAYS.between(
                              r.received(), r.closedAt().atZoneSameInstant(zone).toLocalDate()))
                  .sorted()
                  .toList();
          rows.add(
              new Row(
                  kind,
                  list.size(),
                  (int)
                      list.stream()
                          .filter(
                              r ->
                                  "complied".equals(r.nature())
                                      || "complied-in-part".equals(r.nature()))
                          .count(),
                  (int) list.stream().filter(r -> "denied".equals(r.nature())).count(),
                  median(days),
                  days.isEmpty()
                      ? null
                      : days.stream().mapToLong(Long::longValue).average().orElseThrow()));
        });
    return rows;
  }

  /**
   * The report as CSV with a header row, written by the CSV library (RFC 4180 quoting, rows ending
   * in a line feed). Every value is a year, a kind or a number: nothing typed by a person, so no
   * formula guard.
   */
  public String csv(int year) {
    StringWriter out = new StringWriter();
    try (SequenceWriter rows = CSV.writer(ROWS).writeValues(out)) {
      rows.write(
          new String[] {
            "year",
            "kind",
            "received",
            "complied_in_whole_or_part",
            "denied",
            "median_days_to_respond",
            "mean_days_to_respond"
          });
      for (Row row : forYear(year)) {
        rows.write(
            new String[] {
              Integer.toString(year),
              row.kind(),
              Integer.toString(row.received()),
              Integer.toString(row.compliedInWholeOrPart()),
              Integer.toString(row.denied()),
              row.medianDaysToRespond() == null ? "" : format(row.medianDaysToRespond()),
              row.meanDaysToRespond() == null ? "" : format(row.meanDaysToRespond())
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String kind(String type) {
    RequestType parsed = RequestType.fromId(type).orElseThrow();
    return parsed.isKnow() ? "know" : parsed.id();
  }

  private static Double median(List<Long> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }

  private static String format(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
