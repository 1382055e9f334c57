package org.grassroots.governance.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.function.Executable;

/** Seed 003 in small: 黄石市审计局 paired with 陈伯臻社区 for 2021. */
final class Fixtures {
  private Fixtures() {}

  static final DivisionCode COMMUNITY = DivisionCode.parse("420204004005");
  static final OrganizationId CORE = OrganizationId.of("CBZ-PC");
  static final OrganizationId BUREAU = OrganizationId.of("HS-AUDIT");
  static final OrganizationId BUREAU_PB = OrganizationId.of("HS-AUDIT-PB");
  static final OrganizationId OTHER = OrganizationId.of("OTHER");
  static final AgreementId ID = AgreementId.of("HS-CBZ-2021");
  static final LocalDate START = LocalDate.of(2021, 1, 1);
  static final LocalDate END = LocalDate.of(2021, 12, 31);
  static final Term TERM = Term.of(START, END);
  static final CommitmentId HOURS = CommitmentId.of("C-1");
  static final CommitmentId FUNDS = CommitmentId.of("C-2");
  static final CommitmentId VENUE = CommitmentId.of("C-3");
  static final PersonId FIRST_SECRETARY = PersonId.of("P-FS");

  static AgreementContent.Builder contentBuilder() {
    return AgreementContent.builder()
        .community(COMMUNITY)
        .form(AgreementForm.PAIRING)
        .addParties(AgreementParty.of(CORE, PartyRole.COMMUNITY),
            AgreementParty.of(BUREAU, PartyRole.UNIT).withThrough(BUREAU_PB))
        .term(TERM)
        .addCommitments(
            Commitment.of(HOURS, CommitmentKind.VOLUNTEER_HOURS, BUREAU,
                Quantity.of(200, MeasureUnit.HOUR), Cadence.WHOLE_TERM),
            Commitment.of(FUNDS, CommitmentKind.FUNDS, BUREAU, Quantity.of(50000, MeasureUnit.YUAN),
                Cadence.ONCE),
            Commitment.of(VENUE, CommitmentKind.VENUE, CORE, Quantity.of(12, MeasureUnit.TIMES),
                Cadence.MONTHLY))
        .addObligations(Obligation.firstSecretary(BUREAU),
            Obligation.of(ObligationKind.LEADERSHIP_VISITS, BUREAU, 2))
        .addLists(ListEntry.of(ListKind.DEMAND, "社区财务审计培训").withRaisedBy(CORE),
            ListEntry.of(ListKind.DEMAND, "机关党员志愿服务岗位").withRaisedBy(BUREAU));
  }

  static AgreementContent content() {
    return contentBuilder().build();
  }

  static CoBuildingAgreement draft() {
    return CoBuildingAgreement.draft(ID, LocalDate.of(2020, 12, 20), content());
  }

  static CoBuildingAgreement active() {
    return draft().sign(LocalDate.of(2020, 12, 28)).activate(START);
  }

  static Delivery hours(LocalDate date, long h) {
    return Delivery.of(HOURS, date, Quantity.of(h, MeasureUnit.HOUR));
  }

  static InvalidValueException assertViolation(Executable run, String path, String rule) {
    InvalidValueException e = assertThrows(InvalidValueException.class, run);
    boolean found = e.violations().stream()
        .anyMatch(v -> v.path().equals(path) && v.rule().contains(rule));
    assertTrue(found, () -> "expected " + path + " / " + rule + " in: " + e.violations().stream()
        .map(Violation::toString).collect(Collectors.joining("; ")));
    return e;
  }

  @SuppressWarnings("unchecked")
  static <T extends Serializable> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        T back = (T) in.readObject();
        assertEquals(value, back);
        return back;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
