package org.grassroots.governance.examples.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExchangeExampleTest {
  @Test
  void run_writesReadsAndRefusesWithPointersAndRows() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExchangeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("\"format\":\"grassroots-governance\",\"version\":\"1.1.0\""), out);
    assertTrue(out.contains("\"generatedAt\":\"2026-11-23T09:00:00+08:00\""), out);
    assertTrue(out.contains("read back equal: true"), out);
    assertTrue(out.contains("refused: /data/0/creditCode: unifiedSocialCreditCode[17]"), out);
    assertTrue(out.contains("组织编号,组织名称,统一社会信用代码"), out);
    assertTrue(out.contains("good rows 1, problems [row 3, column creditCode"), out);
  }
}
