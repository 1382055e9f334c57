package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.ByteStreams;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.MajorityBase;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.deliberation.MatterEvent;
import org.grassroots.governance.deliberation.MatterId;
import org.grassroots.governance.deliberation.MatterKind;
import org.grassroots.governance.deliberation.MatterStatus;
import org.grassroots.governance.deliberation.Meeting;
import org.grassroots.governance.deliberation.Publication;
import org.grassroots.governance.deliberation.StepResult;
import org.grassroots.governance.deliberation.Step;
import org.grassroots.governance.deliberation.Tally;
import org.grassroots.governance.deliberation.Threshold;
import org.grassroots.governance.deliberation.VotingRule;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.json.deliberation.MatterDocument;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The {@code matter} kind: a deliberation matter with its whole history. */
class MatterDocumentTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  private static Body body(SplittableRandom r, Step step) {
    Body.Builder b = Body.builder().kind(step.body().orElseThrow());
    for (int i = 0, n = 3 + r.nextInt(6); i < n; i++) {
      b.addMembers(PersonId.of(step.name() + "-" + i));
    }
    if (r.nextBoolean()) {
      b.name("第" + (1 + r.nextInt(9)) + "届");
    }
    if (r.nextInt(3) == 0) {
      b.rule(VotingRule.builder().quorum(Threshold.atLeast(2, 3))
          .majorityBase(r.nextBoolean() ? MajorityBase.MEMBERS : MajorityBase.PRESENT).build());
    }
    return b.build();
  }

  /** A meeting of the step: all present, passing unless {@code fail}. */
  private static Meeting meeting(SplittableRandom r, Step step, LocalDate day, boolean fail) {
    Body body = body(r, step);
    int n = body.members().size();
    Meeting.Builder m = Meeting.builder().meetingStep(step).body(body).date(day)
        .attendees(body.members()).tally(fail ? Tally.of(0, n, 0) : Tally.of(n, 0, 0));
    if (r.nextBoolean()) {
      m.minutes("会议记录 " + day);
    }
    return m.build();
  }

  /** Valid matters: some steps of 四议两公开 passed, with failed votes, send-backs, withdrawals. */
  static Matter matter(SplittableRandom r) {
    MatterKind kind = MatterKind.values()[r.nextInt(MatterKind.values().length)];
    Matter m = Matter.open(MatterId.of("YS-2024-" + r.nextInt(1000)), "加装电梯 " + r.nextInt(9),
        kind, DivisionCode.parse("440304003001"));
    if (r.nextBoolean()) {
      m = m.withProject(ProjectId.of("PRJ-" + r.nextInt(100)));
    }
    LocalDate day = LocalDate.of(2024, 3, 1);
    for (int i = 0, n = r.nextInt(10); i < n; i++) {
      day = day.plusDays(1 + r.nextInt(5));
      Optional<Step> next = m.nextStep();
      if (next.isEmpty()) {
        break;
      }
      Step step = next.get();
      int roll = r.nextInt(10);
      MatterEvent e;
      if (roll == 0) {
        e = org.grassroots.governance.deliberation.Withdrawal.of(day, "居民撤回");
      } else if (roll == 1 && step.previous().filter(Step::isMeeting).isPresent()) {
        e = org.grassroots.governance.deliberation.SendBack.of(day, step.previous().get(),
            "材料不全");
      } else if (step.isMeeting()) {
        e = meeting(r, step, day, roll == 2);
      } else {
        Publication.Builder p = Publication.builder().publicationStep(step).date(day)
            .channel("社区公开栏").summary("公开 " + step.chinese());
        if (r.nextBoolean()) {
          p.until(day.plusDays(7));
        }
        e = p.build();
      }
      StepResult s = m.record(e);
      if (s.isAccepted()) {
        m = s.matter();
      }
    }
    return m;
  }

  static Gen<Matter> matters() {
    return SourceDSL.longs().all().map(s -> matter(new SplittableRandom(s)));
  }

  private static String golden(String folder, String name) {
    String path = "golden/deliberation/" + folder + "/" + name;
    try (InputStream in = MatterDocumentTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void matter_roundTrips_andValidates() {
    qt().withExamples(80).forAll(matters()).checkAssert(m -> {
      String doc = JSON.toJson(Envelope.of(MatterDocument.KIND, Fixtures.NOON, m));
      assertEquals(m, JSON.read(doc, MatterDocument.KIND).data(), doc);
      List<Error> errors = Schemas.validate(MatterDocument.KIND, doc);
      assertTrue(errors.isEmpty(), errors + " in " + doc);
      try {
        assertEquals(m, PLAIN.readValue(PLAIN.writeValueAsString(m), Matter.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void goldenMatter_validatesAndReads() {
    String doc = golden("valid", "matter.json");
    assertTrue(Schemas.validate(MatterDocument.KIND, doc).isEmpty(),
        Schemas.validate(MatterDocument.KIND, doc).toString());
    Matter m = JSON.read(doc, MatterDocument.KIND).data();
    assertEquals(MatterStatus.COMPLETED, m.status());
    assertEquals(Optional.of(ProjectId.of("PRJ-007")), m.decidedProject());
    assertEquals(7, m.history().size());
  }

  private record Breakage(String pointer, boolean schema, Consumer<ObjectNode> breakIt) {}

  private static ObjectNode event(ObjectNode data, int i) {
    return (ObjectNode) data.get("history").get(i);
  }

  @Test
  void brokenMatter_isRefusedAtItsPointer() {
    qt().withExamples(15).forAll(matters()).checkAssert(m -> {
      String doc = JSON.toJson(Envelope.of(MatterDocument.KIND, Fixtures.NOON, m));
      List<Breakage> b = new ArrayList<>();
      b.add(new Breakage("/data/title", true, d -> d.put("title", " ")));
      b.add(new Breakage("/data/kind", true, d -> d.put("kind", "PARTY")));
      b.add(new Breakage("/data/community", true, d -> d.remove("community")));
      b.add(new Breakage("/data/history/0", false, d -> ((ArrayNode) d.withArray("history"))
          .insertObject(0).put("type", "PUBLICATION").put("date", "2024-01-01")
          .put("step", "IMPLEMENTATION_PUBLICATION").put("channel", "x").put("summary", "y")));
      b.add(new Breakage("/data/history/0/type", true, d -> ((ArrayNode) d.withArray("history"))
          .insertObject(0).put("type", "PARTY").put("date", "2024-01-01")));
      b.add(new Breakage("/data/history/0/to", true, d -> ((ArrayNode) d.withArray("history"))
          .insertObject(0).put("type", "WITHDRAWAL").put("date", "2024-01-01")
          .put("reason", "r").put("to", "PROPOSAL")));
      b.add(new Breakage("/data/history/0/reason", true, d -> ((ArrayNode) d.withArray("history"))
          .insertObject(0).put("type", "SEND_BACK").put("date", "2024-01-01")
          .put("to", "PROPOSAL")));
      for (int i = 0; i < m.history().size(); i++) {
        if (m.history().get(i) instanceof Meeting) {
          int k = i;
          b.add(new Breakage("/data/history/" + k + "/tally/against", true,
              d -> ((ObjectNode) event(d, k).get("tally")).put("against", -1)));
          b.add(new Breakage("/data/history/" + k + "/body/members/1", true,
              d -> ((ArrayNode) event(d, k).get("body").get("members")).set(1,
                  event(d, k).get("body").get("members").get(0))));
          b.add(new Breakage("/data/history/" + k + "/body/rule/quorum", false,
              d -> ((ObjectNode) event(d, k).get("body")).putObject("rule").putObject("quorum")
                  .put("numerator", 3).put("denominator", 2).put("strict", false)));
          b.add(new Breakage("/data/history/" + k + "/channel", true,
              d -> event(d, k).put("channel", "公开栏")));
          break;
        }
      }
      for (Breakage x : b) {
        try {
          ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
          x.breakIt().accept((ObjectNode) tree.get("data"));
          String broken = tree.toString();
          InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
              () -> JSON.read(broken, MatterDocument.KIND), x.pointer());
          assertTrue(e.problems().stream().anyMatch(p -> p.pointer().startsWith(x.pointer())),
              x.pointer() + " not named: " + e.getMessage());
          if (x.schema()) {
            assertFalse(Schemas.validate(MatterDocument.KIND, broken).isEmpty(),
                x.pointer() + " passes the schema");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  @Test
  void schemaEnums_areTheJavaEnums() throws IOException {
    JsonNode defs;
    try (InputStream in = MatterDocumentTest.class.getResourceAsStream(
        "/" + ExchangeFormat.SCHEMA_RESOURCES + "matter.schema.json")) {
      defs = MAPPER.readTree(in).get("$defs");
    }
    Map<String, Class<? extends Enum<?>>> enums = Map.of("step", Step.class,
        "matterKind", MatterKind.class,
        "bodyKind", org.grassroots.governance.deliberation.BodyKind.class,
        "majorityBase", MajorityBase.class);
    for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
      List<String> listed = new ArrayList<>();
      defs.get(e.getKey()).get("enum").forEach(n -> listed.add(n.asText()));
      List<String> java = new ArrayList<>();
      for (Enum<?> c : e.getValue().getEnumConstants()) {
        java.add(c.name());
      }
      assertEquals(java, listed, e.getKey());
    }
  }
}
