package dev.rightful.fulfil.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rightful.datamap.Names;
import dev.rightful.datamap.Purpose;
import dev.rightful.datamap.Recipient;
import dev.rightful.datamap.Source;
import dev.rightful.law.Category;
import dev.rightful.law.Lookback;
import dev.rightful.requests.LookbackWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@link AccessReport} as the ZIP the consumer downloads: {@code data.json} (structured,
 * machine-readable), one CSV per table, and a readable {@code index.html} (CC 1798.130(a)(2)(A),
 * (a)(3)(B)(iii)). Stateless and thread-safe.
 */
public final class AccessPackage {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** RFC 4180: quotes only where a value needs them, rows end in CRLF. */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private static final CsvSchema CRLF_ROWS = CsvSchema.emptySchema().withLineSeparator("\r\n");

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
  private static final String FORMULA_START = "=+-@\t\r";

  private AccessPackage() {}

  public static byte[] zip(AccessReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, "data.json", JSON.writeValueAsString(json(report)));
      for (AccessReport.TableData table : report.tables()) {
        entry(zip, table.fileName(), csv(table));
      }
      entry(zip, "index.html", html(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static ObjectNode json(AccessReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("request", report.reference());
    root.put("from", report.lookback().from().toString());
    root.put("to", report.lookback().to().toString());
    // Rule 20: the period covered, what was asked where it differs, and the consumer's words.
    Lookback lookback = report.lookback();
    ObjectNode period = root.putObject("period");
    period.put("scope", lookback.scope().id());
    period.put("from", lookback.from().toString());
    period.put("to", lookback.to().toString());
    if (lookback.startRaised()) {
      period.put("askedFrom", lookback.askedFrom().toString());
    }
    if (lookback.endLowered()) {
      period.put("askedTo", lookback.askedTo().toString());
    }
    period.put("explanation", LookbackWords.told(lookback));
    root.put("specificPieces", report.specificPieces());
    ObjectNode data = root.putObject("data");
    for (AccessReport.TableData table : report.tables()) {
      ObjectNode system =
          data.has(table.system())
              ? (ObjectNode) data.get(table.system())
              : data.putObject(table.system());
      ArrayNode rows = system.putArray(table.table());
      for (Map<String, Object> row : table.rows()) {
        rows.add(JSON.valueToTree(row));
      }
    }
    ArrayNode withheld = root.putArray("heldNotDisclosed");
    for (AccessReport.Withheld w : report.withheld()) {
      withheld.add(JSON.valueToTree(w));
    }
    Disclosures d = report.disclosures();
    ArrayNode categories = root.putArray("categories");
    for (Category category : sorted(d)) {
      categories.addObject().put("category", category.name()).put("name", category.statutoryName());
    }
    ArrayNode sources = root.putArray("sources");
    d.sources().forEach(s -> sources.add(s.description()));
    ArrayNode purposes = root.putArray("purposes");
    d.purposes().forEach(p -> purposes.add(p.description()));
    root.set("soldOrShared", recipients(d.soldOrShared()));
    root.set("disclosedForBusinessPurpose", recipients(d.businessPurpose()));
    return root;
  }

  private static ArrayNode recipients(List<Recipient> list) {
    ArrayNode array = JSON.createArrayNode();
    for (Recipient r : list) {
      ObjectNode node = array.addObject();
      node.put("recipient", r.description()).put("kind", r.kind().id());
      ArrayNode categories = node.putArray("categories");
      r.categories().stream().sorted().forEach(c -> categories.add(c.name()));
    }
    return array;
  }

  private static List<Category> sorted(Disclosures d) {
    return d.categories().stream().sorted().toList();
  }

  /**
   * One table as CSV, written by the CSV library: RFC 4180 quoting where a value holds a comma, a
   * double quote or a line break, rows ending in CRLF, the header the database's column names.
   */
  static String csv(AccessReport.TableData table) {
    StringWriter out = new StringWriter();
    try (SequenceWriter rows = CSV.writer(CRLF_ROWS).writeValues(out)) {
      rows.write(table.columns().stream().map(AccessPackage::cell).toArray(String[]::new));
      for (Map<String, Object> row : table.rows()) {
        rows.write(
            table.columns().stream()
                .map(c -> cell(row.get(c) == null ? "" : row.get(c).toString()))
                .toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A value defused for spreadsheets (OWASP, CSV injection): one starting with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return, which a spreadsheet could read as a
   * formula, gets a leading apostrophe. The values are what the consumer or the company's staff
   * typed.
   */
  private static String cell(String text) {
    return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static String html(AccessReport report) {
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Your personal information</title></head><body>\n")
        .append("<h1>Your personal information</h1>\n<p>Request ")
        .append(esc(report.reference()))
        .append(".</p>\n<p id=\"period\">")
        .append(esc(LookbackWords.told(report.lookback())))
        .append("</p>\n");
    Disclosures d = report.disclosures();
    html.append("<h2>Categories of personal information we hold about you</h2>\n<ul>\n");
    for (Category c : sorted(d)) {
      html.append("<li>").append(esc(c.statutoryName())).append("</li>\n");
    }
    html.append("</ul>\n<h2>Where it came from</h2>\n<ul>\n");
    for (Source s : d.sources()) {
      html.append("<li>").append(esc(s.description())).append("</li>\n");
    }
    html.append("</ul>\n<h2>Why we use it</h2>\n<ul>\n");
    for (Purpose p : d.purposes()) {
      html.append("<li>").append(esc(p.description())).append("</li>\n");
    }
    html.append("</ul>\n<h2>Sold or shared to</h2>\n");
    recipients(html, d.soldOrShared());
    html.append("<h2>Disclosed for a business purpose to</h2>\n");
    recipients(html, d.businessPurpose());
    if (!report.withheld().isEmpty()) {
      html.append("<h2>Information we hold but do not show</h2>\n<p>For your security the law")
          .append(
              " does not let us disclose these values; we confirm that we hold them.</p>\n<ul>\n");
      for (AccessReport.Withheld w : report.withheld()) {
        html.append("<li>")
            .append(esc(w.kind()))
            .append(", in: ")
            .append(esc(heading(report, w.system(), w.table())))
            .append("</li>\n");
      }
      html.append("</ul>\n");
    }
    // The reader sees what a table holds in the map's words, never its name (data.json and the
    // CSV files keep the names, for machines).
    for (AccessReport.TableData table : report.tables()) {
      html.append("<h2>").append(esc(heading(table))).append("</h2>\n<table><tr>");
      table.columns().forEach(c -> html.append("<th>").append(esc(Names.words(c))).append("</th>"));
      html.append("</tr>\n");
      for (Map<String, Object> row : table.rows()) {
        html.append("<tr>");
        for (String c : table.columns()) {
          Object v = row.get(c);
          html.append("<td>").append(esc(v == null ? "" : v.toString())).append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</table>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String heading(AccessReport report, String system, String table) {
    return report.tables().stream()
        .filter(t -> t.system().equals(system) && t.table().equals(table))
        .findFirst()
        .map(AccessPackage::heading)
        .orElse(Names.words(table));
  }

  private static String heading(AccessReport.TableData table) {
    return table.description() == null || table.description().isBlank()
        ? Names.words(table.table())
        : table.description().strip();
  }

  private static void recipients(StringBuilder html, List<Recipient> list) {
    if (list.isEmpty()) {
      html.append("<p>None.</p>\n");
      return;
    }
    html.append("<ul>\n");
    for (Recipient r : list) {
      html.append("<li>").append(esc(r.description())).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String esc(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;");
  }
}
