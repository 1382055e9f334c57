package org.grassroots.governance.examples.simulation;

import org.grassroots.governance.examples.cli.GovernanceCli;

/**
 * The flagship example (the README's "run the main example"): a built-in district of about
 * 60,000 households simulated over 20 seeds, comparing the greedy first-come baseline, the
 * exact optimum and the stable allocation; prints a short table and writes CSV files, charts and
 * {@code report.html} to {@code examples/target/flagship/}.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am test-compile exec:java}
 */
public final class FlagshipSimulation {
  private FlagshipSimulation() {}

  /**
   * Runs the flagship simulation.
   *
   * @param args extra {@code simulate} options, e.g. {@code --runs 50}
   */
  public static void main(String[] args) {
    String[] base = {"simulate", "--preset", "district", "--runs", "20", "--out", "examples/target/flagship"};
    String[] all = new String[base.length + args.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(args, 0, all, base.length, args.length);
    System.exit(GovernanceCli.commandLine().execute(all));
  }
}
