package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.grassroots.governance.deliberation.MatterEvent;
import org.grassroots.governance.deliberation.Meeting;
import org.grassroots.governance.deliberation.Publication;
import org.grassroots.governance.deliberation.SendBack;
import org.grassroots.governance.deliberation.Step;
import org.grassroots.governance.deliberation.Withdrawal;
import org.grassroots.governance.evaluation.CommunityScore;
import org.grassroots.governance.evaluation.Evaluation;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Scorecard;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Unmatched;
import org.grassroots.governance.matching.UnmatchedReason;
import org.junit.jupiter.api.Test;

/**
 * The values documents otherwise carry inside another, read on their own ({@link Unmatched}, the
 * evaluation scores and {@link Evaluation}, each kind of matter event): write then read gives an
 * equal value, with the strict reader and with a plain mapper that registers only the module, and
 * each rule is refused at its pointer.
 */
class ReadAloneValuesTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new GovernanceModule());
  private static final DocumentKind<Unmatched> UNMATCHED = DocumentKind.of("unmatched", Unmatched.class);
  private static final DocumentKind<IndicatorScore> INDICATOR =
      DocumentKind.of("indicator-score", IndicatorScore.class);
  private static final DocumentKind<Scorecard> CARD = DocumentKind.of("scorecard", Scorecard.class);
  private static final DocumentKind<CommunityScore> COMMUNITY =
      DocumentKind.of("community-score", CommunityScore.class);
  private static final DocumentKind<Evaluation> EVALUATION =
      DocumentKind.of("evaluation-scores", Evaluation.class);

  private static <T> void roundTrip(DocumentKind<T> kind, T value, Class<T> type) {
    String doc = JSON.toJson(Envelope.of(kind, Fixtures.NOON, value));
    assertEquals(value, JSON.read(doc, kind).data(), doc);
    try {
      assertEquals(value, PLAIN.readValue(PLAIN.writeValueAsString(value), type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the value, breaks the written data, and expects the reader to name the pointer. */
  private static <T> void refused(DocumentKind<T> kind, T value, String pointer,
      Consumer<ObjectNode> breakIt) {
    ObjectNode doc;
    try {
      doc = (ObjectNode) MAPPER.readTree(JSON.toJson(Envelope.of(kind, Fixtures.NOON, value)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    breakIt.accept((ObjectNode) doc.get("data"));
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(doc.toString(), kind), pointer);
    assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(pointer)),
        pointer + " not named: " + e.getMessage());
  }

  @Test
  void unmatchedDemands_roundTrip() {
    qt().withExamples(60).forAll(MatchingResultDocumentTest.solved()).checkAssert(s -> {
      for (Unmatched u : s.result().unmatched()) {
        roundTrip(UNMATCHED, u, Unmatched.class);
      }
    });
  }

  @Test
  void unmatchedDemand_brokenRulesAreRefusedAtTheirPointers() {
    Unmatched u = Unmatched.of(DemandId.of("d-1"), 2, UnmatchedReason.CAPACITY_EXHAUSTED,
        java.util.List.of(ResourceId.of("r-1"), ResourceId.of("r-2")));
    refused(UNMATCHED, u, "/data/quantity", d -> d.put("quantity", 0));
    refused(UNMATCHED, u, "/data/filledResources", d -> d.putArray("filledResources"));
    refused(UNMATCHED, u, "/data/filledResources/2", d -> ((ArrayNode) d.get("filledResources"))
        .add(d.get("filledResources").get(0).asText()));
    refused(UNMATCHED, u, "/data/reason", d -> d.put("reason", "LOST"));
    refused(UNMATCHED, u, "/data/demand", d -> d.remove("demand"));
  }

  @Test
  void evaluationsAndTheirScores_roundTrip() {
    qt().withExamples(60).forAll(EvaluationDocumentTest.evaluations()).checkAssert(m -> {
      Evaluation e = m.evaluation();
      roundTrip(EVALUATION, e, Evaluation.class);
      for (CommunityScore s : e.scores()) {
        roundTrip(COMMUNITY, s, CommunityScore.class);
        roundTrip(CARD, s.scorecard(), Scorecard.class);
        s.indicators().forEach(i -> roundTrip(INDICATOR, i, IndicatorScore.class));
      }
    });
  }

  @Test
  void scores_derivedAndForgedNumbersAreRefusedAtTheirPointers() {
    Evaluation e = EvaluationDocumentTest.evaluation(new SplittableRandom(7)).evaluation();
    CommunityScore first = e.scores().get(0);
    IndicatorScore item = first.indicators().get(0);
    refused(INDICATOR, item, "/data/points", d -> d.put("points", item.points() + 1));
    refused(INDICATOR, item, "/data/fraction", d -> d.put("fraction", 1.5));
    refused(INDICATOR, item, "/data/maxPoints", d -> d.put("maxPoints", -2));
    refused(INDICATOR, item, "/data/indicator", d -> d.remove("indicator"));
    refused(CARD, first.scorecard(), "/data/total", d -> d.put("total", first.total() + 1));
    refused(CARD, first.scorecard(), "/data/sectionPoints/" + item.section().name(),
        d -> ((ObjectNode) d.get("sectionPoints")).put(item.section().name(), -1.0));
    refused(CARD, first.scorecard(), "/data/indicators/" + first.indicators().size() + "/indicator",
        d -> ((ArrayNode) d.get("indicators")).add(d.get("indicators").get(0).deepCopy()));
    refused(COMMUNITY, first, "/data/community", d -> d.put("community", "44030400300"));
    refused(COMMUNITY, first, "/data/indicators/0/points",
        d -> ((ObjectNode) d.get("indicators").get(0)).put("points", -1.0));
    // a score edited apart from its measure: the system gives something else for that measure
    refused(EVALUATION, e, "/data/scores/0/indicators/0", d -> {
      ObjectNode i = (ObjectNode) d.get("scores").get(0).get("indicators").get(0);
      i.put("fraction", item.fraction() == 1 ? 0.5 : 1.0).remove("points");
      ((ObjectNode) d.get("scores").get(0)).remove(java.util.List.of("total", "sectionPoints"));
    });
    refused(EVALUATION, e, "/data/scores", d -> d.remove("scores"));
  }

  @Test
  void matterEvents_roundTripAsTheirOwnKinds() {
    Set<MatterEventForm.Type> seen = EnumSet.noneOf(MatterEventForm.Type.class);
    qt().withExamples(80).forAll(MatterDocumentTest.matters()).checkAssert(m -> {
      for (MatterEvent e : m.history()) {
        roundTrip(e);
        seen.add(MatterEventForm.Type.of(e));
      }
    });
    LocalDate day = LocalDate.of(2025, 5, 6);
    roundTrip(Withdrawal.of(day, "居民撤回").withBy(PersonId.of("P-1")));
    roundTrip(SendBack.of(day, Step.PROPOSAL, "材料不全"));
    roundTrip(Publication.of(Step.RESOLUTION_PUBLICATION, day, "社区公开栏", "公示"));
    assertTrue(seen.contains(MatterEventForm.Type.MEETING), seen.toString());
  }

  @SuppressWarnings("unchecked") // the event's own class, as the caller reads it
  private static void roundTrip(MatterEvent e) {
    Class<MatterEvent> type = (Class<MatterEvent>) kindOf(e);
    roundTrip(DocumentKind.of("matter-event", type), e, type);
  }

  private static Class<? extends MatterEvent> kindOf(MatterEvent e) {
    for (Class<? extends MatterEvent> c : java.util.List.of(
        Meeting.class, Publication.class, Withdrawal.class, SendBack.class)) {
      if (c.isInstance(e)) {
        return c;
      }
    }
    throw new AssertionError(e.getClass().getName());
  }

  @Test
  void matterEvent_ofAnotherKindIsRefusedAtItsType() {
    DocumentKind<Withdrawal> withdrawal = DocumentKind.of("withdrawal", Withdrawal.class);
    Withdrawal w = Withdrawal.of(LocalDate.of(2025, 5, 6), "居民撤回");
    refused(withdrawal, w, "/data/type", d -> d.put("type", "SEND_BACK").put("to", "PROPOSAL"));
    refused(withdrawal, w, "/data/type", d -> d.remove("type"));
    DocumentKind<SendBack> sendBack = DocumentKind.of("send-back", SendBack.class);
    refused(sendBack, SendBack.of(LocalDate.of(2025, 5, 6), Step.PROPOSAL, "材料不全"), "/data/by",
        d -> d.put("by", "P-1"));
  }
}
