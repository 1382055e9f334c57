package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.grassroots.governance.id.CitizenIdNumber;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Personal data is masked on write unless the write opts in, and never shown whole in errors. */
class PrivacyTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ListKind<CitizenIdNumber> IDS =
      DocumentKind.listOf("citizen-ids", CitizenIdNumber.class);
  private static final DocumentKind<ImmutableMap<CitizenIdNumber, Optional<CitizenIdNumber>>> MAP =
      DocumentKind.of("citizen-map",
          new com.fasterxml.jackson.core.type.TypeReference<
              ImmutableMap<CitizenIdNumber, Optional<CitizenIdNumber>>>() {});

  @Test
  void defaultWrite_neverContainsAWholeCitizenId() {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    qt().withExamples(200)
        .forAll(SourceDSL.lists().of(Gens.citizenIds()).ofSizeBetween(1, 5))
        .checkAssert(ids -> {
          ImmutableList<CitizenIdNumber> list = ImmutableList.copyOf(ids);
          ImmutableMap.Builder<CitizenIdNumber, Optional<CitizenIdNumber>> m =
              ImmutableMap.builder();
          for (int i = 0; i < list.size(); i++) {
            m.put(list.get(i), Optional.of(list.get((i + 1) % list.size())));
          }
          ImmutableMap<CitizenIdNumber, Optional<CitizenIdNumber>> map = m.buildKeepingLast();
          ByteArrayOutputStream streamed = new ByteArrayOutputStream();
          try (ListWriter<CitizenIdNumber> w = JSON.listWriter(streamed, IDS, Fixtures.NOON)) {
            w.writeAll(list);
          }
          String[] outputs;
          try {
            outputs = new String[] {
              JSON.toJson(Envelope.of(IDS, Fixtures.NOON, list)),
              JSON.toJson(Envelope.of(MAP, Fixtures.NOON, map)),
              streamed.toString(StandardCharsets.UTF_8),
              plain.writeValueAsString(map),
              JSON.mapper().writeValueAsString(list),
            };
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          for (String out : outputs) {
            for (CitizenIdNumber id : list) {
              assertFalse(out.contains(id.reveal()), out);
              assertTrue(out.contains(id.masked()), out);
            }
          }
        });
  }

  @Test
  void revealPersonalData_appliesToThatWriteOnly() {
    CitizenIdNumber id = CitizenIdNumber.parse(Fixtures.CITIZEN_ID);
    Envelope<ImmutableList<CitizenIdNumber>> doc = Envelope.of(IDS, Fixtures.NOON,
        ImmutableList.of(id));
    String revealed = new String(JSON.toBytes(doc, WriteOptions.revealPersonalData()),
        StandardCharsets.UTF_8);
    assertTrue(revealed.contains(Fixtures.CITIZEN_ID));
    assertFalse(JSON.toJson(doc).contains(Fixtures.CITIZEN_ID));
    assertEquals(doc, JSON.read(revealed, IDS).envelope());
  }

  @Test
  void refusedCitizenId_isMaskedInTheProblem() {
    String wrongCheck = "110105194912310021";
    String doc = Fixtures.registerDocument("[]").replace("organization-register", "citizen-ids")
        .replace("\"data\":[]", "\"data\":[\"" + wrongCheck + "\"]");
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(doc, IDS));
    assertFalse(e.getMessage().contains(wrongCheck), e.getMessage());
    assertEquals("/data/0", e.problems().get(0).pointer());
    assertEquals("110105********0021", e.problems().get(0).rejectedValue().orElseThrow());
    String asNumber = doc.replace("\"" + wrongCheck + "\"", "110105194912310021");
    InvalidDocumentException n = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(asNumber, IDS));
    assertFalse(n.getMessage().contains(wrongCheck), n.getMessage());
  }

  @Test
  void malformedInputAroundAnId_isMaskedInTheMessage() {
    String doc = Fixtures.registerDocument("[]").replace("\"data\":[]",
        "\"data\":[" + Fixtures.CITIZEN_ID + "]");
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(doc, IDS));
    assertFalse(e.getMessage().contains(Fixtures.CITIZEN_ID), e.getMessage());
  }
}
