package org.grassroots.governance.deliberation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A meeting that holds one of the four deliberations (会议): the body, the date, who attended
 * and the votes. Whether it passes depends on the matter's kind: see {@link #count(MatterKind)}.
 *
 * <p>Invariants: the step is a deliberation step held by this kind of body; every attendee is a
 * member; no more votes are cast than there are people present. Immutable and thread-safe.
 *
 * <pre>{@code
 * Meeting review = Meeting.of(Step.REVIEW, partyMembers, LocalDate.of(2024, 3, 12),
 *     attendees, Tally.of(31, 2, 1));
 * review.count(MatterKind.PUBLIC_SERVICE_PROJECT).passed();
 * }</pre>
 */
@Value.Immutable
public abstract class Meeting extends MatterEvent {
  private static final long serialVersionUID = 1L;

  Meeting() {}

  /** The deliberation step held: {@link Step#PROPOSAL} to {@link Step#RESOLUTION}. */
  public abstract Step meetingStep();

  /** The body, with its members and rule at the time. */
  public abstract Body body();

  @Override
  public abstract LocalDate date();

  /** Who attended (到会人员), all members of the body. */
  public abstract Set<PersonId> attendees();

  /** The votes. */
  public abstract Tally tally();

  /** Optional minutes or a note (会议纪要). */
  public abstract Optional<String> minutes();

  @Override
  public Optional<Step> step() {
    return Optional.of(meetingStep());
  }

  /**
   * A meeting.
   *
   * @param step the deliberation step
   * @param body the body holding it
   * @param date the date
   * @param attendees who attended
   * @param tally the votes
   * @return the meeting
   * @throws org.grassroots.governance.validation.InvalidValueException if an invariant fails
   */
  public static Meeting of(Step step, Body body, LocalDate date, Iterable<PersonId> attendees, Tally tally) {
    return builder().meetingStep(step).body(body).date(date).attendees(attendees).tally(tally).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }

  /**
   * Counts the meeting under its body's rule for a matter of the given kind.
   *
   * @param kind the matter's kind, which picks the simple or the qualified majority
   * @return the count, with the quorum and majority needed and whether they were met
   */
  public VoteCount count(MatterKind kind) {
    VotingRule rule = body().rule();
    return VoteCount.of(body().members().size(), attendees().size(), tally(), rule.quorum(),
        rule.majorityFor(kind), rule.majorityBase());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Meeting")
        .require("meetingStep", meetingStep())
        .require("body", body())
        .require("date", date())
        .require("tally", tally());
    if (meetingStep() != null && body() != null) {
      v.check(meetingStep().isMeeting(), "meetingStep", meetingStep(),
          Messages.f(Messages.NOT_A_MEETING_STEP, meetingStep()));
      meetingStep().body().ifPresent(expected -> v.check(expected == body().kind(), "body.kind",
          body().kind(), Messages.f(Messages.WRONG_BODY, meetingStep(), expected.label(), body().kind().label())));
      ImmutableList<PersonId> list = ImmutableList.copyOf(attendees());
      for (int i = 0; i < list.size(); i++) {
        v.check(body().members().contains(list.get(i)), "attendees[" + i + "]", list.get(i),
            Messages.f(Messages.NOT_A_MEMBER, body().kind().label()));
      }
    }
    if (tally() != null) {
      v.check(tally().cast() <= attendees().size(), "tally", tally(),
          Messages.f(Messages.TALLY_EXCEEDS, tally().cast(), attendees().size()));
    }
    v.throwIfAny();
  }
}
