package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A standing obligation of a party (共建义务): at least {@link #count()} events of its
 * {@link #kind()} per month (visits, duty days) or over the term (first secretary, cross
 * appointments). Checked against a {@link Ledger}'s events as findings. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Obligation visits = Obligation.of(ObligationKind.LEADERSHIP_VISITS, bureau, 2);
 * Obligation secretary = Obligation.firstSecretary(bureau);
 * }</pre>
 */
@Value.Immutable
public abstract class Obligation implements Serializable {
  private static final long serialVersionUID = 1L;

  Obligation() {}

  /**
   * The kind.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ObligationKind kind();

  /**
   * The obliged party.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract OrganizationId obligor();

  /**
   * How many, per month or over the term (see {@link ObligationKind#perMonth()}).
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int count();

  /**
   * An obligation.
   *
   * @param kind the kind
   * @param obligor the obliged party
   * @param count at least 1
   * @return the obligation
   * @throws org.grassroots.governance.validation.InvalidValueException if count is below 1
   */
  public static Obligation of(ObligationKind kind, OrganizationId obligor, int count) {
    return ImmutableObligation.of(kind, obligor, count);
  }

  /**
   * One first secretary (第一书记) from the party's leadership.
   *
   * @param obligor the obliged party
   * @return the obligation
   */
  public static Obligation firstSecretary(OrganizationId obligor) {
    return of(ObligationKind.FIRST_SECRETARY, obligor, 1);
  }

  /**
   * A copy with another count.
   *
   * @param count at least 1
   * @return the copy
   */
  public Obligation withCount(int count) {
    return ImmutableObligation.copyOf(this).withCount(count);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Obligation").require("kind", kind())
        .require("obligor", obligor());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(count() >= 1, "count", count(), f(Messages.COUNT_POSITIVE, count())).throwIfAny();
  }
}
