package org.grassroots.governance.json;

import static org.grassroots.governance.json.Fixtures.recordJson;
import static org.grassroots.governance.json.Fixtures.registerDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;

class SafeReadingTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();

  private static InvalidDocumentException refused(String doc) {
    return assertThrows(InvalidDocumentException.class,
        () -> JSON.read(doc, OrganizationRegister.KIND));
  }

  private static DocumentProblem only(InvalidDocumentException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  private static String twoRecords(String second) {
    return registerDocument("[" + recordJson("", null) + "," + second + "]");
  }

  @Test
  void violationPaths_becomeJsonPointers() {
    assertEquals("/commitments/2/quantity", Pointers.fromViolationPath("commitments[2].quantity"));
    assertEquals("", Pointers.fromViolationPath(""));
    assertEquals("/term/end", Pointers.fromViolationPath("term.end"));
    assertEquals("/a~1b/c~0d/0", Pointers.fromViolationPath("a/b.c~d[0]"));
    assertEquals("/members/0/roles/3", Pointers.fromViolationPath("members[0].roles[3]"));
  }

  @Test
  void invariantViolation_isReportedAtItsPointer() {
    DocumentProblem p = only(refused(twoRecords(recordJson("division", "\"110101001001\""))));
    assertEquals("/data/1/grid", p.pointer());
    assertEquals("3501020010010007", p.rejectedValue().orElseThrow());
    assertTrue(p.rule().startsWith("grid 3501020010010007 lies outside division 110101001001"),
        p.rule());
  }

  @Test
  void badIdentifier_isReportedAtItsProperty_withTheRule() {
    DocumentProblem p = only(refused(twoRecords(
        recordJson("creditCode", "\"91350100M000100Y44\""))));
    assertEquals("/data/1/creditCode", p.pointer());
    assertEquals("unifiedSocialCreditCode[17]: check character must be '3' (GB 32100), found '4'",
        p.rule());
    assertEquals("91350100M000100Y44", p.rejectedValue().orElseThrow());
  }

  @Test
  void identifierGivenAsNumber_isRefused() {
    DocumentProblem p = only(refused(twoRecords(recordJson("division", "350102001001"))));
    assertEquals("/data/1/division", p.pointer());
    assertEquals("an identifier must be a JSON string, found a number", p.rule());
  }

  @Test
  void missingAndNullProperties_areNamed() {
    DocumentProblem missing = only(refused(twoRecords(recordJson("name", null))));
    assertEquals("/data/1/name", missing.pointer());
    assertEquals(JsonMessages.REQUIRED, missing.rule());
    DocumentProblem nul = only(refused(twoRecords(recordJson("creditCode", "null"))));
    assertEquals("/data/1/creditCode", nul.pointer());
    assertEquals(JsonMessages.NOT_NULL, nul.rule());
    // an optional property may be null or absent
    assertEquals(2, JSON.read(twoRecords(recordJson("grid", "null")), OrganizationRegister.KIND)
        .data().size());
    assertEquals(2, JSON.read(twoRecords(recordJson("grid", null)), OrganizationRegister.KIND)
        .data().size());
    DocumentProblem item = only(refused(registerDocument("[null]")));
    assertEquals("/data/0", item.pointer());
  }

  @Test
  void wrongShapes_areNamedWithoutCoercion() {
    assertEquals("/data/1/name", only(refused(twoRecords(recordJson("name", "123")))).pointer());
    assertEquals("/data/1/name", only(refused(twoRecords(recordJson("name", "{\"a\":1}"))))
        .pointer());
    assertEquals("/data/1/name", only(refused(twoRecords(recordJson("name", "true")))).pointer());
    assertEquals("/data/1", only(refused(twoRecords("[]"))).pointer());
    assertEquals("/data", only(refused(registerDocument("{}"))).pointer());
  }

  @Test
  void unknownProperty_isAnErrorWhenStrict_andCollectedWhenLenient() {
    String doc = twoRecords(recordJson("", null).replace("{", "{\"colour\":[1,{\"x\":2}],"));
    DocumentProblem p = only(refused(doc));
    assertEquals("/data/1/colour", p.pointer());
    assertTrue(p.rule().contains("is not a property"), p.rule());
    ReadResult<ImmutableList<OrganizationRecord>> r =
        GovernanceJson.lenient().read(doc, OrganizationRegister.KIND);
    assertEquals(2, r.data().size());
    assertEquals(1, r.warnings().size());
    assertEquals("/data/1/colour", r.warnings().get(0).pointer());
  }

  @Test
  void noDefaultTyping_typeIdsInTheInputAreNotTypes() {
    ObjectMapper mapper = JSON.mapper();
    PolymorphicTypeValidator none = mapper.getPolymorphicTypeValidator();
    assertTrue(mapper.getDeserializationConfig().getDefaultTyper(
        mapper.constructType(Object.class)) == null, String.valueOf(none));
    String doc = twoRecords(recordJson("", null)
        .replace("{", "{\"@class\":\"java.net.URL\","));
    assertEquals("/data/1/@class", only(refused(doc)).pointer());
  }

  @Test
  void messages_holdNoStackTraceNorInputBeyondTheRejectedValue() {
    InvalidDocumentException e = refused(twoRecords(recordJson("division", "\"11010100100X\"")));
    assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    assertFalse(e.getMessage().contains("东华"), e.getMessage());
    assertTrue(e.getMessage().startsWith("Invalid document: /data/1/division: "), e.getMessage());
  }

  @Test
  void controlCharactersOfTheInput_areEscapedInProblems() {
    InvalidDocumentException e = refused(twoRecords(recordJson("id", "\"a\\nb\"")));
    DocumentProblem p = only(e);
    assertEquals("/data/1/id", p.pointer());
    assertEquals("a<U+000A>b", p.rejectedValue().orElseThrow());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void malformedJson_isADocumentProblem() {
    DocumentProblem p = only(refused("{\"format\":\"grassroots-governance\",\"version\":"));
    assertTrue(p.rule().startsWith("is not well-formed JSON"), p.rule());
    assertTrue(only(refused(registerDocument("[{]"))).rule().startsWith("is not well-formed JSON"));
    DocumentProblem dup = only(refused(registerDocument("[]").replace("{\"format\":\"grassroots"
        + "-governance\",", "{\"format\":\"grassroots-governance\",\"format\":\"x\",")));
    assertTrue(dup.rule().contains("Duplicate"), dup.rule());
  }

  @Test
  void charConversionException_isADocumentProblem() {
    byte[] bytes = {0, 0, 0x0a, 0, 0};
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> JSON.read(bytes, OrganizationRegister.KIND));
    assertTrue(e.problems().get(0).rule().startsWith("cannot be decoded")
        || e.problems().get(0).rule().startsWith("is not well-formed"), e.getMessage());
  }

  @Test
  void limits_areEnforced() {
    GovernanceJson small = GovernanceJson.builder().limits(ReadLimits.defaults()
        .withMaxDocumentLength(2000).withMaxNestingDepth(8).withMaxStringLength(100)
        .withMaxNumberLength(10).withMaxNameLength(20)).build();
    String deep = "[".repeat(20) + "]".repeat(20);
    String[] bad = {
      registerDocument("[" + recordJson("", null) + "]").replace("{\"format\"",
          "{\"x\":\"" + "y".repeat(3000) + "\",\"format\""),
      registerDocument("[]").replace("{\"format\"", "{\"x\":" + deep + ",\"format\""),
      // a string that is read (a skipped unknown string is never loaded, so never too long)
      registerDocument("[]").replace("\"1.0.0\"", "\"" + "1".repeat(200) + "\""),
      registerDocument("[]").replace("{\"format\"", "{\"x\":" + "1".repeat(50) + ",\"format\""),
      registerDocument("[]").replace("{\"format\"", "{\"" + "k".repeat(50) + "\":1,\"format\""),
    };
    GovernanceJson lenientSmall = GovernanceJson.builder().mode(ReadMode.LENIENT)
        .limits(small.limits()).build();
    for (String doc : bad) {
      InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
          () -> lenientSmall.read(doc, OrganizationRegister.KIND));
      assertTrue(e.problems().get(0).rule().startsWith("exceeds a reading limit"),
          e.getMessage());
    }
    assertEquals(ReadLimits.DEFAULT_MAX_NESTING_DEPTH, ReadLimits.defaults().maxNestingDepth());
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxNestingDepth(0));
  }

  @Test
  void failingStream_isAnUncheckedIoException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThrows(UncheckedIOException.class, () -> JSON.read(broken, OrganizationRegister.KIND));
  }

  @Test
  void singleValueKind_readsThroughTheSameEnvelope() {
    DocumentKind<Map<DivisionCode, Integer>> counts = DocumentKind.of("division-counts",
        new com.fasterxml.jackson.core.type.TypeReference<Map<DivisionCode, Integer>>() {});
    Map<DivisionCode, Integer> data = Map.of(DivisionCode.parse("350102001001"), 3);
    String json = JSON.toJson(Envelope.of(counts, Fixtures.NOON, data));
    assertEquals(data, JSON.read(json, counts).data());
    DocumentProblem p = only(assertThrows(InvalidDocumentException.class,
        () -> JSON.read(json.replace("350102001001", "350102000001"), counts)));
    assertEquals("/data/350102000001", p.pointer());
    assertThrows(IllegalArgumentException.class, () -> DocumentKind.of("Bad Kind", String.class));
    List<String> names = List.of(OrganizationRegister.KIND.name(), counts.name());
    assertEquals(List.of("organization-register", "division-counts"), names);
  }
}
