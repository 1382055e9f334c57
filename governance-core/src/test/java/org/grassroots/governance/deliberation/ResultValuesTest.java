package org.grassroots.governance.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The public factories of the result values: {@link VoteCount}, {@link Refusal}, {@link StepResult}. */
class ResultValuesTest {

  @Test
  void voteCountOf_equalsTheMeetingsCount() {
    qt().withExamples(200).forAll(integers().between(1, 30), integers().between(0, 30),
        integers().between(0, 30), integers().between(0, MatterKind.values().length - 1))
        .checkAssert((members, p, f, kind) -> {
          int present = p % (members + 1);
          int favour = f % (present + 1);
          Meeting m = Fixtures.meeting(Step.DISCUSSION, members, present,
              Tally.of(favour, present - favour, 0), Fixtures.DAY0);
          VoteCount c = m.count(MatterKind.values()[kind]);
          VotingRule rule = m.body().rule();
          assertEquals(c, VoteCount.of(members, present, m.tally(), rule.quorum(),
              rule.majorityFor(MatterKind.values()[kind]), rule.majorityBase()));
        });
  }

  @Test
  void voteCountOf_refusesImpossibleNumbers_allAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> VoteCount.of(0, 3,
        Tally.of(4, 0, 0), Threshold.moreThan(1, 2), Threshold.moreThan(1, 2),
        MajorityBase.MEMBERS));
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("members")), e.getMessage());
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("present")), e.getMessage());
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("tally")), e.getMessage());
    VoteCount ok = VoteCount.of(9, 6, Tally.of(5, 1, 0), Threshold.moreThan(1, 2),
        Threshold.atLeast(2, 3), MajorityBase.PRESENT);
    assertEquals(5, ok.quorumNeeded());
    assertEquals(4, ok.votesNeeded());
    assertTrue(ok.passed());
  }

  @Test
  void refusalBuilder_countGoesWithTheQuorumAndMajorityReasonsOnly() {
    VoteCount c = VoteCount.of(9, 3, Tally.of(3, 0, 0), Threshold.moreThan(1, 2),
        Threshold.moreThan(1, 2), MajorityBase.MEMBERS);
    Refusal quorum = Refusal.builder().reason(RefusalReason.QUORUM_NOT_MET)
        .attemptedStep(Step.DISCUSSION).count(c).message("quorum not met").build();
    assertEquals(c, quorum.count().orElseThrow());
    InvalidValueException noCount = assertThrows(InvalidValueException.class, () ->
        Refusal.builder().reason(RefusalReason.MAJORITY_NOT_REACHED).message("m").build());
    assertEquals("count", noCount.violations().get(0).path());
    InvalidValueException extra = assertThrows(InvalidValueException.class, () ->
        Refusal.builder().reason(RefusalReason.OUT_OF_ORDER).count(c).message(" ").build());
    assertEquals(2, extra.violations().size(), extra.getMessage());
  }

  @Test
  void everyRefusalTheMatterMakes_isRebuiltByTheBuilder() {
    Matter m = Fixtures.project();
    StepResult r = m.hold(Fixtures.unanimous(Step.RESOLUTION, 5, Fixtures.DAY0));
    assertFalse(r.isAccepted());
    Refusal f = r.refusal().orElseThrow();
    Refusal copy = Refusal.builder().reason(f.reason()).attemptedStep(f.attemptedStep())
        .expectedStep(f.expectedStep()).count(f.count()).message(f.message()).build();
    assertEquals(f, copy);
    assertEquals(r, StepResult.refused(r.matter(), copy));
    StepResult ok = m.record(Fixtures.passing(Step.PROPOSAL, Fixtures.DAY0));
    assertEquals(ok, StepResult.accepted(ok.matter()));
    assertEquals(ok.hashCode(), StepResult.accepted(ok.matter()).hashCode());
  }
}
