package org.grassroots.governance.json;

import static org.grassroots.governance.json.Fixtures.registerDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();

  private static String doc(String version) {
    return registerDocument("[]").replace("\"1.0.0\"", "\"" + version + "\"");
  }

  private static DocumentProblem only(InvalidDocumentException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void write_thenRead_givesTheSameDocument() {
    Envelope<ImmutableList<OrganizationRecord>> doc =
        Envelope.of(OrganizationRegister.KIND, Fixtures.NOON, Fixtures.records(3))
            .withProfile("https://example.org/profiles/fuzhou");
    String json = JSON.toJson(doc);
    assertTrue(json.startsWith("{\"format\":\"grassroots-governance\",\"version\":\"1.1.0\","
        + "\"profile\":\"https://example.org/profiles/fuzhou\","
        + "\"generatedAt\":\"2024-05-01T12:00:00+08:00\",\"kind\":\"organization-register\","
        + "\"data\":[{"), json);
    ReadResult<ImmutableList<OrganizationRecord>> back = JSON.read(json, OrganizationRegister.KIND);
    assertEquals(doc, back.envelope());
    assertTrue(back.warnings().isEmpty());
  }

  @Test
  void indentedWrite_readsBackTheSame_wholeAndStreamed() {
    Envelope<ImmutableList<OrganizationRecord>> doc =
        Envelope.of(OrganizationRegister.KIND, Fixtures.NOON, Fixtures.records(2));
    String indented = new String(JSON.toBytes(doc, WriteOptions.defaults().indented()),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(indented.contains("\n  \"version\" : \"1.1.0\""), indented);
    assertEquals(doc, JSON.read(indented, OrganizationRegister.KIND).envelope());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (ListWriter<OrganizationRecord> w = JSON.listWriter(out, OrganizationRegister.KIND,
        Fixtures.NOON, null, WriteOptions.defaults().indented())) {
      w.writeAll(doc.data());
    }
    assertEquals(indented, out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void read_refusesAnUnknownMajorVersion_sayingWhichItReads() {
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(doc("2.0.0"), OrganizationRegister.KIND));
    DocumentProblem p = only(e);
    assertEquals("/version", p.pointer());
    assertEquals("format version 2.0.0 is not supported: this reader reads 1.x "
        + "(any minor version of major 1)", p.rule());
    assertTrue(e.getMessage().contains("this reader reads 1.x"), e.getMessage());
    assertThrows(InvalidDocumentException.class,
        () -> JSON.read(doc("0.9.0"), OrganizationRegister.KIND));
  }

  @Test
  void read_readsOlderAndNewerMinorsOfTheSameMajor() {
    assertEquals("1.0.3", JSON.read(doc("1.0.3"), OrganizationRegister.KIND)
        .envelope().version().toString());
    ReadResult<ImmutableList<OrganizationRecord>> newer =
        JSON.read(doc("1.4.0"), OrganizationRegister.KIND);
    assertEquals(FormatVersion.of(1, 4, 0), newer.envelope().version());
    assertEquals("/version", newer.warnings().get(0).pointer());
  }

  @Test
  void read_refusesBadVersionText() {
    for (String v : new String[] {"1", "1.0", "01.0.0", "1.0.0-rc1", "v1.0.0", "1..0", ""}) {
      DocumentProblem p = only(assertThrows(InvalidDocumentException.class,
          () -> JSON.read(doc(v), OrganizationRegister.KIND)));
      assertEquals("/version", p.pointer());
      assertEquals(JsonMessages.BAD_VERSION, p.rule());
    }
  }

  @Test
  void read_refusesWrongFormatAndKind() {
    DocumentProblem f = only(assertThrows(InvalidDocumentException.class, () -> JSON.read(
        registerDocument("[]").replace("grassroots-governance", "hsds"),
        OrganizationRegister.KIND)));
    assertEquals("/format", f.pointer());
    DocumentProblem k = only(assertThrows(InvalidDocumentException.class, () -> JSON.read(
        registerDocument("[]").replace("organization-register", "demand-list"),
        OrganizationRegister.KIND)));
    assertEquals("/kind", k.pointer());
    assertEquals("must be \"organization-register\" for this reader", k.rule());
  }

  @Test
  void read_refusesTimestampsWithoutOffset() {
    for (String t : new String[] {"2024-05-01T12:00:00", "2024-05-01", "2024-05-01T12:00+08:00",
        "2024-13-01T12:00:00Z", "2024-05-01 12:00:00Z"}) {
      DocumentProblem p = only(assertThrows(InvalidDocumentException.class, () -> JSON.read(
          registerDocument("[]").replace("2024-05-01T12:00:00+08:00", t),
          OrganizationRegister.KIND)));
      assertEquals("/generatedAt", p.pointer());
      assertEquals(JsonMessages.BAD_TIMESTAMP, p.rule());
    }
    OffsetDateTime z = JSON.read(registerDocument("[]")
            .replace("2024-05-01T12:00:00+08:00", "2024-05-01T04:00:00.123456789Z"),
        OrganizationRegister.KIND).envelope().generatedAt();
    assertEquals(123_456_789, z.getNano());
  }

  @Test
  void read_namesEveryMissingHeaderProperty() {
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read("{\"format\":\"grassroots-governance\",\"data\":[]}",
            OrganizationRegister.KIND));
    assertEquals(ImmutableList.of("/version", "/generatedAt", "/kind"),
        e.problems().stream().map(DocumentProblem::pointer).collect(
            ImmutableList.toImmutableList()));
    assertEquals("/data", only(assertThrows(InvalidDocumentException.class, () -> JSON.read(
        "{\"format\":\"grassroots-governance\",\"version\":\"1.0.0\","
            + "\"generatedAt\":\"2024-05-01T12:00:00Z\",\"kind\":\"organization-register\"}",
        OrganizationRegister.KIND))).pointer());
  }

  @Test
  void read_acceptsDataBeforeTheHeader_whenNotStreaming() {
    String reordered = "{\"data\":[" + Fixtures.recordJson("", null) + "],\"kind\":"
        + "\"organization-register\",\"generatedAt\":\"2024-05-01T12:00:00+08:00\","
        + "\"version\":\"1.0.0\",\"format\":\"grassroots-governance\"}";
    assertEquals(1, JSON.read(reordered, OrganizationRegister.KIND).data().size());
    DocumentProblem p = only(assertThrows(InvalidDocumentException.class,
        () -> JSON.listReader(new ByteArrayInputStream(
            reordered.getBytes(StandardCharsets.UTF_8)), OrganizationRegister.KIND)));
    assertEquals("/data", p.pointer());
    assertEquals(JsonMessages.DATA_BEFORE_HEADER, p.rule());
    // an unknown major is refused even when the data comes first
    assertEquals("/version", only(assertThrows(InvalidDocumentException.class,
        () -> JSON.read(reordered.replace("1.0.0", "3.1.0"), OrganizationRegister.KIND)))
        .pointer());
  }

  @Test
  void read_refusesTrailingContentAndNonObjects() {
    assertEquals(JsonMessages.TRAILING, only(assertThrows(InvalidDocumentException.class,
        () -> JSON.read(registerDocument("[]") + "{}", OrganizationRegister.KIND))).rule());
    assertEquals(JsonMessages.EXPECTED_OBJECT, only(assertThrows(InvalidDocumentException.class,
        () -> JSON.read("[]", OrganizationRegister.KIND))).rule());
    assertEquals(JsonMessages.EMPTY, only(assertThrows(InvalidDocumentException.class,
        () -> JSON.read("  ", OrganizationRegister.KIND))).rule());
  }

  @Test
  void unknownEnvelopeProperty_isAnErrorWhenStrictAndAWarningWhenLenient() {
    String extra = registerDocument("[]").replace("{\"format\"", "{\"x-note\":{\"a\":[1]},\"format\"");
    DocumentProblem p = only(assertThrows(InvalidDocumentException.class,
        () -> JSON.read(extra, OrganizationRegister.KIND)));
    assertEquals("/x-note", p.pointer());
    ReadResult<ImmutableList<OrganizationRecord>> r =
        GovernanceJson.lenient().read(extra, OrganizationRegister.KIND);
    assertEquals("/x-note", r.warnings().get(0).pointer());
  }

  @Test
  void profile_isCheckedOnWriteAndRead() {
    Envelope<ImmutableList<OrganizationRecord>> doc =
        Envelope.of(OrganizationRegister.KIND, Fixtures.NOON, ImmutableList.of());
    assertThrows(IllegalArgumentException.class, () -> doc.withProfile("has space"));
    assertFalse(doc.profile().isPresent());
    DocumentProblem p = only(assertThrows(InvalidDocumentException.class, () -> JSON.read(
        registerDocument("[]").replace("{\"format\"", "{\"profile\":\"a b\",\"format\""),
        OrganizationRegister.KIND)));
    assertEquals("/profile", p.pointer());
  }

  @Test
  void readHeader_readsAnyKind_skippingTheData() {
    String doc = registerDocument("[{\"anything\":[1,2,{\"deep\":true}]}]")
        .replace("organization-register", "matching-result");
    DocumentHeader h = JSON.readHeader(doc.getBytes(StandardCharsets.UTF_8));
    assertEquals("matching-result", h.kind());
    assertEquals(FormatVersion.of(1, 0, 0), h.version());
    assertEquals(Fixtures.NOON, h.generatedAt());
    assertFalse(h.profile().isPresent());
    String dataFirst = "{\"data\":{\"x\":1},\"kind\":\"scenario\",\"generatedAt\":"
        + "\"2024-05-01T12:00:00Z\",\"version\":\"1.2.0\",\"format\":\"grassroots-governance\"}";
    assertEquals("scenario", JSON.readHeader(dataFirst.getBytes(StandardCharsets.UTF_8)).kind());
    assertEquals("/version", only(assertThrows(InvalidDocumentException.class,
        () -> JSON.readHeader(doc.replace("1.0.0", "2.0.0").getBytes(StandardCharsets.UTF_8))))
        .pointer());
    assertEquals("/kind", only(assertThrows(InvalidDocumentException.class,
        () -> JSON.readHeader(doc.replace("matching-result", "Matching Result")
            .getBytes(StandardCharsets.UTF_8)))).pointer());
  }

  @Test
  void formatVersion_parsesAndOrders() {
    assertEquals(FormatVersion.of(1, 10, 0), FormatVersion.parse("1.10.0"));
    assertTrue(FormatVersion.parse("1.10.0").compareTo(FormatVersion.parse("1.9.9")) > 0);
    assertTrue(ExchangeFormat.reads(FormatVersion.parse("1.99.0")));
    assertFalse(ExchangeFormat.reads(FormatVersion.parse("2.0.0")));
    assertThrows(IllegalArgumentException.class, () -> FormatVersion.parse("1.0"));
  }
}
