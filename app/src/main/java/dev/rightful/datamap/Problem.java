package dev.rightful.datamap;

/**
 * A finding about a data map: a structural error, or a lint finding that cites the rule it
 * enforces. Printed as {@code FILE:LINE:COL: message}, the form editors and CI annotate.
 */
public record Problem(Severity severity, Location location, String message, String rule) {

  /** How bad a finding is: an error makes the map invalid, a warning does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Problem error(Location location, String message) {
    return new Problem(Severity.ERROR, location, message, null);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line: {@code FILE:LINE:COL: [warning: ]message [rule]}. */
  public String format() {
    StringBuilder line = new StringBuilder().append(location).append(": ");
    if (severity == Severity.WARNING) {
      line.append("warning: ");
    }
    line.append(message);
    if (rule != null) {
      line.append(" [").append(rule).append(']');
    }
    return line.toString();
  }
}
