package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;

/**
 * A lifecycle move the agreement's current status does not allow, e.g. signed → completed; it
 * names the current and the requested status and the allowed ones. Part of the one exception
 * family ({@link InvalidValueException}): the agreement it would make cannot exist.
 *
 * <pre>{@code
 * try {
 *   signed.complete(date);
 * } catch (IllegalTransitionException e) {
 *   e.current();   // SIGNED
 *   e.requested(); // COMPLETED
 * }
 * }</pre>
 */
public final class IllegalTransitionException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final AgreementStatus current;
  private final AgreementStatus requested;

  IllegalTransitionException(AgreementStatus current, AgreementStatus requested) {
    super("CoBuildingAgreement", List.of(Violation.of("status", requested, rule(current, requested))));
    this.current = current;
    this.requested = requested;
  }

  static String rule(AgreementStatus current, AgreementStatus requested) {
    Set<AgreementStatus> allowed = new TreeSet<>(current.next());
    return f(Messages.ILLEGAL_TRANSITION, current, requested, current,
        allowed.isEmpty() ? "none (final)" : allowed.toString());
  }

  /**
   * The status the agreement is in.
   *
   * @return the current status
   */
  public AgreementStatus current() {
    return current;
  }

  /**
   * The status asked for.
   *
   * @return the requested status
   */
  public AgreementStatus requested() {
    return requested;
  }
}
