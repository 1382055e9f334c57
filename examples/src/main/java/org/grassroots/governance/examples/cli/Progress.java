package org.grassroots.governance.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A progress bar on stderr, shown only once a task has taken more than two seconds. */
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
}
