package org.grassroots.governance.deliberation;

import static org.grassroots.governance.deliberation.Fixtures.DAY0;
import static org.grassroots.governance.deliberation.Fixtures.meeting;
import static org.grassroots.governance.deliberation.Fixtures.passing;
import static org.grassroots.governance.deliberation.Fixtures.project;
import static org.grassroots.governance.deliberation.Fixtures.through;
import static org.grassroots.governance.deliberation.Fixtures.unanimous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class MatterTest {

  @Test
  void record_fullProcedure_completesAndDecidesTheProject() {
    Matter m = project().withProject(ProjectId.of("PJ-17"));
    assertEquals(Optional.of(Step.PROPOSAL), m.nextStep());
    m = through(m, Step.RESOLUTION);
    assertEquals(MatterStatus.IN_DELIBERATION, m.status());
    assertEquals(Optional.empty(), m.decidedProject());
    m = m.hold(unanimous(Step.RESOLUTION, 21, DAY0.plusDays(10))).orElseThrow();
    assertEquals(MatterStatus.RESOLVED, m.status());
    assertEquals(Optional.of(ProjectId.of("PJ-17")), m.decidedProject());
    m = m.publish(Publication.of(Step.RESOLUTION_PUBLICATION, DAY0.plusDays(11), "公开栏", "决议")).orElseThrow();
    assertEquals(MatterStatus.IMPLEMENTING, m.status());
    m = m.publish(Publication.of(Step.IMPLEMENTATION_PUBLICATION, DAY0.plusDays(90), "公开栏", "已完工")).orElseThrow();
    assertEquals(MatterStatus.COMPLETED, m.status());
    assertEquals(Optional.of(DAY0.plusDays(90)), m.completedOn());
    assertEquals(Optional.empty(), m.nextStep());
    assertEquals(6, m.history().size());
    assertEquals(Optional.of(DAY0.plusDays(10)), m.passedOn(Step.RESOLUTION));
  }

  @Test
  void decidedProjects_areThoseWhoseResolutionPassed() {
    Matter decided = through(project().withProject(ProjectId.of("PJ-1")), Step.RESOLUTION_PUBLICATION);
    Matter pending = through(project().withProject(ProjectId.of("PJ-2")), Step.RESOLUTION);
    Matter withdrawn = pending.withdraw(DAY0.plusDays(9), "撤回").orElseThrow();
    assertEquals(java.util.Set.of(ProjectId.of("PJ-1")), Matter.decidedProjects(List.of(decided, pending, withdrawn)));
    Meeting resolution = (Meeting) decided.history().get(3);
    assertTrue(decided.countOf(resolution).passed());
  }

  @Test
  void hold_resolutionBeforeTheEarlierSteps_isRefusedNamingTheMissingStep() {
    Matter m = through(project(), Step.DISCUSSION);
    StepResult r = m.hold(unanimous(Step.RESOLUTION, 21, DAY0.plusDays(5)));
    assertFalse(r.isAccepted());
    Refusal f = r.refusal().orElseThrow();
    assertEquals(RefusalReason.OUT_OF_ORDER, f.reason());
    assertEquals(Optional.of(Step.RESOLUTION), f.attemptedStep());
    assertEquals(Optional.of(Step.DISCUSSION), f.expectedStep());
    assertEquals("RESOLUTION (决议) refused: DISCUSSION (商议) must come first", f.message());
    assertSame(m, r.matter());
  }

  @Test
  void publish_implementationBeforeTheResolutionIsPublished_isRefused() {
    Matter m = through(project(), Step.RESOLUTION_PUBLICATION);
    Refusal f = m.publish(Publication.of(Step.IMPLEMENTATION_PUBLICATION, DAY0.plusDays(9), "公开栏", "完工"))
        .refusal().orElseThrow();
    assertEquals(RefusalReason.OUT_OF_ORDER, f.reason());
    assertEquals(Optional.of(Step.RESOLUTION_PUBLICATION), f.expectedStep());
  }

  @Test
  void hold_stepAlreadyPassed_isRefusedNamingTheStepDue() {
    Matter m = through(project(), Step.REVIEW);
    Refusal f = m.hold(unanimous(Step.PROPOSAL, 5, DAY0.plusDays(9))).refusal().orElseThrow();
    assertEquals(RefusalReason.ALREADY_DONE, f.reason());
    assertEquals(Optional.of(Step.REVIEW), f.expectedStep());
    assertTrue(f.message().contains("the step due is REVIEW (审议)"), f.message());
  }

  @Test
  void hold_quorumMissed_isRefusedWithTheNumbersAndNotRecorded() {
    Matter m = through(project(), Step.DISCUSSION);
    StepResult r = m.hold(meeting(Step.DISCUSSION, 9, 4, Tally.of(4, 0, 0), DAY0.plusDays(5)));
    Refusal f = r.refusal().orElseThrow();
    assertEquals(RefusalReason.QUORUM_NOT_MET, f.reason());
    VoteCount c = f.count().orElseThrow();
    assertEquals(9, c.members());
    assertEquals(4, c.present());
    assertEquals(5, c.quorumNeeded());
    assertEquals("DISCUSSION (商议) refused: quorum not met, 4 of 9 members present, 5 needed (more than 1/2 of the members)",
        f.message());
    assertEquals(m.history(), r.matter().history());
  }

  @Test
  void hold_majorityMissed_keepsTheRejectedVoteAndTheStepStaysDue() {
    Matter m = through(project(), Step.RESOLUTION);
    StepResult r = m.hold(meeting(Step.RESOLUTION, 12, 10, Tally.of(5, 4, 1), DAY0.plusDays(5)));
    Refusal f = r.refusal().orElseThrow();
    assertEquals(RefusalReason.MAJORITY_NOT_REACHED, f.reason());
    assertEquals(6, f.count().orElseThrow().votesNeeded());
    assertEquals("RESOLUTION (决议) not passed: 5 in favour, 4 against, 1 abstaining, 10 present; "
        + "6 in favour needed (more than 1/2 of those present)", f.message());
    Matter after = r.matter();
    assertEquals(m.history().size() + 1, after.history().size());
    assertEquals(Optional.of(Step.RESOLUTION), after.nextStep());
    Matter passed = after.hold(meeting(Step.RESOLUTION, 12, 10, Tally.of(6, 4, 0), DAY0.plusDays(12))).orElseThrow();
    assertEquals(MatterStatus.RESOLVED, passed.status());
    assertEquals(Optional.of(DAY0.plusDays(12)), passed.passedOn(Step.RESOLUTION));
  }

  @Test
  void hold_residentsConvention_needsTwoThirdsByDefault() {
    Matter convention = through(Matter.open(MatterId.of("YS-9"), "修订居民公约", MatterKind.RESIDENTS_CONVENTION,
        Fixtures.COMMUNITY), Step.RESOLUTION);
    Meeting eightOfTwelve = meeting(Step.RESOLUTION, 15, 12, Tally.of(7, 5, 0), DAY0.plusDays(5));
    Refusal f = convention.hold(eightOfTwelve).refusal().orElseThrow();
    assertEquals(RefusalReason.MAJORITY_NOT_REACHED, f.reason());
    assertEquals(8, f.count().orElseThrow().votesNeeded());
    assertTrue(f.message().contains("(at least 2/3 of those present)"), f.message());
    assertTrue(through(project(), Step.RESOLUTION).hold(eightOfTwelve).isAccepted());
  }

  @Test
  void votingRule_isConfigurablePerBody() {
    VotingRule strict = VotingRule.defaults()
        .withQuorum(Threshold.atLeast(2, 3))
        .withMajorityBase(MajorityBase.MEMBERS)
        .withQualifiedKinds(EnumSet.of(MatterKind.COMMUNITY_FUND_USE));
    List<PersonId> members = Fixtures.people("R", 30);
    Body representatives = Body.of(BodyKind.RESIDENTS_REPRESENTATIVES_MEETING, members).withRule(strict);
    Matter m = through(project(), Step.RESOLUTION);
    Meeting nineteen = Meeting.of(Step.RESOLUTION, representatives, DAY0.plusDays(5), members.subList(0, 19), Tally.of(19, 0, 0));
    Refusal f = m.hold(nineteen).refusal().orElseThrow();
    assertEquals(RefusalReason.QUORUM_NOT_MET, f.reason());
    assertEquals(20, f.count().orElseThrow().quorumNeeded());
    Meeting twenty = Meeting.of(Step.RESOLUTION, representatives, DAY0.plusDays(5), members.subList(0, 20), Tally.of(15, 5, 0));
    Refusal g = m.hold(twenty).refusal().orElseThrow();
    assertEquals(16, g.count().orElseThrow().votesNeeded());
    assertTrue(g.message().contains("more than 1/2 of the members"), g.message());
  }

  @Test
  void withdraw_beforeTheResolution_closesTheMatterWithItsReason() {
    Matter m = through(project(), Step.REVIEW).withdraw(DAY0.plusDays(7), "项目已由区级统一实施").orElseThrow();
    assertEquals(MatterStatus.WITHDRAWN, m.status());
    assertEquals("项目已由区级统一实施", ((Withdrawal) m.history().get(m.history().size() - 1)).reason());
    Refusal f = m.hold(unanimous(Step.REVIEW, 30, DAY0.plusDays(8))).refusal().orElseThrow();
    assertEquals(RefusalReason.MATTER_CLOSED, f.reason());
    assertEquals("REVIEW (审议) refused: the matter is withdrawn", f.message());
    assertEquals(Optional.empty(), f.expectedStep());
  }

  @Test
  void withdraw_afterTheResolution_isRefused() {
    Matter m = through(project(), Step.RESOLUTION_PUBLICATION);
    Refusal f = m.withdraw(DAY0.plusDays(9), "改变主意").refusal().orElseThrow();
    assertEquals(RefusalReason.CANNOT_WITHDRAW, f.reason());
    assertTrue(f.message().contains("the resolution was passed on 2024-03-04"), f.message());
  }

  @Test
  void sendBack_toAnEarlierStep_makesItAndTheLaterStepsDueAgain() {
    Matter m = through(project(), Step.RESOLUTION);
    Matter back = m.sendBack(DAY0.plusDays(6), Step.DISCUSSION, "预算需重新测算").orElseThrow();
    assertEquals(Optional.of(Step.DISCUSSION), back.nextStep());
    assertEquals(Optional.empty(), back.passedOn(Step.REVIEW));
    assertEquals(Optional.of(DAY0), back.passedOn(Step.PROPOSAL));
    Refusal f = back.hold(unanimous(Step.REVIEW, 30, DAY0.plusDays(7))).refusal().orElseThrow();
    assertEquals(Optional.of(Step.DISCUSSION), f.expectedStep());
    assertTrue(back.hold(unanimous(Step.DISCUSSION, 9, DAY0.plusDays(7))).isAccepted());
    assertEquals("预算需重新测算", ((SendBack) back.history().get(back.history().size() - 1)).reason());
  }

  @Test
  void sendBack_toAStepNotPassedOrAfterTheResolution_isRefused() {
    Matter m = through(project(), Step.REVIEW);
    Refusal f = m.sendBack(DAY0.plusDays(6), Step.REVIEW, "x").refusal().orElseThrow();
    assertEquals(RefusalReason.CANNOT_SEND_BACK, f.reason());
    assertEquals("send-back to REVIEW (审议) refused: that step has not been passed yet (the step due is REVIEW (审议))",
        f.message());
    Refusal g = through(project(), Step.RESOLUTION_PUBLICATION).sendBack(DAY0.plusDays(9), Step.PROPOSAL, "x")
        .refusal().orElseThrow();
    assertEquals(RefusalReason.CANNOT_SEND_BACK, g.reason());
    assertThrows(InvalidValueException.class, () -> SendBack.of(DAY0, Step.RESOLUTION_PUBLICATION, "x"));
    assertThrows(InvalidValueException.class, () -> Withdrawal.of(DAY0, " "));
  }

  @Test
  void record_eventDatedBeforeTheLastOne_isRefused() {
    Matter m = through(project(), Step.REVIEW);
    Refusal f = m.hold(unanimous(Step.REVIEW, 30, DAY0.minusDays(1))).refusal().orElseThrow();
    assertEquals(RefusalReason.DATE_BEFORE_PREVIOUS, f.reason());
    assertEquals("REVIEW (审议) refused: dated 2024-02-29, before the last recorded event of 2024-03-02", f.message());
  }

  @Test
  void builder_historyOutOfOrder_cannotExist() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Matter.builder()
        .from(project())
        .addHistory(passing(Step.PROPOSAL, DAY0), passing(Step.REVIEW, DAY0.plusDays(1)))
        .build());
    assertEquals("history[1]", e.violations().get(0).path());
    assertTrue(e.getMessage().contains("history must follow 四议两公开: REVIEW (审议) refused: DISCUSSION (商议) must come first"),
        e.getMessage());
  }

  @Test
  void builder_reportsEveryMissingAttribute() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Matter.builder().title(" ").build());
    assertEquals(List.of("id", "kind", "community", "title"),
        e.violations().stream().map(v -> v.path()).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void meeting_invariants() {
    Body branch = Fixtures.body(Step.PROPOSAL, 3);
    InvalidValueException outsider = assertThrows(InvalidValueException.class, () -> Meeting.of(Step.PROPOSAL, branch, DAY0,
        List.of(PersonId.of("PARTY_BRANCH-0"), PersonId.of("stranger")), Tally.of(2, 0, 0)));
    assertEquals("attendees[1]", outsider.violations().get(0).path());
    assertTrue(outsider.getMessage().contains("attended but is not a member of the party branch"), outsider.getMessage());
    InvalidValueException tooMany = assertThrows(InvalidValueException.class, () -> Meeting.of(Step.PROPOSAL, branch, DAY0,
        branch.members(), Tally.of(3, 1, 0)));
    assertTrue(tooMany.getMessage().contains("votes cast (4) must not exceed those present (3)"), tooMany.getMessage());
    InvalidValueException wrongBody = assertThrows(InvalidValueException.class, () -> Meeting.of(Step.REVIEW, branch, DAY0,
        branch.members(), Tally.of(3, 0, 0)));
    assertTrue(wrongBody.getMessage().contains("the REVIEW (审议) step is held by the party members' meeting, not the party branch"),
        wrongBody.getMessage());
    assertThrows(InvalidValueException.class, () -> Meeting.of(Step.RESOLUTION_PUBLICATION, branch, DAY0, branch.members(), Tally.of(1, 0, 0)));
    assertThrows(InvalidValueException.class, () -> Body.of(BodyKind.PARTY_BRANCH, List.of()));
    assertThrows(InvalidValueException.class, () -> Tally.of(-1, 0, 0));
    assertThrows(InvalidValueException.class, () -> Publication.of(Step.REVIEW, DAY0, "公开栏", "x"));
  }

  @Test
  void serialisation_roundTripsAndReplaysTheHistory() {
    Matter m = through(project().withProject(ProjectId.of("PJ-1")), Step.RESOLUTION);
    m = m.hold(meeting(Step.RESOLUTION, 3, 3, Tally.of(1, 2, 0), DAY0.plusDays(5))).matter();
    m = m.hold(unanimous(Step.RESOLUTION, 3, DAY0.plusDays(6))).orElseThrow();
    m = m.publish(Publication.of(Step.RESOLUTION_PUBLICATION, LocalDate.of(2030, 1, 1), "网站", "决议")).orElseThrow();
    assertEquals(6, m.history().size());
    Object back = Fixtures.roundTrip(m);
    assertEquals(m, back);
    assertEquals(MatterStatus.IMPLEMENTING, ((Matter) back).status());
    assertEquals(MatterId.of("YS-2024-007"), Fixtures.roundTrip(MatterId.of("YS-2024-007")));
  }
}
