package org.grassroots.governance.bench.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.json.GovernanceJson;
import org.grassroots.governance.json.ListWriter;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;
import org.jspecify.annotations.Nullable;

/** The benchmark's data: seeded demand lists, typed and as plain records, and their documents. */
final class DemandLists {
  static final OffsetDateTime AT = OffsetDateTime.parse("2024-05-01T12:00:00+08:00");
  static final GovernanceJson JSON = GovernanceJson.strict();

  /** The plain peer's mapper: data binding of records, ISO instants. */
  static final ObjectMapper PLAIN =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final String[] SKILLS = {"nursing", "护理", "电工", "law", "心理咨询"};

  private DemandLists() {}

  /** A time window as a plain record. */
  @JsonPropertyOrder({"start", "end"})
  record PlainWindow(Instant start, Instant end) {}

  /** The same properties as {@link Demand}, as a plain record bound by Jackson directly. */
  @JsonPropertyOrder({"id", "category", "quantity", "unit", "urgency", "vulnerableGroups",
      "requiredSkills", "location", "window"})
  record PlainDemand(String id, ServiceCategory category, int quantity, QuantityUnit unit,
      Urgency urgency, List<VulnerableGroup> vulnerableGroups, List<String> requiredSkills,
      String location, @Nullable PlainWindow window) {
    static PlainDemand of(Demand d) {
      return new PlainDemand(d.id().value(), d.category(), d.quantity(), d.unit(), d.urgency(),
          List.copyOf(d.vulnerableGroups()), List.copyOf(d.requiredSkills()),
          d.location().toString(),
          d.window().map(w -> new PlainWindow(w.start(), w.end())).orElse(null));
    }
  }

  /** The same envelope as ours, as a plain record. */
  @JsonPropertyOrder({"format", "version", "generatedAt", "kind", "data"})
  record PlainDocument(String format, String version, OffsetDateTime generatedAt, String kind,
      List<PlainDemand> data) {}

  /** Demand {@code i} of the seeded list. */
  static Demand demand(SplittableRandom r, int i) {
    QuantityUnit unit = QuantityUnit.values()[r.nextInt(QuantityUnit.values().length)];
    Demand.Builder b = Demand.builder()
        .id(DemandId.of("D-" + i))
        .category(ServiceCategory.values()[r.nextInt(ServiceCategory.values().length)])
        .quantity(unit.divisible() ? 1 + r.nextInt(20) : 1)
        .unit(unit)
        .urgency(Urgency.values()[r.nextInt(Urgency.values().length)])
        .location(NodeCode.parse(String.format(Locale.ROOT, "350102%03d%03d%04d%04d",
            1 + r.nextInt(20), 1 + r.nextInt(30), 1 + r.nextInt(20), 1 + r.nextInt(200))));
    if (r.nextInt(4) == 0) {
      b.addVulnerableGroups(VulnerableGroup.values()[r.nextInt(VulnerableGroup.values().length)]);
    }
    if (r.nextInt(3) == 0) {
      b.addRequiredSkills(SKILLS[r.nextInt(SKILLS.length)]);
    }
    if (r.nextBoolean()) {
      Instant start = Instant.ofEpochSecond(1_714_500_000L + r.nextInt(10_000_000));
      b.window(TimeWindow.of(start, start.plusSeconds(3600 + r.nextInt(86_400))));
    }
    return b.build();
  }

  static List<Demand> demands(int n) {
    SplittableRandom r = new SplittableRandom(20241123L);
    List<Demand> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(demand(r, i));
    }
    return out;
  }

  static List<PlainDemand> plain(List<Demand> demands) {
    List<PlainDemand> out = new ArrayList<>(demands.size());
    for (Demand d : demands) {
      out.add(PlainDemand.of(d));
    }
    return out;
  }

  static PlainDocument plainDocument(List<PlainDemand> data) {
    return new PlainDocument("grassroots-governance", "1.0.0", AT, "demand-list", data);
  }

  /** Writes the list through our streaming writer. */
  static void writeOurs(OutputStream out, List<Demand> demands) {
    try (ListWriter<Demand> w = JSON.listWriter(out, MatchingDocuments.DEMANDS, AT)) {
      for (Demand d : demands) {
        w.write(d);
      }
    }
  }

  /** Writes the plain document by data binding. */
  static void writePlain(OutputStream out, List<PlainDemand> demands) {
    try {
      PLAIN.writeValue(out, plainDocument(demands));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] oursBytes(List<Demand> demands) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    writeOurs(out, demands);
    return out.toByteArray();
  }

  static byte[] plainBytes(List<PlainDemand> demands) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    writePlain(out, demands);
    return out.toByteArray();
  }

  /** An output stream that counts and drops what it is given. */
  static final class Sink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
