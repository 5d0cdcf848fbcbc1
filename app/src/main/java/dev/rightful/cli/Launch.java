package dev.rightful.cli;

import dev.rightful.App;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.datamap.DataMapException;
import dev.rightful.datamap.Problem;
import java.util.concurrent.CountDownLatch;

/** Starts the server for start and start-dev, prints where it listens, and stops it on SIGTERM. */
final class Launch {
  private Launch() {}

  static int run(Config config, App.Settings settings) {
    App app;
    try {
      app = App.start(settings);
    } catch (DataMapException e) {
      e.problems().forEach(p -> System.err.println(p.format()));
      System.err.println(
          Messages.startRefused(
              Messages.dataMapInvalid(
                  (int) e.problems().stream().filter(Problem::isError).count())));
      return 1;
    } catch (ConfigException e) {
      System.err.println(Messages.startRefused(e.getMessage()));
      return 2;
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
                  org.slf4j.LoggerFactory.getLogger(Launch.class)
                      .info("stopping: finishing requests in flight");
                  app.close();
                  org.slf4j.LoggerFactory.getLogger(Launch.class).info("stopped");
                  stopped.countDown();
                },
                "rightful-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
