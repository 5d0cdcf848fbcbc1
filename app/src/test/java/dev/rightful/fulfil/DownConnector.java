package dev.rightful.fulfil;

import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.connector.jdbc.SystemUnavailable;
import dev.rightful.requests.Correction;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A company system that is down: every call fails as an unreachable database does. */
final class DownConnector implements Connector {
  private final String system;

  DownConnector(String system) {
    this.system = system;
  }

  private SystemUnavailable down() {
    return new SystemUnavailable(system, new SQLException("Connection refused"));
  }

  @Override
  public Found find(SystemPlan plan, Identity identity) {
    throw down();
  }

  @Override
  public Map<String, Integer> erase(SystemPlan plan, Found found, Anonymizer anonymizer) {
    throw down();
  }

  @Override
  public Map<String, Long> remaining(SystemPlan plan, Found found, Identity identity) {
    throw down();
  }

  @Override
  public Map<String, Integer> correct(SystemPlan plan, Found found, List<Correction> corrections) {
    throw down();
  }
}
