package org.grassroots.governance.grid;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * Coverage-guided fuzzing of the division table reader (Jazzer): any text either builds a
 * hierarchy or is refused with an {@link InvalidValueException} naming the bad lines; nothing else
 * escapes, and a message never carries a stack trace.
 */
class DivisionTableReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyTable(FuzzedDataProvider data) throws IOException {
    String text = data.consumeRemainingAsString();
    try {
      GridHierarchy h = DivisionTableReader.read(new StringReader(text)).build();
      if (h.size() < 0) {
        throw new AssertionError("negative size");
      }
    } catch (InvalidValueException e) {
      if (e.violations().isEmpty() || e.getMessage().contains("\tat ")) {
        throw new AssertionError("a refusal without violations or with a stack trace: " + e.getMessage(), e);
      }
    }
  }
}
