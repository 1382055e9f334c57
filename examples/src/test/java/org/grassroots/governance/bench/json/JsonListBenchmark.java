package org.grassroots.governance.bench.json;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.grassroots.governance.bench.json.DemandLists.PlainDemand;
import org.grassroots.governance.bench.json.DemandLists.PlainDocument;
import org.grassroots.governance.json.ListReader;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.Demand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writes and reads a whole demand list (1,000,000 demands by default): ours through the streaming
 * {@code ListWriter}/{@code ListReader} of {@code GovernanceJson} (every item built through the
 * public builder, every invariant checked), the peer by plain Jackson data binding of equivalent
 * records ({@code writeValue}/{@code readValue} of the whole document). Score: whole lists per
 * second; one operation is the whole list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonListBenchmark {
  @Param("1000000")
  public int demands;

  private List<Demand> ours = List.of();
  private List<PlainDemand> plain = List.of();
  private byte[] oursBytes = new byte[0];
  private byte[] plainBytes = new byte[0];
  private ObjectReader plainReader = DemandLists.PLAIN.readerFor(PlainDocument.class);

  @Setup(Level.Trial)
  public void setUp() {
    ours = DemandLists.demands(demands);
    plain = DemandLists.plain(ours);
    oursBytes = DemandLists.oursBytes(ours);
    plainBytes = DemandLists.plainBytes(plain);
    plainReader = DemandLists.PLAIN.readerFor(PlainDocument.class);
  }

  @Benchmark
  public long writeOurs() {
    DemandLists.Sink sink = new DemandLists.Sink();
    DemandLists.writeOurs(sink, ours);
    return sink.count;
  }

  @Benchmark
  public long writePlainJackson() {
    DemandLists.Sink sink = new DemandLists.Sink();
    DemandLists.writePlain(sink, plain);
    return sink.count;
  }

  @Benchmark
  public void readOurs(Blackhole bh) {
    try (ListReader<Demand> r = DemandLists.JSON.listReader(
        new ByteArrayInputStream(oursBytes), MatchingDocuments.DEMANDS)) {
      while (r.hasNext()) {
        bh.consume(r.next());
      }
    }
  }

  @Benchmark
  public PlainDocument readPlainJackson() throws Exception {
    return plainReader.readValue(plainBytes);
  }
}
