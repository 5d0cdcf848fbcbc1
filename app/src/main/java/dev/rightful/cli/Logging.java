package dev.rightful.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Options;
import org.slf4j.LoggerFactory;

/** Switches logging between text (start-dev) and one JSON object per line (start). */
final class Logging {
  private Logging() {}

  static void configure(Config config) {
    String format = config.get(Options.LOG_FORMAT);
    if (!format.equals("text") && !format.equals("json")) {
      throw new ConfigException(
          config.describe(Options.LOG_FORMAT) + " must be 'text' or 'json', not '" + format + "'");
    }
    if (format.equals("json")) {
      LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
      context.reset();
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      try {
        configurator.doConfigure(Logging.class.getResource("/logback-json.xml"));
      } catch (JoranException e) {
        throw new IllegalStateException("logback-json.xml is broken", e);
      }
    }
  }
}
