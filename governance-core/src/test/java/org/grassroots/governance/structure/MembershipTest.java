package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.CORE_ID;
import static org.grassroots.governance.structure.Fixtures.START;
import static org.grassroots.governance.structure.Fixtures.assertViolation;
import static org.grassroots.governance.structure.Fixtures.pid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipTest {
  private static final LocalDate END = LocalDate.of(2023, 12, 31);

  @Test
  void heldOn_recordedEnd_isInclusive() {
    Membership m = Membership.between(pid(1), CORE_ID, Role.SECRETARY, START, END);
    assertEquals(Holding.NOT_HELD, m.heldOn(START.minusDays(1)));
    assertEquals(Holding.HELD, m.heldOn(START));
    assertEquals(Holding.HELD, m.heldOn(END));
    assertEquals(Holding.NOT_HELD, m.heldOn(END.plusDays(1)));
  }

  @Test
  void heldOn_unknownEnd_isUnknownNotGuessed() {
    Membership m = Membership.endUnknown(pid(1), CORE_ID, Role.VOLUNTEER, START);
    assertEquals(Holding.NOT_HELD, m.heldOn(START.minusDays(1)));
    assertEquals(Holding.UNKNOWN, m.heldOn(START));
    assertEquals(Holding.UNKNOWN, m.heldOn(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void heldOn_unknownEndConfirmed_isHeldUntilConfirmation() {
    Membership m = Membership.endUnknown(pid(1), CORE_ID, Role.VOLUNTEER, START)
        .withConfirmedUntil(END);
    assertEquals(Holding.HELD, m.heldOn(END));
    assertEquals(Holding.UNKNOWN, m.heldOn(END.plusDays(1)));
  }

  @Test
  void heldOn_ongoing_isHeld() {
    Membership m = Membership.ongoing(pid(1), CORE_ID, Role.SECRETARY, START);
    assertEquals(Holding.HELD, m.heldOn(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void builder_withoutEnd_defaultsToUnknown() {
    Membership m = Membership.builder().person(pid(1)).organization(CORE_ID)
        .role(Role.GRID_WORKER).start(START).build();
    assertEquals(TenureEnd.UNKNOWN, m.endStatus());
    Membership withEnd = Membership.builder().from(m).end(END).endStatus(TenureEnd.ON_DATE)
        .build();
    assertEquals(TenureEnd.ON_DATE, withEnd.endStatus());
  }

  @Test
  void endBeforeStart_isRejected_onEveryPath() {
    assertViolation(() -> Membership.between(pid(1), CORE_ID, Role.SECRETARY, END, START),
        "end", "must not be before start");
    Membership m = Membership.ongoing(pid(1), CORE_ID, Role.SECRETARY, START);
    assertViolation(() -> m.endingOn(START.minusDays(1)), "end", "must not be before start");
    Membership closed = m.endingOn(END);
    assertViolation(() -> closed.withStart(END.plusDays(1)), "end", "must not be before start");
    assertViolation(() -> Membership.builder().from(closed).start(END.plusDays(3)).build(),
        "end", "must not be before start");
  }

  @Test
  void endStatusAndEndDate_mustAgree_onEveryPath() {
    assertViolation(() -> Membership.builder().person(pid(1)).organization(CORE_ID)
        .role(Role.SECRETARY).start(START).end(END).endStatus(TenureEnd.ONGOING).build(),
        "end", "only given when endStatus is ON_DATE");
    assertViolation(() -> Membership.builder().person(pid(1)).organization(CORE_ID)
        .role(Role.SECRETARY).start(START).endStatus(TenureEnd.ON_DATE).build(),
        "end", Messages.END_MISSING);
    Membership m = Membership.ongoing(pid(1), CORE_ID, Role.SECRETARY, START);
    assertViolation(() -> m.endingAs(TenureEnd.ON_DATE), "end", Messages.END_MISSING);
    assertViolation(() -> m.withConfirmedUntil(END), "confirmedUntil", "only given when the end");
  }

  @Test
  void endingAs_dropsWhatNoLongerApplies() {
    Membership m = Membership.between(pid(1), CORE_ID, Role.SECRETARY, START, END);
    Membership ongoing = m.endingAs(TenureEnd.ONGOING);
    assertEquals(Optional.empty(), ongoing.end());
    Membership unknown = m.endingAs(TenureEnd.UNKNOWN).withConfirmedUntil(END);
    assertEquals(Optional.of(END), unknown.confirmedUntil());
    Membership closed = unknown.endingOn(END);
    assertEquals(Optional.empty(), closed.confirmedUntil());
  }

  @Test
  void onBehalfOfItself_isRejected() {
    Membership m = Membership.ongoing(pid(1), CORE_ID, Role.PART_TIME_COMMITTEE_MEMBER, START);
    assertViolation(() -> m.withOnBehalfOf(CORE_ID), "onBehalfOf", Messages.ON_BEHALF_OF_SELF);
  }

  @Test
  void heldOn_agreesWithDefinition_forRandomDates() {
    qt().withExamples(200)
        .forAll(integers().between(0, 2000), integers().between(0, 2000), integers().between(0, 2))
        .checkAssert((len, probe, kind) -> {
          LocalDate end = START.plusDays(len);
          LocalDate d = START.minusDays(100).plusDays(probe);
          Membership m = kind == 0 ? Membership.between(pid(1), CORE_ID, Role.VOLUNTEER, START, end)
              : kind == 1 ? Membership.ongoing(pid(1), CORE_ID, Role.VOLUNTEER, START)
                  : Membership.endUnknown(pid(1), CORE_ID, Role.VOLUNTEER, START);
          Holding h = m.heldOn(d);
          if (d.isBefore(START)) {
            assertEquals(Holding.NOT_HELD, h);
          } else if (kind == 0) {
            assertEquals(d.isAfter(end) ? Holding.NOT_HELD : Holding.HELD, h);
          } else if (kind == 1) {
            assertEquals(Holding.HELD, h);
          } else {
            assertEquals(Holding.UNKNOWN, h);
          }
          assertTrue(m.mayOverlap(d, d) == (h != Holding.NOT_HELD));
        });
  }

  @Test
  void mayCover_unknownEndIsNotTakenAsEnd() {
    Membership m = Membership.endUnknown(pid(1), CORE_ID, Role.VOLUNTEER, START);
    assertTrue(m.mayCover(START, END));
    assertFalse(m.mayCover(START.minusDays(1), END));
    assertFalse(Membership.between(pid(1), CORE_ID, Role.VOLUNTEER, START, END)
        .mayCover(START, END.plusDays(1)));
  }

  @Test
  void serialisation_roundTrips() {
    Fixtures.roundTrip(Membership.endUnknown(pid(1), CORE_ID, Role.VOLUNTEER, START)
        .withConfirmedUntil(END).withFullTime(true));
  }
}
