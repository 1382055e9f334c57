package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;

/**
 * Lists stream: the writer emits each item as it comes and the reader consumes the input as it
 * goes, so neither holds the list. Proven by counting bytes, not by timing or heap sampling.
 */
class StreamingTest {
  private static final GovernanceJson JSON = GovernanceJson.builder()
      .limits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE)).build();
  private static final int LARGE = 1_000_000;

  /** Counts bytes and keeps a running checksum; keeps nothing. */
  private static final class CountingSink extends OutputStream {
    long count;
    long hash = 1;

    @Override
    public void write(int b) {
      count++;
      hash = hash * 31 + b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        hash = hash * 31 + b[i];
      }
      count += len;
    }
  }

  /**
   * A register document of {@code n} records, generated on demand from a template: the whole
   * document never exists in memory. Counts how much has been read.
   */
  private static final class GeneratedDocument extends InputStream {
    private final int n;
    private byte[] chunk;
    private int pos;
    int next;
    long consumed;

    GeneratedDocument(int n) {
      this.n = n;
      String head = Fixtures.registerDocument("[");
      this.chunk = head.substring(0, head.length() - 1).getBytes(StandardCharsets.UTF_8);
    }

    private boolean refill() {
      if (next > n) {
        return false;
      }
      String s;
      if (next == n) {
        s = "]}";
      } else {
        s = (next == 0 ? "" : ",") + Fixtures.recordJson("id", "\"ORG-" + next + "\"");
      }
      next++;
      chunk = s.getBytes(StandardCharsets.UTF_8);
      pos = 0;
      return true;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      while (pos >= chunk.length) {
        if (!refill()) {
          return -1;
        }
      }
      int k = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, k);
      pos += k;
      consumed += k;
      return k;
    }
  }

  @Test
  void listReader_consumesTheInputAsItGoes_overAMillionItems() {
    GeneratedDocument in = new GeneratedDocument(LARGE);
    long count = 0;
    try (ListReader<OrganizationRecord> r = JSON.listReader(in, OrganizationRegister.KIND)) {
      assertTrue(r.hasNext());
      OrganizationRecord first = r.next();
      assertEquals("ORG-0", first.id().value());
      // after one item, only the parser's buffer has been read, not the ~190 MB document
      assertTrue(in.consumed < 64 * 1024, "consumed " + in.consumed);
      count = 1;
      while (r.hasNext()) {
        OrganizationRecord rec = r.next();
        if (count % 100_000 == 0) {
          assertEquals("ORG-" + count, rec.id().value());
          // the input read runs at most a parser buffer (a few hundred items) ahead
          assertTrue(in.next - count < 1000, "generated " + in.next + ", returned " + count);
        }
        count++;
      }
      assertEquals(LARGE, r.count());
    }
    assertEquals(LARGE, count);
    assertTrue(in.consumed > 100_000_000L, "document of " + in.consumed + " bytes");
  }

  @Test
  void listWriter_emitsItemsAsItGoes_overAMillionItems() {
    CountingSink sink = new CountingSink();
    OrganizationRecord rec = Fixtures.record("ORG-1");
    long perItem;
    try (ListWriter<OrganizationRecord> w =
        JSON.listWriter(sink, OrganizationRegister.KIND, Fixtures.NOON)) {
      for (int i = 0; i < 1000; i++) {
        w.write(rec);
      }
      w.flush();
      perItem = sink.count / 1000;
      for (int i = 1000; i < LARGE; i++) {
        w.write(rec);
        if (i % 100_000 == 0) {
          // everything but the generator's buffer (8000 bytes) is already out
          assertTrue(sink.count >= (long) i * perItem - 16 * 1024,
              "written " + sink.count + " after " + i);
        }
      }
      assertEquals(LARGE, w.count());
    }
    assertTrue(sink.count > (long) LARGE * perItem);
  }

  @Test
  void listReader_reportsABadItemAtItsIndex_andThenRefusesToContinue() {
    String doc = Fixtures.registerDocument("[" + Fixtures.recordJson("", null) + ","
        + Fixtures.recordJson("grid", "\"3501020010010000\"") + "]");
    ListReader<OrganizationRecord> r = JSON.listReader(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), OrganizationRegister.KIND);
    r.next();
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class, r::next);
    assertEquals("/data/1/grid", e.problems().get(0).pointer());
    assertThrows(IllegalStateException.class, r::hasNext);
    r.close();
  }

  @Test
  void listReader_checksTheRestOfTheDocumentAtTheEnd() {
    String doc = Fixtures.registerDocument("[]").replace("}", ",\"extra\":1}");
    ListReader<OrganizationRecord> strict = JSON.listReader(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), OrganizationRegister.KIND);
    assertThrows(InvalidDocumentException.class, strict::hasNext);
    ListReader<OrganizationRecord> lenient = GovernanceJson.lenient().listReader(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), OrganizationRegister.KIND);
    assertFalse(lenient.hasNext());
    assertEquals("/extra", lenient.warnings().get(0).pointer());
    assertThrows(NoSuchElementException.class, lenient::next);
  }

  @Test
  void listWriter_writesTheSameBytesAsTheWholeWriter() {
    ImmutableList<OrganizationRecord> list = Fixtures.records(5);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (ListWriter<OrganizationRecord> w = JSON.listWriter(out, OrganizationRegister.KIND,
        Fixtures.NOON, "city-x", WriteOptions.defaults())) {
      w.writeAll(list);
    }
    assertEquals(JSON.toJson(Envelope.of(OrganizationRegister.KIND, Fixtures.NOON, list)
        .withProfile("city-x")), out.toString(StandardCharsets.UTF_8));
  }
}
