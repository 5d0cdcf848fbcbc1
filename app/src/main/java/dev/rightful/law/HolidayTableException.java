package dev.rightful.law;

/** A custom holiday table that cannot be read, naming the 1-based line at fault. */
public final class HolidayTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  public HolidayTableException(int line, String message) {
    super("line " + line + ": " + message);
    this.line = line;
  }

  /** The 1-based line number of the offending line. */
  public int line() {
    return line;
  }
}
