package dev.rightful.retention;

import java.io.PrintWriter;

/**
 * Shows a sweep's progress: on a terminal, one bar per table redrawn in place (how far through the
 * table's keys the sweep is, and the rows done); elsewhere (a log, a pipe), one plain line per
 * finished table. Not thread-safe; a sweep calls it from one thread.
 */
public final class ProgressBar implements SweepListener {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final boolean terminal;
  private String drawn = "";

  /**
   * @param terminal whether {@code out} is a terminal that understands a carriage return
   */
  public ProgressBar(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void started(Target target) {
    if (terminal) {
      draw(target, 0, 0);
    }
  }

  @Override
  public void progressed(Target target, long done, double fraction) {
    if (terminal) {
      draw(target, done, fraction);
    }
  }

  @Override
  public void finished(Target target, TargetOutcome outcome) {
    if (terminal) {
      out.print("\r\033[K");
    }
    out.println(SweepText.line(outcome));
    out.flush();
  }

  private void draw(Target target, long done, double fraction) {
    String line;
    if (Double.isNaN(fraction)) {
      line = target.name() + " " + SweepText.number(done) + " rows";
    } else {
      int percent = (int) Math.floor(fraction * 100);
      int filled = percent * WIDTH / 100;
      line =
          target.name()
              + " ["
              + "#".repeat(filled)
              + "-".repeat(WIDTH - filled)
              + "] "
              + percent
              + "% "
              + SweepText.number(done)
              + " rows";
    }
    if (!line.equals(drawn)) {
      drawn = line;
      out.print("\r" + line);
      out.flush();
    }
  }
}
