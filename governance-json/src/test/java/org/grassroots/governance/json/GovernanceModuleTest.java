package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class GovernanceModuleTest {

  @Test
  void findAndRegisterModules_findsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains(GovernanceModule.class.getName()),
        mapper.getRegisteredModuleIds().toString());
    assertEquals(DivisionCode.parse("110101001001"),
        mapper.readValue("\"110101001001\"", DivisionCode.class));
  }

  @Test
  void serviceLoader_listsTheModule() {
    boolean found = false;
    for (Module m : ServiceLoader.load(Module.class)) {
      found |= m instanceof GovernanceModule;
    }
    assertTrue(found);
  }

  @Test
  void module_hasNameVersionAndDependencies() {
    GovernanceModule m = new GovernanceModule();
    assertEquals("GovernanceModule", m.getModuleName());
    assertEquals("org.grassroots.governance", m.version().getGroupId());
    assertEquals("governance-json", m.version().getArtifactId());
    int deps = 0;
    for (Module d : m.getDependencies()) {
      deps++;
      assertFalse(d instanceof GovernanceModule);
    }
    assertEquals(3, deps);
  }

  @Test
  void registerModule_registersDependenciesForOptionalTimeAndGuava() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    Optional<GridCode> g = mapper.readValue("\"3501020010010007\"",
        new TypeReference<Optional<GridCode>>() {});
    assertEquals(Optional.of(GridCode.parse("3501020010010007")), g);
    ImmutableList<DivisionCode> list = mapper.readValue("[\"110101001001\"]",
        new TypeReference<ImmutableList<DivisionCode>>() {});
    assertEquals(1, list.size());
    OffsetDateTime t = mapper.readValue("\"2024-05-01T12:00:00+08:00\"", OffsetDateTime.class);
    // plain Jackson adjusts to UTC (ADJUST_DATES_TO_CONTEXT_TIME_ZONE); GovernanceJson keeps the offset
    assertTrue(Fixtures.NOON.isEqual(t));
    assertEquals(Fixtures.NOON, GovernanceJson.strict().mapper()
        .readValue("\"2024-05-01T12:00:00+08:00\"", OffsetDateTime.class));
  }

  @Test
  void identifiers_areJsonStringsAndMapKeys() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    Map<DivisionCode, GridCode> m = new TreeMap<>();
    m.put(DivisionCode.parse("350102001001"), GridCode.parse(Fixtures.GRID));
    String json = mapper.writeValueAsString(m);
    assertEquals("{\"350102001001\":\"3501020010010007\"}", json);
    assertEquals(m, mapper.readValue(json, new TypeReference<TreeMap<DivisionCode, GridCode>>() {}));
  }

  @Test
  void readIdentifier_refusesNumbersAndBadText() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("110101001001", DivisionCode.class));
    assertTrue(e.getOriginalMessage().contains("must be a JSON string"), e.getOriginalMessage());
    JsonMappingException bad = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("\"11010100100X\"", DivisionCode.class));
    assertTrue(bad.getOriginalMessage().contains("Invalid DivisionCode"),
        bad.getOriginalMessage());
  }

  @Test
  void citizenId_isMaskedByDefaultAndRevealedOnlyWhenAsked() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    CitizenIdNumber id = CitizenIdNumber.parse(Fixtures.CITIZEN_ID);
    assertEquals("\"110105********002X\"", mapper.writeValueAsString(id));
    assertEquals("\"" + Fixtures.CITIZEN_ID + "\"",
        mapper.writer().withAttribute(WriteOptions.REVEAL_ATTRIBUTE, Boolean.TRUE)
            .writeValueAsString(id));
    // the next write, without the attribute, is masked again
    assertEquals("\"110105********002X\"", mapper.writeValueAsString(id));
    assertEquals("{\"110105********002X\":1}",
        mapper.writeValueAsString(Map.of(id, 1)));
  }

  @Test
  void record_isReadThroughItsFactory() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    OrganizationRecord r = Fixtures.record("ORG-1");
    String json = mapper.writeValueAsString(r);
    assertEquals(Fixtures.recordJson("", null), json);
    assertEquals(r, mapper.readValue(json, OrganizationRecord.class));
    // the factory's check runs: a grid outside the division is refused
    String outside = Fixtures.recordJson("division", "\"110101001001\"");
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue(outside, OrganizationRecord.class));
    assertTrue(e.getCause() instanceof InvalidValueException, String.valueOf(e.getCause()));
  }

  @Test
  void record_writesOnlyItsPublicProperties() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    OrganizationRecord r = Fixtures.record("ORG-1");
    Map<String, Object> tree = mapper.readValue(mapper.writeValueAsString(r),
        new TypeReference<Map<String, Object>>() {});
    assertEquals(ImmutableList.of("id", "name", "creditCode", "division", "grid"),
        ImmutableList.copyOf(tree.keySet()));
  }
}
