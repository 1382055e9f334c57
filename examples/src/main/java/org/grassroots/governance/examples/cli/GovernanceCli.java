package org.grassroots.governance.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code governance} command-line tool.
 *
 * <pre>
 * java -jar examples/target/governance-cli.jar simulate --preset district --runs 20 --out out/
 * </pre>
 */
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    version = "grassroots-governance 0.1.0-SNAPSHOT",
    description = "Party-building-led community governance (党建引领社区治理) from the command line.",
    subcommands = {SimulateCommand.class, HierarchyCommand.class, MatchCommand.class,
        ValidateCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the run failed (a bug or an I/O error; the message says which)",
      "2:invalid command-line arguments or parameters (every problem is listed)",
      "3:a code or name that was looked up was not found"
    })
public final class GovernanceCli {
  /** Exit code of a run that failed. */
  public static final int FAILED = 1;
  /** Exit code of invalid arguments or parameters. */
  public static final int INVALID = 2;
  /** Exit code of a lookup that found nothing. */
  public static final int NOT_FOUND = 3;

  private GovernanceCli() {}

  /**
   * The command line with its exception handlers: invalid values exit with {@link #INVALID} and
   * one line per problem, never a stack trace.
   *
   * @return the configured command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GovernanceCli());
    cli.setOverwrittenOptionsAllowed(true); // the last of a repeated option wins
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof org.grassroots.governance.validation.InvalidValueException) {
        for (org.grassroots.governance.validation.Violation v
            : ((org.grassroots.governance.validation.InvalidValueException) ex).violations()) {
          cmd.getErr().println("invalid: " + v);
        }
        return INVALID;
      }
      cmd.getErr().println("failed: " + ex);
      return FAILED;
    });
    return cli;
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
