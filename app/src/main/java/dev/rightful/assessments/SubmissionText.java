package dev.rightful.assessments;

import dev.rightful.datamap.Assessment;
import dev.rightful.law.RiskAssessmentTrigger;
import java.util.List;

/**
 * Renders a {@link Submission} as Markdown, or as a standalone HTML page that prints (and saves as
 * PDF from a browser) with the attestation on a page of its own for the executive to sign.
 */
public final class SubmissionText {
  private SubmissionText() {}

  public static String markdown(Submission s) {
    StringBuilder md = new StringBuilder();
    md.append("# Risk assessment submission for ").append(s.period().year()).append("\n\n");
    md.append("Submitted to the California Privacy Protection Agency under 11 CCR 7157.\n\n");
    for (String[] row : facts(s)) {
      md.append("- **").append(row[0]).append(":** ").append(row[1]).append('\n');
    }
    md.append("\n## Assessments conducted or updated in the period\n\n");
    md.append("| Processing (7150(b)) | Number |\n|---|---|\n");
    for (RiskAssessmentTrigger t : RiskAssessmentTrigger.values()) {
      md.append("| ")
          .append(capital(t.description()))
          .append(" | ")
          .append(s.byProcessing().getOrDefault(t, 0))
          .append(" |\n");
    }
    md.append("\n## Categories of personal information involved\n\n");
    for (String line : categories(s)) {
      md.append("- ").append(line).append('\n');
    }
    md.append("\n## The assessments\n\n");
    md.append("| Assessment | Conducted | Last reviewed | Approved | Goes ahead |\n");
    md.append("|---|---|---|---|---|\n");
    for (Assessment a : s.assessments()) {
      md.append("| ")
          .append(title(a).replace("|", "\\|"))
          .append(" | ")
          .append(a.conducted())
          .append(" | ")
          .append(a.lastReviewed())
          .append(" | ")
          .append(a.approved())
          .append(" | ")
          .append(Boolean.TRUE.equals(a.proceed()) ? "yes" : "no")
          .append(" |\n");
    }
    md.append("\n## Attestation\n\n").append(Submission.ATTESTATION).append("\n\n");
    for (String blank : List.of("Name", "Title", "Signature", "Date")) {
      md.append(blank).append(": ______________________________\n\n");
    }
    return md.toString();
  }

  public static String html(Submission s) {
    StringBuilder h = new StringBuilder();
    String heading = "Risk assessment submission for " + s.period().year();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(esc(heading + " — " + s.business()))
        .append("</title>\n<style>\n")
        .append("body{font-family:Georgia,serif;max-width:48rem;margin:2rem auto;color:#111}\n")
        .append("table{border-collapse:collapse;width:100%}")
        .append("th,td{border:1px solid #444;padding:.3rem .5rem;text-align:left}\n")
        .append(".attestation{page-break-before:always;break-before:page}\n")
        .append(".blank{border-bottom:1px solid #111;min-height:2rem;margin-bottom:1rem}\n")
        .append("@page{margin:2cm}\n</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(esc(heading)).append("</h1>\n");
    h.append("<p>Submitted to the California Privacy Protection Agency under 11 CCR 7157.</p>\n");
    h.append("<dl>\n");
    for (String[] row : facts(s)) {
      h.append("<dt>").append(esc(row[0])).append("</dt><dd>").append(esc(row[1]));
      h.append("</dd>\n");
    }
    h.append("</dl>\n<h2>Assessments conducted or updated in the period</h2>\n");
    h.append("<table>\n<thead><tr><th scope=\"col\">Processing (7150(b))</th>")
        .append("<th scope=\"col\">Number</th></tr></thead>\n<tbody>\n");
    for (RiskAssessmentTrigger t : RiskAssessmentTrigger.values()) {
      h.append("<tr><td>")
          .append(esc(capital(t.description())))
          .append("</td><td>")
          .append(s.byProcessing().getOrDefault(t, 0))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<h2>Categories of personal information involved</h2>\n<ul>\n");
    for (String line : categories(s)) {
      h.append("<li>").append(esc(line)).append("</li>\n");
    }
    h.append("</ul>\n<h2>The assessments</h2>\n<table>\n<thead><tr>");
    for (String col :
        List.of("Assessment", "Conducted", "Last reviewed", "Approved", "Goes ahead")) {
      h.append("<th scope=\"col\">").append(col).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Assessment a : s.assessments()) {
      h.append("<tr><td>")
          .append(esc(title(a)))
          .append("</td><td>")
          .append(a.conducted())
          .append("</td><td>")
          .append(a.lastReviewed())
          .append("</td><td>")
          .append(a.approved())
          .append("</td><td>")
          .append(Boolean.TRUE.equals(a.proceed()) ? "yes" : "no")
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<section class=\"attestation\">\n<h2>Attestation</h2>\n<p>")
        .append(esc(Submission.ATTESTATION))
        .append("</p>\n");
    for (String blank : List.of("Name", "Title", "Signature", "Date")) {
      h.append("<p>").append(blank).append(":</p><div class=\"blank\"></div>\n");
    }
    h.append("</section>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static List<String[]> facts(Submission s) {
    return List.of(
        new String[] {"Business", s.business()},
        new String[] {
          "Contact", s.contactEmail() == null ? "(not stated in the map)" : s.contactEmail()
        },
        new String[] {"Period covered", s.period().from() + " to " + s.period().to()},
        new String[] {"Due", s.period().due().toString()},
        new String[] {
          "Risk assessments conducted or updated in the period",
          Integer.toString(s.assessments().size())
        },
        new String[] {
          "Sensitive personal information involved", s.involvesSensitive() ? "yes" : "no"
        });
  }

  private static List<String> categories(Submission s) {
    if (s.categories().isEmpty()) {
      return List.of("None");
    }
    return s.categories().stream()
        .sorted()
        .map(c -> c.letter() + ". " + c.statutoryName())
        .toList();
  }

  private static String title(Assessment a) {
    return a.title() != null ? a.title() + " (" + a.id() + ")" : a.id();
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
