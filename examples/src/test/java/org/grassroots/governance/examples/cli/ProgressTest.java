package org.grassroots.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void step_quickStep_printsNothing() {
    StringWriter text = new StringWriter();
    try (Progress.Step step = Progress.step(new PrintWriter(text), false, "matching")) {
      assertFalse(step.shown());
    }
    assertEquals("", text.toString());
  }

  @Test
  void step_longStep_showsTheElapsedTimeAndEndsTheLine() throws InterruptedException {
    StringWriter text = new StringWriter();
    Progress.Step step = Progress.step(new PrintWriter(text), false, "loading table", 0);
    while (!step.shown()) {
      Thread.sleep(5);
    }
    step.close();
    String out = text.toString();
    assertTrue(out.startsWith("\rloading table… 0 s"), out);
    assertTrue(out.endsWith(System.lineSeparator()), out);
  }

  @Test
  void step_quiet_printsNothingEvenWhenLong() throws InterruptedException {
    StringWriter text = new StringWriter();
    try (Progress.Step step = Progress.step(new PrintWriter(text), true, "loading", 0)) {
      Thread.sleep(20);
      assertFalse(step.shown());
    }
    assertEquals("", text.toString());
  }
}
