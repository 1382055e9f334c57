package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Write then read gives an equal value, for every type the module binds. */
class RoundTripTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final int EXAMPLES = 200;

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(v -> {
      try {
        String json = MAPPER.writeValueAsString(v);
        assertTrue(json.startsWith("\"") && json.endsWith("\""), json);
        assertEquals(v, MAPPER.readValue(json, type));
        // and as a one-item list document, through the envelope
        ListKind<T> kind = DocumentKind.listOf("test-list", type);
        String doc = JSON.toJson(Envelope.of(kind, Fixtures.NOON, ImmutableList.of(v)));
        assertEquals(ImmutableList.of(v), JSON.read(doc, kind).data());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void divisionCode_roundTrips() {
    roundTrips(Gens.divisions(), DivisionCode.class);
  }

  @Test
  void gridCode_roundTrips() {
    roundTrips(Gens.grids(), GridCode.class);
  }

  @Test
  void buildingCode_roundTrips() {
    roundTrips(Gens.buildings(), BuildingCode.class);
  }

  @Test
  void nodeCode_roundTrips() {
    roundTrips(Gens.nodes(), NodeCode.class);
  }

  @Test
  void unifiedSocialCreditCode_roundTrips() {
    roundTrips(Gens.creditCodes(), UnifiedSocialCreditCode.class);
  }

  @Test
  void organizationCode_roundTrips() {
    roundTrips(Gens.organizationCodes(), OrganizationCode.class);
  }

  @Test
  void typedIds_roundTrip() {
    roundTrips(Gens.organizationIds(), OrganizationId.class);
    roundTrips(Gens.personIds(), PersonId.class);
    roundTrips(Gens.demandIds(), DemandId.class);
    roundTrips(Gens.resourceIds(), ResourceId.class);
    roundTrips(Gens.agreementIds(), AgreementId.class);
    roundTrips(Gens.projectIds(), ProjectId.class);
    roundTrips(Gens.idTexts().map(org.grassroots.governance.structure.DutyId::of),
        org.grassroots.governance.structure.DutyId.class);
    roundTrips(Gens.idTexts().map(org.grassroots.governance.structure.TaskId::of),
        org.grassroots.governance.structure.TaskId.class);
    roundTrips(Gens.idTexts().map(org.grassroots.governance.agreement.CommitmentId::of),
        org.grassroots.governance.agreement.CommitmentId.class);
  }

  @Test
  void citizenIdNumber_roundTripsWhenRevealed_andIsRefusedWhenMasked() {
    ListKind<CitizenIdNumber> kind = DocumentKind.listOf("citizen-ids", CitizenIdNumber.class);
    qt().withExamples(EXAMPLES).forAll(Gens.citizenIds()).checkAssert(id -> {
      Envelope<ImmutableList<CitizenIdNumber>> doc =
          Envelope.of(kind, Fixtures.NOON, ImmutableList.of(id));
      byte[] revealed = JSON.toBytes(doc, WriteOptions.revealPersonalData());
      assertEquals(doc, JSON.read(revealed, kind).envelope());
      // a masked export cannot be mistaken for real numbers
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> JSON.read(JSON.toBytes(doc), kind));
      assertEquals("/data/0", e.problems().get(0).pointer());
    });
  }

  @Test
  void organizationRecord_roundTrips() {
    qt().withExamples(EXAMPLES).forAll(Gens.records()).checkAssert(r -> {
      try {
        assertEquals(r, MAPPER.readValue(MAPPER.writeValueAsString(r), OrganizationRecord.class));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void registerDocument_roundTrips_wholeAndStreamed() {
    qt().withExamples(100).forAll(Gens.recordLists(), Gens.timestamps()).checkAssert((list, t) -> {
      Envelope<ImmutableList<OrganizationRecord>> doc =
          Envelope.of(OrganizationRegister.KIND, t, list);
      byte[] bytes = JSON.toBytes(doc);
      assertEquals(doc, JSON.read(bytes, OrganizationRegister.KIND).envelope());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ListWriter<OrganizationRecord> w = JSON.listWriter(out, OrganizationRegister.KIND, t)) {
        w.writeAll(list);
      }
      assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
          out.toString(java.nio.charset.StandardCharsets.UTF_8));
      ImmutableList.Builder<OrganizationRecord> back = ImmutableList.builder();
      try (ListReader<OrganizationRecord> r =
          JSON.listReader(new ByteArrayInputStream(bytes), OrganizationRegister.KIND)) {
        r.forEachRemaining(back::add);
        assertEquals(t, r.generatedAt());
      }
      assertEquals(list, back.build());
    });
  }
}
