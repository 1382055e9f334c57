package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One dated version of a co-building agreement (协议版本), like an OCDS release: its number, the
 * day it took effect, the status, the content, a note on what changed and, for a terminated
 * agreement, why. Immutable and thread-safe.
 *
 * <p>Invariants: the number is at least 1; a termination reason is given exactly when the status
 * is {@code TERMINATED}; an {@code ACTIVE} version is dated inside its term; an {@code EXPIRED}
 * version is dated after it.
 *
 * <pre>{@code
 * AgreementVersion v = agreement.current();
 * v.number(); v.date(); v.status(); v.content().term();
 * }</pre>
 */
@Value.Immutable
public abstract class AgreementVersion implements Serializable {
  private static final long serialVersionUID = 1L;

  AgreementVersion() {}

  /**
   * The agreement's id.
   *
   * @return the id
   */
  public abstract AgreementId agreement();

  /**
   * The version number, 1 for the first.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * The day this version took effect.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The status from that day.
   *
   * @return the status
   */
  public abstract AgreementStatus status();

  /**
   * What the agreement says.
   *
   * @return the content
   */
  public abstract AgreementContent content();

  /**
   * What changed, e.g. "amendment: visits raised to 3 a month".
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Why the agreement was terminated.
   *
   * @return the reason, present exactly when terminated
   */
  public abstract Optional<String> terminationReason();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableAgreementVersion.Builder {
    Builder() {}
  }

  /**
   * A copy with another content.
   *
   * @param content the content
   * @return the copy
   */
  public AgreementVersion withContent(AgreementContent content) {
    return ImmutableAgreementVersion.copyOf(this).withContent(content);
  }

  /**
   * A copy with another status.
   *
   * @param status the status
   * @return the copy
   */
  public AgreementVersion withStatus(AgreementStatus status) {
    return ImmutableAgreementVersion.copyOf(this).withStatus(status);
  }

  /**
   * A copy with another date.
   *
   * @param date the date
   * @return the copy
   */
  public AgreementVersion withDate(LocalDate date) {
    return ImmutableAgreementVersion.copyOf(this).withDate(date);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("AgreementVersion").require("agreement", agreement())
        .require("date", date()).require("status", status()).require("content", content());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(number() >= 1, "number", number(), f(Messages.COUNT_POSITIVE, number()));
    if (terminationReason().isPresent()) {
      v.check(status() == AgreementStatus.TERMINATED, "terminationReason",
          terminationReason().get(), f(Messages.REASON_ONLY_TERMINATED, status()));
      v.check(!terminationReason().get().isBlank(), "terminationReason",
          terminationReason().get(), Messages.BLANK);
    } else {
      v.check(status() != AgreementStatus.TERMINATED, "terminationReason", null,
          Messages.REASON_REQUIRED);
    }
    Term term = content().term();
    if (status() == AgreementStatus.ACTIVE) {
      v.check(term.contains(date()), "date", date(),
          f(Messages.ACTIVE_OUTSIDE_TERM, term.start(), term.end()));
    }
    if (status() == AgreementStatus.EXPIRED) {
      v.check(date().isAfter(term.end()), "date", date(),
          f(Messages.EXPIRED_INSIDE_TERM, term.end()));
    }
    if (note().isPresent()) {
      v.check(!note().get().isBlank(), "note", note().get(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
