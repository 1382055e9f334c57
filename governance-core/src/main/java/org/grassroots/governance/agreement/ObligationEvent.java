package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Something a party did towards an obligation (履约事件): a leadership visit, a duty day, the
 * appointment of a first secretary or of a cross-appointed cadre (appointments name the person).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ObligationEvent visit = ObligationEvent.of(ObligationKind.LEADERSHIP_VISITS, bureau,
 *     LocalDate.of(2021, 3, 9));
 * ObligationEvent fs = ObligationEvent.appointment(ObligationKind.FIRST_SECRETARY, bureau,
 *     LocalDate.of(2021, 1, 4), PersonId.of("P-FS"));
 * }</pre>
 */
@Value.Immutable
public abstract class ObligationEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  ObligationEvent() {}

  /**
   * Which obligation.
   *
   * @return the kind
   */
  public abstract ObligationKind kind();

  /**
   * The obliged party.
   *
   * @return its id
   */
  public abstract OrganizationId obligor();

  /**
   * The day.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The person (required for appointments, optional otherwise).
   *
   * @return the person, or empty
   */
  public abstract Optional<PersonId> person();

  /**
   * A visit or duty day.
   *
   * @param kind the kind
   * @param obligor the party
   * @param date the day
   * @return the event
   */
  public static ObligationEvent of(ObligationKind kind, OrganizationId obligor, LocalDate date) {
    return builder().kind(kind).obligor(obligor).date(date).build();
  }

  /**
   * An appointment (first secretary, cross appointment).
   *
   * @param kind the kind
   * @param obligor the party
   * @param date the day
   * @param person who is appointed
   * @return the event
   */
  public static ObligationEvent appointment(ObligationKind kind, OrganizationId obligor,
      LocalDate date, PersonId person) {
    return builder().kind(kind).obligor(obligor).date(date).person(person).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableObligationEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ObligationEvent").require("kind", kind())
        .require("obligor", obligor()).require("date", date());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    if (kind().isAppointment()) {
      v.check(person().isPresent(), "person", null, f(Messages.OBLIGATION_PERSON, kind()));
    }
    v.throwIfAny();
  }
}
