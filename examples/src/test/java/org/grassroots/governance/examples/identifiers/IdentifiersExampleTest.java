package org.grassroots.governance.examples.identifiers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifiersExampleTest {

  @Test
  void run_printsPartsRefusalsAndMasksPersonalData() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IdentifiersExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("level VILLAGE, township class STREET, village class RESIDENTS_COMMITTEE"), out);
    assertTrue(out.contains("nominal parent 441900000000"), out);
    assertTrue(out.contains("organisation code M000100Y-4"), out);
    assertTrue(out.contains("110105********002X  born 1949-12-31, FEMALE"), out);
    assertFalse(out.contains("11010519491231002X"), out);
    assertTrue(out.contains("unifiedSocialCreditCode[17]: check character must be"), out);
    assertTrue(out.contains("citizenIdNumber[17]: must be one of 0-9 X"), out);
    assertTrue(out.contains("divisionCode[5]: must be a digit 0-9, found 'a'"), out);
    assertFalse(out.contains("accepted?!"), out);
  }
}
