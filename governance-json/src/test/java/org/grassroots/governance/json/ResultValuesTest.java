package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.BodyKind;
import org.grassroots.governance.deliberation.DeliberationBodies;
import org.grassroots.governance.deliberation.Matter;
import org.grassroots.governance.deliberation.MatterStatus;
import org.grassroots.governance.deliberation.Meeting;
import org.grassroots.governance.deliberation.Refusal;
import org.grassroots.governance.deliberation.RefusalReason;
import org.grassroots.governance.deliberation.Step;
import org.grassroots.governance.deliberation.StepResult;
import org.grassroots.governance.deliberation.Tally;
import org.grassroots.governance.deliberation.VoteCount;
import org.grassroots.governance.evaluation.AreaHierarchy;
import org.grassroots.governance.evaluation.Evaluation;
import org.grassroots.governance.evaluation.RankedScore;
import org.grassroots.governance.evaluation.RollUp;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The deliberation and evaluation result values ({@link VoteCount}, {@link Refusal}, {@link
 * StepResult}, {@link DeliberationBodies}, {@link RankedScore}, {@link RollUp}): write then read
 * gives an equal value (strict reader and plain module), and each invariant is refused at its
 * pointer.
 */
class ResultValuesTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final DocumentKind<StepResult> STEP = DocumentKind.of("step-result",
      StepResult.class);
  private static final DocumentKind<VoteCount> COUNT = DocumentKind.of("vote-count",
      VoteCount.class);
  private static final DocumentKind<DeliberationBodies> BODIES =
      DocumentKind.of("deliberation-bodies", DeliberationBodies.class);
  private static final ListKind<RankedScore> RANKING =
      DocumentKind.listOf("ranking", RankedScore.class);
  private static final DocumentKind<RollUp> ROLL_UP = DocumentKind.of("roll-up", RollUp.class);

  private static <T> void roundTrip(DocumentKind<T> kind, T value,
      @org.jspecify.annotations.Nullable Class<?> type) {
    String doc = JSON.toJson(Envelope.of(kind, Fixtures.NOON, value));
    assertEquals(value, JSON.read(doc, kind).data(), doc);
    if (type == null) {
      return;
    }
    try {
      assertEquals(value, PLAIN.readValue(PLAIN.writeValueAsString(value), type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A matter, and what came of offering it a failed vote and an out-of-order resolution. */
  private static List<StepResult> results(SplittableRandom r) {
    Matter m = MatterDocumentTest.matter(r);
    List<StepResult> out = new ArrayList<>();
    LocalDate day = LocalDate.of(2025, 1, 1);
    Optional<Step> next = m.nextStep();
    if (next.isPresent() && next.get().isMeeting()) {
      Body body = bodies(r, m.community()).bodyFor(next.get());
      int n = body.members().size();
      List<PersonId> present = new ArrayList<>(body.members()).subList(0, 1 + r.nextInt(n));
      int p = present.size();
      out.add(m.hold(Meeting.of(next.get(), body, day, present,
          r.nextBoolean() ? Tally.of(0, p, 0) : Tally.of(p, 0, 0))));
    }
    Body council = bodies(r, m.community()).bodyFor(Step.RESOLUTION);
    out.add(m.hold(Meeting.of(Step.RESOLUTION, council, day, council.members(),
        Tally.of(council.members().size(), 0, 0))));
    out.add(StepResult.accepted(m));
    return out;
  }

  static DeliberationBodies bodies(SplittableRandom r, DivisionCode community) {
    DeliberationBodies.Builder b = DeliberationBodies.builder().community(community);
    for (BodyKind kind : BodyKind.values()) {
      Body.Builder body = Body.builder().kind(kind);
      for (int i = 0, n = 1 + r.nextInt(7); i < n; i++) {
        body.addMembers(PersonId.of(kind.name().charAt(0) + "-" + i));
      }
      if (r.nextBoolean()) {
        body.name("第" + (1 + r.nextInt(9)) + "届");
      }
      b.putBodies(kind, body.build());
    }
    return b.build();
  }

  private static Gen<SplittableRandom> seeds() {
    return SourceDSL.longs().all().map(SplittableRandom::new);
  }

  @Test
  void stepResultsAndTheirCounts_roundTrip() {
    qt().withExamples(80).forAll(seeds()).checkAssert(r -> {
      for (StepResult s : results(r)) {
        roundTrip(STEP, s, StepResult.class);
        s.refusal().ifPresent(f -> roundTrip(DocumentKind.of("refusal", Refusal.class), f,
            Refusal.class));
        s.refusal().flatMap(Refusal::count).ifPresent(c -> roundTrip(COUNT, c, VoteCount.class));
      }
    });
  }

  @Test
  void deliberationBodies_roundTrip() {
    qt().withExamples(80).forAll(seeds()).checkAssert(r ->
        roundTrip(BODIES, bodies(r, DivisionCode.parse("440304003001")), DeliberationBodies.class));
  }

  @Test
  void evaluationRankingsAndRollUps_roundTrip() {
    qt().withExamples(60).forAll(seeds()).checkAssert(r -> {
      Evaluation e = EvaluationDocumentTest.evaluation(r).evaluation();
      roundTrip(RANKING, e.ranking(), null);
      for (RankedScore s : e.ranking()) {
        roundTrip(DocumentKind.of("ranked-score", RankedScore.class), s, RankedScore.class);
      }
      roundTrip(ROLL_UP, RollUp.of(e, AreaHierarchy.byCodePrefix()), RollUp.class);
    });
  }

  /** One way of breaking a written value, and the pointer that must be named. */
  private record Breakage(String pointer, Consumer<JsonNode> breakIt) {}

  private static void assertRefused(DocumentKind<?> kind, String doc, Breakage b) {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
      b.breakIt().accept(tree.get("data"));
      String broken = tree.toString();
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(broken, kind), b.pointer());
      assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(b.pointer())),
          b.pointer() + " not named: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void brokenDeliberationValues_areRefusedAtTheirPointer() {
    qt().withExamples(40).forAll(seeds()).checkAssert(r -> {
      for (StepResult s : results(r)) {
        String doc = JSON.toJson(Envelope.of(STEP, Fixtures.NOON, s));
        assertRefused(STEP, doc, new Breakage("/data/matter", d -> ((ObjectNode) d).remove("matter")));
        if (s.refusal().isEmpty()) {
          continue;
        }
        Refusal f = s.refusal().get();
        assertRefused(STEP, doc, new Breakage("/data/refusal/message",
            d -> ((ObjectNode) d.get("refusal")).put("message", " ")));
        if (f.count().isPresent()) {
          assertRefused(STEP, doc, new Breakage("/data/refusal/count",
              d -> ((ObjectNode) d.get("refusal")).remove("count")));
          VoteCount c = f.count().get();
          assertRefused(STEP, doc, new Breakage("/data/refusal/count/votesNeeded",
              d -> ((ObjectNode) d.get("refusal").get("count")).put("votesNeeded",
                  c.votesNeeded() + 1)));
          assertRefused(STEP, doc, new Breakage("/data/refusal/count/quorumNeeded",
              d -> ((ObjectNode) d.get("refusal").get("count")).put("quorumNeeded", -1)));
          assertRefused(STEP, doc, new Breakage("/data/refusal/count/present",
              d -> ((ObjectNode) d.get("refusal").get("count")).put("present",
                  c.members() + 1)));
          // the derived numbers may be left out: they are recomputed
          try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);
            ((ObjectNode) tree.get("data").get("refusal").get("count")).remove(
                List.of("quorumNeeded", "votesNeeded"));
            assertEquals(s, JSON.read(tree.toString(), STEP).data());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        } else {
          assertRefused(STEP, doc, new Breakage("/data/refusal/count",
              d -> ((ObjectNode) d.get("refusal")).set("count", MAPPER.valueToTree(
                  VoteCount.of(3, 3, Tally.of(3, 0, 0),
                      org.grassroots.governance.deliberation.Threshold.moreThan(1, 2),
                      org.grassroots.governance.deliberation.Threshold.moreThan(1, 2),
                      org.grassroots.governance.deliberation.MajorityBase.MEMBERS)))));
        }
      }
      String bodies = JSON.toJson(Envelope.of(BODIES, Fixtures.NOON,
          bodies(r, DivisionCode.parse("440304003001"))));
      assertRefused(BODIES, bodies, new Breakage("/data/bodies/TWO_COMMITTEES",
          d -> ((ObjectNode) d.get("bodies")).remove("TWO_COMMITTEES")));
      assertRefused(BODIES, bodies, new Breakage("/data/bodies/PARTY_BRANCH/kind",
          d -> ((ObjectNode) d.get("bodies").get("PARTY_BRANCH")).put("kind", "TWO_COMMITTEES")));
      assertRefused(BODIES, bodies, new Breakage("/data/bodies/PARTY_BRANCH/members",
          d -> ((ObjectNode) d.get("bodies").get("PARTY_BRANCH")).putArray("members")));
    });
  }

  @Test
  void brokenEvaluationValues_areRefusedAtTheirPointer() {
    qt().withExamples(40).forAll(seeds()).checkAssert(r -> {
      Evaluation e = EvaluationDocumentTest.evaluation(r).evaluation();
      if (e.ranking().isEmpty()) {
        return;
      }
      String ranking = JSON.toJson(Envelope.of(RANKING, Fixtures.NOON, e.ranking()));
      assertRefused(RANKING, ranking, new Breakage("/data/0/rank",
          d -> ((ObjectNode) d.get(0)).put("rank", 0)));
      assertRefused(RANKING, ranking, new Breakage("/data/0/points",
          d -> ((ObjectNode) d.get(0)).put("points", "NaN")));
      RollUp u = RollUp.of(e, AreaHierarchy.byCodePrefix());
      String rollUp = JSON.toJson(Envelope.of(ROLL_UP, Fixtures.NOON, u));
      assertRefused(ROLL_UP, rollUp, new Breakage("/data/areas/0/communities",
          d -> ((ObjectNode) d.get("areas").get(0)).put("communities", 0)));
      assertRefused(ROLL_UP, rollUp, new Breakage("/data/areas/0/totalWeight",
          d -> ((ObjectNode) d.get("areas").get(0)).put("totalWeight", -1.5)));
      assertRefused(ROLL_UP, rollUp, new Breakage("/data/areas/" + u.areas().size() + "/area",
          d -> ((ArrayNode) d.get("areas")).add(d.get("areas").get(0).deepCopy())));
    });
  }

  @Test
  void runRecord_isWrittenWithItsMetrics() throws IOException {
    var records = new ArrayList<org.grassroots.governance.simulation.RunRecord>();
    org.grassroots.governance.simulation.MonteCarloRunner.builder(
            org.grassroots.governance.simulation.Scenario.of("tiny",
                ScenarioGens.tiny(new SplittableRandom(5)), 5))
        .runs(1).threads(1)
        .algorithm("greedy",
            org.grassroots.governance.matching.GreedyMatching.firstComeFirstServed())
        .policy("default", org.grassroots.governance.matching.MatchingPolicy.defaults())
        .build().run(records::add);
    JsonNode n = PLAIN.readTree(PLAIN.writeValueAsString(records.get(0)));
    assertEquals(List.of("scenario", "run", "seed", "policy", "algorithm", "demands",
        "resources", "metrics", "wallNanos"), ImmutableList.copyOf(n.fieldNames()));
    assertEquals(records.get(0).metrics().coverage(), n.get("metrics").get("coverage").asDouble());
    assertFalse(n.get("scenario").asText().isBlank());
    assertEquals(MatterStatus.IN_DELIBERATION.name(),
        PLAIN.readTree(PLAIN.writeValueAsString(MatterStatus.IN_DELIBERATION)).asText());
    assertEquals(RefusalReason.OUT_OF_ORDER,
        PLAIN.readValue("\"OUT_OF_ORDER\"", RefusalReason.class));
  }
}
