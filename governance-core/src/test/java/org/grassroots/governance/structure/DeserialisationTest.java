package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.COMMUNITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.grassroots.governance.agreement.AgreementContent;
import org.grassroots.governance.agreement.AgreementForm;
import org.grassroots.governance.agreement.AgreementParty;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.agreement.PartyRole;
import org.grassroots.governance.agreement.Term;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Invariants are re-checked when a value is read back from Java serialisation: a stream tampered
 * with (an enum constant swapped for another of the same length) does not yield a value.
 */
class DeserialisationTest {
  private static byte[] write(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

  /** Replaces the one occurrence of {@code from} by {@code to} (same length) in the stream. */
  private static byte[] swap(byte[] b, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.US_ASCII);
    byte[] t = to.getBytes(StandardCharsets.US_ASCII);
    assertEquals(f.length, t.length);
    int found = -1;
    for (int i = 0; i + f.length <= b.length; i++) {
      boolean match = true;
      for (int j = 0; j < f.length && match; j++) {
        match = b[i + j] == f[j];
      }
      if (match) {
        assertEquals(-1, found, "more than one occurrence of " + from);
        found = i;
      }
    }
    assertTrue(found >= 0, "no occurrence of " + from);
    byte[] out = b.clone();
    System.arraycopy(t, 0, out, found, t.length);
    return out;
  }

  @Test
  void tamperedCore_isRejectedOnRead() throws Exception {
    CommunityGovernance g = CommunityGovernance.of(COMMUNITY, Organization.of(
        OrganizationId.of("C"), "社区党委", OrganizationKind.PARTY_COMMITTEE, NodeCode.of(COMMUNITY)));
    byte[] b = write(g);
    assertEquals(g, read(b));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> read(swap(b, "PARTY_COMMITTEE", "SERVICE_STATION")));
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("core.kind")),
        e::getMessage);
  }

  @Test
  void tamperedLifecycle_isRejectedOnRead() throws Exception {
    AgreementContent c = AgreementContent.builder().community(COMMUNITY)
        .form(AgreementForm.PAIRING)
        .addParties(AgreementParty.of(OrganizationId.of("C"), PartyRole.COMMUNITY),
            AgreementParty.of(OrganizationId.of("U"), PartyRole.UNIT))
        .term(Term.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))).build();
    CoBuildingAgreement a = CoBuildingAgreement.draft(AgreementId.of("A"),
        LocalDate.of(2021, 1, 1), c).sign(LocalDate.of(2021, 1, 2));
    byte[] b = write(a);
    assertEquals(a, read(b));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> read(swap(b, "SIGNED", "ACTIVE")));
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("versions[1].status")),
        e::getMessage);
  }
}
