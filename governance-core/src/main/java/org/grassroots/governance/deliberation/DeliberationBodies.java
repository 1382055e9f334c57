package org.grassroots.governance.deliberation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The four deliberating bodies of a community (议事机构), so that a meeting is made from the step
 * alone: the party branch, the two committees, the party members' meeting and the residents'
 * representatives' meeting, each with its members and voting rule.
 *
 * <p>Invariants: all four bodies are present, each under its own kind. Immutable and thread-safe.
 *
 * <pre>{@code
 * DeliberationBodies bodies = DeliberationBodies.builder()
 *     .community(DivisionCode.parse("440304003001"))
 *     .putBodies(BodyKind.PARTY_BRANCH, Body.of(BodyKind.PARTY_BRANCH, branchCommittee))
 *     .putBodies(BodyKind.TWO_COMMITTEES, Body.of(BodyKind.TWO_COMMITTEES, twoCommittees))
 *     .putBodies(BodyKind.PARTY_MEMBERS_MEETING, Body.of(BodyKind.PARTY_MEMBERS_MEETING, partyMembers))
 *     .putBodies(BodyKind.RESIDENTS_REPRESENTATIVES_MEETING,
 *         Body.of(BodyKind.RESIDENTS_REPRESENTATIVES_MEETING, representatives))
 *     .build();
 * matter.hold(bodies.meeting(Step.DISCUSSION, date, present, Tally.of(7, 0, 1)));
 * }</pre>
 */
@Value.Immutable
public abstract class DeliberationBodies implements Serializable {
  private static final long serialVersionUID = 1L;

  DeliberationBodies() {}

  /** The community whose bodies these are. */
  public abstract DivisionCode community();

  /** The four bodies by kind. */
  public abstract Map<BodyKind, Body> bodies();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeliberationBodies}. */
  public static final class Builder extends ImmutableDeliberationBodies.Builder {
    Builder() {}
  }

  /**
   * The body that holds a deliberation step.
   *
   * @param step one of the four deliberation steps
   * @return the body
   * @throws IllegalArgumentException if the step is a publication
   */
  public Body bodyFor(Step step) {
    BodyKind kind = step.body().orElseThrow(() -> new IllegalArgumentException(
        "step: " + Messages.f(Messages.NOT_A_MEETING_STEP, step)));
    Body body = bodies().get(kind);
    if (body == null) {
      throw new IllegalStateException("no " + kind.label() + " (checked at construction)");
    }
    return body;
  }

  /**
   * These bodies with one of them replaced, e.g. after an election (换届).
   *
   * @param body the new body, replacing the one of its kind
   * @return the modified bodies
   */
  public DeliberationBodies withBody(Body body) {
    Map<BodyKind, Body> map = new EnumMap<>(bodies());
    map.put(body.kind(), body);
    return builder().community(community()).bodies(map).build();
  }

  /**
   * A meeting of the body that holds {@code step}.
   *
   * @param step the deliberation step
   * @param date the date
   * @param attendees who attended, members of that body
   * @param tally the votes
   * @return the meeting
   * @throws org.grassroots.governance.validation.InvalidValueException if an attendee is not a
   *     member or the tally exceeds those present
   */
  public Meeting meeting(Step step, LocalDate date, Iterable<PersonId> attendees, Tally tally) {
    return Meeting.of(step, bodyFor(step), date, attendees, tally);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("DeliberationBodies").require("community", community());
    for (BodyKind kind : BodyKind.values()) {
      Body body = bodies().get(kind);
      v.check(body != null, "bodies." + kind, null, "is required: every community has its " + kind.chinese());
      if (body != null) {
        v.check(body.kind() == kind, "bodies." + kind + ".kind", body.kind(), "must be " + kind);
      }
    }
    v.throwIfAny();
  }
}
