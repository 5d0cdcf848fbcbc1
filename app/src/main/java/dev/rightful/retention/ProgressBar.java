package dev.rightful.retention;

import java.io.PrintWriter;

/**
 * Shows a sweep's progress: on a terminal, one bar redrawn in place per table; elsewhere (a log, a
 * pipe), one plain line per finished table. Not thread-safe; a sweep calls it from one thread.
 */
public final class ProgressBar implements SweepListener {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final boolean terminal;
  private long total;
  private int lastPercent = -1;

  /**
   * @param terminal whether {@code out} is a terminal that understands a carriage return
   */
  public ProgressBar(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void started(Target target, long candidates) {
    total = candidates;
    lastPercent = -1;
    if (terminal) {
      draw(target, 0);
    }
  }

  @Override
  public void progressed(Target target, long done) {
    if (terminal) {
      draw(target, done);
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

  private void draw(Target target, long done) {
    int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    if (percent == lastPercent && done != 0) {
      return;
    }
    lastPercent = percent;
    int filled = percent * WIDTH / 100;
    out.print(
        "\r"
            + target.name()
            + " ["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + percent
            + "% "
            + SweepText.number(done)
            + "/"
            + SweepText.number(total));
    out.flush();
  }
}
