package dev.rightful.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code validate --format github}: one GitHub Actions workflow command per problem ({@code ::error
 * file=…,line=…,col=…,title=…::message}), which the runner turns into an annotation on that line of
 * the pull request. The escaping is the runner's (actions/toolkit, command.ts): a message escapes
 * %, CR and LF; a property value also ':' and ',', which would end it.
 */
final class GithubAnnotations {
  private GithubAnnotations() {}

  static void write(List<ReportedProblem> problems, PrintWriter out) {
    for (ReportedProblem p : problems) {
      out.println(command(p));
    }
  }

  static String command(ReportedProblem p) {
    String title = "Rightful data map" + (p.citation() == null ? "" : " (" + p.citation() + ")");
    return "::"
        + p.severity()
        + " file="
        + escapeProperty(p.file())
        + ",line="
        + p.line()
        + ",col="
        + p.column()
        + ",title="
        + escapeProperty(title)
        + "::"
        + escapeData(p.problem().message());
  }

  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
