package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Options;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingTest {
  @AfterEach
  void restoreDefaultLogging() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  @Test
  void json_format_writes_one_json_object_per_line() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Logging.configure(
          Config.resolve(Map.of(Options.LOG_FORMAT, "json"), Map.of(), null, Map.of()));
      LoggerFactory.getLogger("http").info("GET {} {}", "/healthz", 200);
    } finally {
      System.setOut(original);
    }
    String line =
        captured
            .toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("healthz"))
            .findFirst()
            .orElseThrow();
    JsonNode event = new ObjectMapper().readTree(line);
    assertThat(event.get("level").asText()).isEqualTo("INFO");
    assertThat(event.get("loggerName").asText()).isEqualTo("http");
    assertThat(event.get("formattedMessage").asText()).isEqualTo("GET /healthz 200");
  }

  @Test
  void an_unknown_format_is_refused_naming_the_option() {
    var config = Config.resolve(Map.of(Options.LOG_FORMAT, "xml"), Map.of(), null, Map.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Logging.configure(config))
        .isInstanceOf(ConfigException.class)
        .hasMessage("option --log-format must be 'text' or 'json', not 'xml'");
  }
}
