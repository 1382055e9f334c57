package org.grassroots.governance.agreement;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A co-building agreement (共建协议, 契约化共建) between a community's core and one or more units
 * or social organisations, kept as the series of its dated versions (as OCDS exchanges an
 * agreement that changes over time): every lifecycle move and every amendment appends a version,
 * the history is never rewritten.
 *
 * <p>Lifecycle: draft → signed → active → completed / expired, or terminated with a reason
 * (see {@link AgreementStatus}). A move the current status does not allow throws
 * {@link IllegalTransitionException} naming the current and the requested status; use
 * {@link #canMoveTo} to ask first. Amendments ({@link #amend}) are allowed while draft, signed or
 * active.
 *
 * <p>Invariants over the series, checked on every construction path: at least one version;
 * numbered 1, 2, 3, ...; dates never going back; every version of this agreement's id; each
 * version after the first either amends the previous one (same status, amendable) or makes a
 * legal move keeping its content; plus each version's own invariants. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CoBuildingAgreement a = CoBuildingAgreement.draft(AgreementId.of("HS-2021-07"),
 *         LocalDate.of(2020, 12, 20), content)
 *     .sign(LocalDate.of(2020, 12, 28))
 *     .activate(LocalDate.of(2021, 1, 1))
 *     .amend(LocalDate.of(2021, 7, 1), content.withObligations(more), "visits raised to 3");
 * a.status();                              // ACTIVE
 * a.asOf(LocalDate.of(2021, 3, 1)).get();  // version 3, before the amendment
 * }</pre>
 */
@Value.Immutable
public abstract class CoBuildingAgreement implements Serializable {
  private static final long serialVersionUID = 1L;

  CoBuildingAgreement() {}

  /**
   * The agreement's id.
   *
   * @return the id
   */
  public abstract AgreementId id();

  /**
   * Every version, oldest first.
   *
   * @return the versions
   */
  public abstract List<AgreementVersion> versions();

  /**
   * A new draft: version 1, status {@code DRAFT}.
   *
   * @param id the agreement's id
   * @param date the day the draft is made
   * @param content what it says
   * @return the agreement
   */
  public static CoBuildingAgreement draft(AgreementId id, LocalDate date, AgreementContent content) {
    AgreementVersion v1 = AgreementVersion.builder().agreement(id).number(1).date(date)
        .status(AgreementStatus.DRAFT).content(content).build();
    return builder().id(id).addVersions(v1).build();
  }

