package org.grassroots.governance.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of {@code examples/bench AREA [--quick]}: finds
 * {@code org.grassroots.governance.bench.<area>.<Area>BenchSuite}, runs it and prints its
 * {@code ratio} and {@code value} lines last.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: examples/bench AREA [--quick]   (AREA: grid, matching, json, …)");
      System.exit(2);
    }
    String area = args[0].toLowerCase(Locale.ROOT);
    boolean quick = List.of(args).contains("--quick");
    String className =
        "org.grassroots.governance.bench."
            + area
            + "."
            + Character.toUpperCase(area.charAt(0))
            + area.substring(1)
            + "BenchSuite";
    BenchSuite suite;
    try {
      suite = Class.forName(className).asSubclass(BenchSuite.class).getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      System.err.println("no benchmarks for area '" + area + "' (" + className + " not found)");
      System.exit(2);
      return;
    }
    Path jmhDir = Paths.get(System.getProperty("bench.jmhDir", "examples/target/jmh"));
    List<String> lines = suite.run(new BenchContext(quick, jmhDir));
    System.out.println();
    for (String line : BenchContext.ordered(lines)) {
      System.out.println(line);
    }
  }
}
