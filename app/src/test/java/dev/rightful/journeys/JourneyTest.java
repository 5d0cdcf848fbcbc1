package dev.rightful.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.RequestType;
import dev.rightful.requests.AgentAuthority;
import dev.rightful.testing.AuditChainCheck;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request type through every channel, on the company database in PostgreSQL and in MariaDB,
 * as the consumer lives it: from the form or call to the emailed code, the answer mail and what
 * they end with (see docs/testing-journeys.md). One Rightful per database, one Chromium for every
 * browser journey, a fresh consumer per journey; after each journey the audit chain must verify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(AuditChainCheck.class)
class JourneyTest implements AuditChainCheck.Audited {
  static final List<String> DATABASES = List.of("postgresql", "mariadb");
  static final List<String> CHANNELS =
      List.of(
          "web form",
          "api",
          "phone",
          "agent with signed permission",
          "agent with power of attorney");

  private final Map<String, JourneyServer> servers = new LinkedHashMap<>();
  private Browser browser;

  static Stream<Arguments> journeys() {
    List<Arguments> all = new ArrayList<>();
    for (String database : DATABASES) {
      for (RequestType type : RequestType.values()) {
        if (type.isAdmt()) {
          continue; // the example map declares no ADMT use: center/AdmtJourneyTest runs those
        }
        for (String channel : CHANNELS) {
          if (chosen("journeys.database", database)
              && chosen("journeys.type", type.id())
              && chosen("journeys.channel", channel)) {
            all.add(Arguments.of(database, type, channel));
          }
        }
      }
    }
    return all.stream();
  }

  /**
   * Whether a system property narrows the suite to other journeys: {@code -Djourneys.type=delete},
   * {@code -Djourneys.database=mariadb}, {@code -Djourneys.channel=phone} (comma-separated lists; a
   * channel matches by its start, so {@code agent} is both agents). Unset, every journey runs.
   */
  private static boolean chosen(String property, String value) {
    String wanted = System.getProperty(property, "");
    return wanted.isBlank()
        || java.util.Arrays.stream(wanted.split(",")).anyMatch(w -> value.startsWith(w.strip()));
  }

  @ParameterizedTest(name = "{0}: {1} by {2}")
  @MethodSource("journeys")
  void the_consumer_receives_a_complete_and_true_answer(
      String database, RequestType type, String channel) {
    JourneyServer server = servers.computeIfAbsent(database, JourneyServer::start);
    new Journey(server, type, intake(channel)).run();
  }

  /**
   * Rule 20: a request to know covers nothing before 2022-01-01. A consumer who asks from
   * 2021-06-01 is told the period covered, in the receipt, on the status page and in the answer,
   * and still receives everything the company holds about them now.
   */
  @Test
  void a_request_to_know_from_before_2022_is_told_the_period_it_covers() {
    JourneyServer server = servers.computeIfAbsent("postgresql", JourneyServer::start);
    Journey journey =
        new Journey(
            server, RequestType.KNOW_SPECIFIC, new ApiIntake(), LocalDate.parse("2021-06-01"));
    journey.run();
    List<String> told =
        journey.seen().stream()
            .filter(s -> s.text().replaceAll("\\s+", " ").contains("January 1, 2022"))
            .map(Journey.Seen::where)
            .toList();
    assertThat(told)
        .as("where the consumer reads that the answer starts January 1, 2022")
        .anyMatch(where -> where.contains("received"))
        .anyMatch(where -> where.contains("is complete"))
        .anyMatch(where -> where.equals("the status page"));
  }

  private Intake intake(String channel) {
    return switch (channel) {
      case "web form" -> new WebFormIntake(browser());
      case "api" -> new ApiIntake();
      case "phone" -> new PhoneIntake();
      case "agent with signed permission" -> new AgentIntake(AgentAuthority.SIGNED_PERMISSION);
      case "agent with power of attorney" -> new AgentIntake(AgentAuthority.POWER_OF_ATTORNEY);
      default -> throw new IllegalArgumentException(channel);
    };
  }

  private Browser browser() {
    if (browser == null) {
      browser = Browser.start();
    }
    return browser;
  }

  @Override
  public List<TestServer> auditedServers() {
    return servers.values().stream().map(s -> s.server).toList();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    servers.values().forEach(JourneyServer::close);
  }
}
