package org.grassroots.governance.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** Runs the tool in-process with captured streams and, optionally, a standard input. */
final class CliRun {
  final int exit;
  final String out;
  final String err;

  private CliRun(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static CliRun run(String... args) {
    return withInput("", args);
  }

  static CliRun withInput(String stdin, String... args) {
    return with(stdin, null, args);
  }

  /** Runs with {@code validate} opening its files through {@code files}. */
  static CliRun withFiles(ValidateCommand.Opener files, String... args) {
    return with("", files, args);
  }

  private static CliRun with(String stdin, ValidateCommand.@Nullable Opener files,
      String... args) {
    CommandLine cli = GovernanceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    byte[] in = stdin.getBytes(StandardCharsets.UTF_8);
    ((MatchCommand) sub(cli, "match").getCommand()).stdin = new ByteArrayInputStream(in);
    ValidateCommand validate = (ValidateCommand) sub(cli, "validate").getCommand();
    validate.stdin = new ByteArrayInputStream(in);
    if (files != null) {
      validate.files = files;
    }
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  private static CommandLine sub(CommandLine cli, String name) {
    return java.util.Objects.requireNonNull(cli.getSubcommands().get(name), name);
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
