package org.grassroots.governance.bench.json;

import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.grassroots.governance.bench.json.DemandLists.PlainDemand;
import org.grassroots.governance.bench.json.DemandLists.PlainDocument;
import org.grassroots.governance.json.ListReader;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.Demand;

/**
 * Peak heap of one whole write or read of a demand list, in a fresh JVM (run by {@link
 * JsonBenchSuite} with a small young generation, {@code -XX:+UseSerialGC -Xmn32m}): the largest
 * heap in use after any collection during the operation, above the heap in use before it. Reads
 * come from a file (the input is not on the heap); writes go to a counting sink and start from
 * the list in memory (the same for both). Prints {@code peak_heap_mib <v>}.
 *
 * <p>Usage: {@code JsonHeapProbe (writeOurs|writePlain|readOurs|readPlain) demands}
 */
public final class JsonHeapProbe {
  private JsonHeapProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int n = Integer.parseInt(args[1]);
    List<Demand> ours = List.of();
    List<PlainDemand> plain = List.of();
    Path file = Files.createTempFile("demand-list", ".json");
    try {
      if (mode.startsWith("read")) {
        List<Demand> d = DemandLists.demands(n);
        byte[] bytes = mode.equals("readOurs")
            ? DemandLists.oursBytes(d) : DemandLists.plainBytes(DemandLists.plain(d));
        Files.write(file, bytes);
      } else if (mode.equals("writeOurs")) {
        ours = DemandLists.demands(n);
      } else {
        plain = DemandLists.plain(DemandLists.demands(n));
      }
      AtomicLong peak = new AtomicLong();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((note, h) -> {
          if (note.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) note.getUserData());
            long used = 0;
            for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
              used += u.getUsed();
            }
            peak.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
      System.gc();
      System.gc();
      Thread.sleep(200);
      long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      peak.set(before);
      long items = 0;
      switch (mode) {
        case "writeOurs" -> {
          DemandLists.Sink s = new DemandLists.Sink();
          DemandLists.writeOurs(s, ours);
          items = ours.size();
        }
        case "writePlain" -> {
          DemandLists.Sink s = new DemandLists.Sink();
          DemandLists.writePlain(s, plain);
          items = plain.size();
        }
        case "readOurs" -> {
          try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
              ListReader<Demand> r = DemandLists.JSON.listReader(in, MatchingDocuments.DEMANDS)) {
            while (r.hasNext()) {
              r.next();
              items++;
            }
          }
        }
        case "readPlain" -> {
          ObjectReader reader = DemandLists.PLAIN.readerFor(PlainDocument.class);
          try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            PlainDocument doc = reader.readValue(in);
            items = doc.data().size();
            // the bound list is the result: count it as held at the end of the read
            System.gc();
            long held = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peak.accumulateAndGet(held, Math::max);
            if (doc.data().isEmpty()) {
              throw new IllegalStateException("empty");
            }
          }
        }
        default -> throw new IllegalArgumentException(mode);
      }
      Thread.sleep(200);
      System.out.println("items " + items);
      System.out.println(String.format(Locale.ROOT, "peak_heap_mib %.1f",
          Math.max(0, peak.get() - before) / (1024.0 * 1024.0)));
      if (!ours.isEmpty() || !plain.isEmpty()) {
        System.out.println("kept " + (ours.size() + plain.size()));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
