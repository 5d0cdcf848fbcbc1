package dev.rightful.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code rightful} in its own JVM, as the launcher runs it (its {@code main}, its {@code
 * System.exit}), with everything it printed on each stream: what an operator sees.
 */
public record CliProcess(int exitCode, String out, String err) {

  /** Runs {@code rightful args...} with {@code env} added to this process's environment. */
  public static CliProcess run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.rightful.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("rightful-out", ".txt");
    Path err = Files.createTempFile("rightful-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(Repo.root().toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      // A guard against a hung child, not an assertion about time.
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("rightful " + String.join(" ", args) + " did not end");
      }
      return new CliProcess(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Whether anything printed looks like a Java stack trace. */
  public boolean printedAStackTrace() {
    return (out + err).lines().anyMatch(line -> line.matches("\\s+at [\\w.$]+\\(.*\\)"));
  }
}
