package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The schedule of a rotating chair (轮值书记制): turns in order, never overlapping. Whether every
 * chair is a member of the committee for the whole turn is checked by
 * {@link CommunityGovernance}; whether every part-time member gets a turn is a policy rule
 * ({@link PolicyRule#everyPartTimeMemberChairs()}). Immutable and thread-safe.
 *
 * <pre>{@code
 * ChairRotation r = ChairRotation.of(List.of(
 *     ChairTerm.of(a, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
 *     ChairTerm.of(b, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31))));
 * r.chairOn(LocalDate.of(2024, 8, 1)); // Optional[b]
 * }</pre>
 */
@Value.Immutable
public abstract class ChairRotation implements Serializable {
  private static final long serialVersionUID = 1L;

  ChairRotation() {}

  /**
   * The turns, in order of start.
   *
   * @return the turns
   */
  @Value.Parameter
  public abstract List<ChairTerm> turns();

  /**
   * A rotation.
   *
   * @param turns the turns, in order, not overlapping
   * @return the rotation
   * @throws org.grassroots.governance.validation.InvalidValueException if turns overlap or are
   *     out of order
   */
  public static ChairRotation of(List<ChairTerm> turns) {
    return ImmutableChairRotation.of(turns);
  }

  /**
   * A copy with one more turn at the end.
   *
   * @param turn the turn
   * @return the copy
   * @throws org.grassroots.governance.validation.InvalidValueException if it overlaps the last
   */
  public ChairRotation withTurn(ChairTerm turn) {
    return ImmutableChairRotation.builder().from(this).addTurns(turn).build();
  }

  /**
   * A copy with the given turns.
   *
   * @param turns the turns
   * @return the copy
   */
  public ChairRotation withTurns(List<ChairTerm> turns) {
    return ImmutableChairRotation.of(turns);
  }

  /**
   * Who chairs on the date.
   *
   * @param date the date
   * @return the chair, or empty between or outside turns
   */
  public Optional<PersonId> chairOn(LocalDate date) {
    for (ChairTerm t : turns()) {
      if (t.contains(date)) {
        return Optional.of(t.chair());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the person has at least one turn.
   *
   * @param person the person
   * @return {@code true} if they chair at some time
   */
  public boolean hasTurn(PersonId person) {
    return turns().stream().anyMatch(t -> t.chair().equals(person));
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ChairRotation");
    List<ChairTerm> ts = turns();
    for (int i = 1; i < ts.size(); i++) {
      ChairTerm prev = ts.get(i - 1);
      ChairTerm cur = ts.get(i);
      v.check(
          cur.start().isAfter(prev.end()),
          "turns[" + i + "].start",
          cur.start(),
          f(Messages.ROTATION_OVERLAP, cur.start(), prev.end()));
    }
    v.throwIfAny();
  }
}
