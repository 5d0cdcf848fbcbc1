package dev.rightful.cli;

import dev.rightful.App;
import dev.rightful.config.Config;
import dev.rightful.datamap.DataMapException;
import dev.rightful.datamap.Problem;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server for start and start-dev, prints where it listens, and stops it on SIGTERM. */
final class Launch {
  private static final Logger log = LoggerFactory.getLogger(Launch.class);

  private Launch() {}

  static int run(String command, Config config, App.Settings settings) {
    App app;
    try {
      app = App.start(settings);
    } catch (DataMapException e) {
      e.problems().forEach(p -> System.err.println(p.format()));
      System.err.println(
          Messages.refused(
              command,
              Messages.dataMapInvalid(
                  (int) e.problems().stream().filter(Problem::isError).count())));
      return ExitCode.DATA_MAP.code;
    } catch (RuntimeException e) {
      return refuse(command, e, config);
    }
    String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
    String url =
        settings.publicUrl() != null ? settings.publicUrl() : "http://" + host + ":" + app.port();
    System.out.println(
        settings.devMode()
            ? Messages.devBanner(
                url,
                settings.companyFallback() == null ? "(none)" : settings.companyFallback().url())
            : Messages.started(url));
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    // Graceful shutdown: finish in-flight requests, then close the pool.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("stopping: finishing requests in flight");
                  app.close();
                  log.info("stopped");
                  stopped.countDown();
                },
                "rightful-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCode.OK.code;
  }

  /**
   * Prints what stopped {@code command}, one line per problem and no stack trace (that goes to the
   * log at debug), and returns the exit code of its kind. {@code config} may be null.
   */
  static int refuse(String command, Throwable thrown, Config config) {
    StartFailure failure = StartFailure.of(thrown, config);
    log.debug("{} failed", command, thrown);
    // A server that could not come up says so; a setting problem speaks for itself.
    boolean starting = command.startsWith("start") && failure.exitCode() != ExitCode.CONFIG;
    failure.lines().stream()
        .map(line -> starting ? Messages.cannotStart(line) : line)
        .forEach(line -> System.err.println(Messages.refused(command, line)));
    System.err.flush();
    return failure.exitCode().code;
  }
}