  /**
   * An agreement from its versions, e.g. read from an exchange file.
   *
   * @param id the id
   * @param versions the versions, oldest first
   * @return the agreement
   * @throws org.grassroots.governance.validation.InvalidValueException if the series breaks an
   *     invariant
   */
  public static CoBuildingAgreement of(AgreementId id, List<AgreementVersion> versions) {
    return builder().id(id).addAllVersions(versions).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableCoBuildingAgreement.Builder {
    Builder() {}
  }

  /**
   * A copy with these versions.
   *
   * @param versions the versions
   * @return the copy
   */
  public CoBuildingAgreement withVersions(Iterable<? extends AgreementVersion> versions) {
    return ImmutableCoBuildingAgreement.copyOf(this).withVersions(versions);
  }

  /**
   * The latest version.
   *
   * @return the current version
   */
  public AgreementVersion current() {
    return versions().get(versions().size() - 1);
  }

  /**
   * The current status.
   *
   * @return the status of the latest version
   */
  public AgreementStatus status() {
    return current().status();
  }

  /**
   * The current content.
   *
   * @return the content of the latest version
   */
  public AgreementContent content() {
    return current().content();
  }

  /**
   * The version in force on a day: the latest one dated on or before it.
   *
   * @param date the day
   * @return the version, or empty before the first version
   */
  public Optional<AgreementVersion> asOf(LocalDate date) {
    requireNonNull(date, "date");
    AgreementVersion found = null;
    for (AgreementVersion v : versions()) {
      if (v.date().isAfter(date)) {
        break;
      }
      found = v;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether the current status allows a move to {@code requested}.
   *
   * @param requested the requested status
   * @return {@code true} if allowed
   */
  public boolean canMoveTo(AgreementStatus requested) {
    return status().canMoveTo(requireNonNull(requested, "requested"));
  }

  /**
   * Signs the draft.
   *
   * @param date the day of signing
   * @return the agreement with a new version
   * @throws IllegalTransitionException unless the agreement is a draft
   */
  public CoBuildingAgreement sign(LocalDate date) {
    return moveTo(AgreementStatus.SIGNED, date);
  }

  /**
   * Puts the signed agreement in force.
   *
   * @param date a day inside the term
   * @return the agreement with a new version
   * @throws IllegalTransitionException unless the agreement is signed
   */
  public CoBuildingAgreement activate(LocalDate date) {
    return moveTo(AgreementStatus.ACTIVE, date);
  }

  /**
   * Closes the active agreement as fulfilled.
   *
   * @param date the day
   * @return the agreement with a new version
   * @throws IllegalTransitionException unless the agreement is active
   */
  public CoBuildingAgreement complete(LocalDate date) {
    return moveTo(AgreementStatus.COMPLETED, date);
  }

  /**
   * Closes the active agreement as expired.
   *
   * @param date a day after the term
   * @return the agreement with a new version
   * @throws IllegalTransitionException unless the agreement is active
   */
  public CoBuildingAgreement expire(LocalDate date) {
    return moveTo(AgreementStatus.EXPIRED, date);
  }

  /**
   * Ends the agreement early.
   *
   * @param date the day
   * @param reason why, non-blank
   * @return the agreement with a new version
   * @throws IllegalTransitionException if the agreement is already final
   */
  public CoBuildingAgreement terminate(LocalDate date, String reason) {
    requireNonNull(reason, "reason");
    check(AgreementStatus.TERMINATED);
    return append(AgreementStatus.TERMINATED, date, content(), Optional.empty(),
        Optional.of(reason));
  }

  /**
   * Moves to a status other than {@code TERMINATED} (which needs {@link #terminate}).
   *
   * @param requested the status
   * @param date the day
   * @return the agreement with a new version
   * @throws IllegalTransitionException if the current status does not allow it
   */
  public CoBuildingAgreement moveTo(AgreementStatus requested, LocalDate date) {
    requireNonNull(requested, "requested");
    check(requested);
    if (requested == AgreementStatus.TERMINATED) {
      Violations.of("CoBuildingAgreement")
          .check(false, "terminationReason", null, Messages.REASON_REQUIRED).throwIfAny();
    }
    return append(requested, date, content(), Optional.empty(), Optional.empty());
  }

  /**
   * Amends the content: a new version with the same status.
   *
   * @param date the day the amendment takes effect
   * @param content the new content
   * @param note what changed
   * @return the agreement with a new version
   * @throws IllegalTransitionException if the agreement is final
   * @throws org.grassroots.governance.validation.InvalidValueException if the new version would
   *     break an invariant (e.g. an active agreement's term no longer containing the date)
   */
  public CoBuildingAgreement amend(LocalDate date, AgreementContent content, String note) {
    requireNonNull(content, "content");
    requireNonNull(note, "note");
    if (!status().isAmendable()) {
      throw new IllegalTransitionException(status(), status());
    }
    return append(status(), date, content, Optional.of(note), Optional.empty());
  }

  private void check(AgreementStatus requested) {
    if (!status().canMoveTo(requested)) {
      throw new IllegalTransitionException(status(), requested);
    }
  }

  private CoBuildingAgreement append(AgreementStatus status, LocalDate date,
      AgreementContent content, Optional<String> note, Optional<String> reason) {
    requireNonNull(date, "date");
    Violations v = Violations.of("CoBuildingAgreement");
    AgreementVersion next = v.nested("versions[" + versions().size() + "]",
        () -> AgreementVersion.builder().agreement(id()).number(versions().size() + 1)
            .date(date).status(status).content(content).note(note).terminationReason(reason)
            .build());
    if (next == null) {
      v.throwIfAny();
      throw new AssertionError("unreachable: an invalid version records its violations");
    }
    return builder().from(this).addVersions(next).build();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("CoBuildingAgreement").require("id", id());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    List<AgreementVersion> vs = versions();
    v.check(!vs.isEmpty(), "versions", "[]", Messages.NO_VERSIONS);
    for (int i = 0; i < vs.size(); i++) {
      AgreementVersion cur = vs.get(i);
      String p = "versions[" + i + "]";
      v.check(cur.agreement().equals(id()), p + ".agreement", cur.agreement(),
          f(Messages.ID_CHANGED, id(), cur.agreement()));
      v.check(cur.number() == i + 1, p + ".number", cur.number(),
          f(Messages.VERSION_NUMBER, i + 1));
      if (i == 0) {
        continue;
      }
      AgreementVersion prev = vs.get(i - 1);
      v.check(!cur.date().isBefore(prev.date()), p + ".date", cur.date(),
          f(Messages.VERSION_DATE, prev.date()));
      if (cur.status() == prev.status()) {
        v.check(prev.status().isAmendable(), p + ".status", cur.status(),
            f(Messages.AMEND_STATUS, prev.status()));
      } else {
        v.check(prev.status().canMoveTo(cur.status()), p + ".status", cur.status(),
            IllegalTransitionException.rule(prev.status(), cur.status()));
        v.check(cur.content().equals(prev.content()), p + ".content", "changed",
            f(Messages.CONTENT_CHANGED_ON_TRANSITION, prev.number()));
      }
    }
    v.throwIfAny();
  }
}
