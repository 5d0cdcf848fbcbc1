package dev.rightful.cli;

import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Problem;
import dev.rightful.notice.HtmlNotice;
import dev.rightful.notice.MarkdownNotice;
import dev.rightful.notice.NoticeBuilder;
import dev.rightful.notice.NoticeDocument;
import dev.rightful.notice.NoticeRoutes;
import dev.rightful.web.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rightful notice DIR --format html|md|json}: prints the notice generated from a map. */
@Command(
    name = "notice",
    mixinStandardHelpOptions = true,
    description = "Print the CCPA notice generated from a data map.")
final class NoticeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    html,
    md,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "Directory of the data map YAML files.")
  Path directory;

  @Option(
      names = "--format",
      defaultValue = "html",
      description = "html, md or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "Where Rightful serves the privacy center (as for start): the notice links its forms.")
  String publicUrl;

  @Override
  public Integer call() {
    DataMapLoader.Result result = DataMapLoader.load(directory);
    if (!result.valid()) {
      result.problems().stream()
          .filter(Problem::isError)
          .forEach(p -> spec.commandLine().getErr().println(p.format()));
      spec.commandLine().getErr().flush();
      return 1;
    }
    NoticeDocument notice = new NoticeBuilder().build(result.map(), publicUrl);
    String text =
        switch (format) {
          case html -> new HtmlNotice().render(notice);
          case md -> new MarkdownNotice().render(notice);
          case json -> NoticeRoutes.toJson(Json.mapper(), notice);
        };
    spec.commandLine().getOut().println(text);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
