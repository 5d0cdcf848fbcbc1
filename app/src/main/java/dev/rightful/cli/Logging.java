package dev.rightful.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.rightful.config.Config;
import dev.rightful.config.Options;
import org.slf4j.LoggerFactory;

/**
 * Switches logging between text (start-dev) and one JSON object per line (start), at the level of
 * {@code --log-level}. The option's type has refused any other value already.
 */
final class Logging {
  private Logging() {}

  static void configure(Config config) {
    String format = config.get(Options.LOG_FORMAT);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    if (format.equals("json")) {
      context.reset();
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      try {
        configurator.doConfigure(Logging.class.getResource("/logback-json.xml"));
      } catch (JoranException e) {
        throw new IllegalStateException("logback-json.xml is broken", e);
      }
    }
    context
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        .setLevel(Level.toLevel(config.get(Options.LOG_LEVEL), Level.INFO));
  }
}
