package org.grassroots.governance.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr, shown only once a task has taken more than two seconds; {@link
 * #step} for a single long step (reading a national table, one solve) shows the elapsed time.
 */
final class Progress {
  private static final long DELAY_NANOS = 2_000_000_000L;
  private final PrintWriter err;
  private final boolean quiet;
  private final String label;
  private final int total;
  private final long start = System.nanoTime();
  private boolean shown;

  Progress(PrintWriter err, boolean quiet, String label, int total) {
    this.err = err;
    this.quiet = quiet;
    this.label = label;
    this.total = total;
  }

  void update(int done) {
    if (quiet || System.nanoTime() - start < DELAY_NANOS) {
      return;
    }
    shown = true;
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d", label, "#".repeat(filled),
        " ".repeat(width - filled), done, total));
    err.flush();
  }

  void finish() {
    if (shown) {
      err.println();
      err.flush();
    }
  }

  /**
   * Shows {@code label… Ns} on stderr every second once the step has taken two seconds, until
   * closed (then the line is ended). Nothing with {@code quiet}.
   */
  static Step step(PrintWriter err, boolean quiet, String label) {
    return new Step(err, quiet, label, DELAY_NANOS / 1_000_000);
  }

  /** As {@link #step(PrintWriter, boolean, String)}, shown after {@code delayMillis}. */
  static Step step(PrintWriter err, boolean quiet, String label, long delayMillis) {
    return new Step(err, quiet, label, delayMillis);
  }

  /** A single long step under way; close it when it is done. */
  static final class Step implements AutoCloseable {
    private final PrintWriter err;
    private final String label;
    private final long start = System.nanoTime();
    private final @org.jspecify.annotations.Nullable Thread ticker;
    private final long delayMillis;
    private volatile boolean shown;

    private Step(PrintWriter err, boolean quiet, String label, long delayMillis) {
      this.err = err;
      this.label = label;
      this.delayMillis = delayMillis;
      if (quiet) {
        this.ticker = null;
        return;
      }
      Thread t = new Thread(this::tick, "progress");
      t.setDaemon(true);
      this.ticker = t;
      t.start();
    }

    private void tick() {
      try {
        Thread.sleep(delayMillis);
        while (!Thread.currentThread().isInterrupted()) {
          long seconds = (System.nanoTime() - start) / 1_000_000_000L;
          synchronized (err) {
            err.print(String.format(Locale.ROOT, "\r%s… %d s", label, seconds));
            err.flush();
          }
          shown = true;
          Thread.sleep(1_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Whether the indicator was shown (the step took more than two seconds). */
    boolean shown() {
      return shown;
    }

    @Override
    public void close() {
      Thread t = ticker;
      if (t == null) {
        return;
      }
      t.interrupt();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (shown) {
        synchronized (err) {
          err.println();
          err.flush();
        }
      }
    }
  }
}
