package org.grassroots.governance.deliberation;

import static org.grassroots.governance.deliberation.Fixtures.COMMUNITY;
import static org.grassroots.governance.deliberation.Fixtures.DAY0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class DeliberationBodiesTest {

  private static DeliberationBodies bodies() {
    DeliberationBodies.Builder b = DeliberationBodies.builder().community(COMMUNITY);
    for (BodyKind kind : BodyKind.values()) {
      b.putBodies(kind, Body.of(kind, Fixtures.people(kind.name(), 5 + 4 * kind.ordinal())));
    }
    return b.build();
  }

  @Test
  void meeting_usesTheBodyOfTheStep() {
    DeliberationBodies bodies = bodies();
    List<PersonId> present = Fixtures.people("TWO_COMMITTEES", 9).subList(0, 7);
    Meeting m = bodies.meeting(Step.DISCUSSION, DAY0, present, Tally.of(6, 1, 0));
    assertEquals(BodyKind.TWO_COMMITTEES, m.body().kind());
    Matter matter = Fixtures.project()
        .hold(bodies.meeting(Step.PROPOSAL, DAY0, Fixtures.people("PARTY_BRANCH", 5), Tally.of(5, 0, 0))).orElseThrow()
        .hold(m).orElseThrow();
    assertEquals(java.util.Optional.of(Step.REVIEW), matter.nextStep());
    assertThrows(IllegalArgumentException.class, () -> bodies.bodyFor(Step.RESOLUTION_PUBLICATION));
  }

  @Test
  void withBody_replacesTheBodyOfItsKind() {
    DeliberationBodies after = bodies().withBody(Body.of(BodyKind.PARTY_BRANCH, Fixtures.people("new", 3)));
    assertEquals(3, after.bodyFor(Step.PROPOSAL).members().size());
  }

  @Test
  void build_requiresAllFourBodiesUnderTheirKinds() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DeliberationBodies.builder()
        .community(COMMUNITY)
        .putBodies(BodyKind.PARTY_BRANCH, Body.of(BodyKind.TWO_COMMITTEES, Fixtures.people("x", 2)))
        .build());
    String m = e.getMessage();
    assertTrue(m.contains("bodies.PARTY_BRANCH.kind: must be PARTY_BRANCH"), m);
    assertTrue(m.contains("bodies.RESIDENTS_REPRESENTATIVES_MEETING: is required: every community has its 居民代表会议"), m);
  }
}
