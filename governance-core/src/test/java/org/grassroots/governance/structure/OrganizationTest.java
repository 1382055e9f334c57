package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Fixtures.BUREAU;
import static org.grassroots.governance.structure.Fixtures.CORE;
import static org.grassroots.governance.structure.Fixtures.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class OrganizationTest {
  @Test
  void of_rejectsBlankName() {
    assertViolation(() -> Organization.of(OrganizationId.of("X"), "  ", OrganizationKind.AGENCY,
        NodeCode.parse("420202000000")), "name", Messages.BLANK);
  }

  @Test
  void builder_reportsAllMissingAttributesAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Organization.builder().build());
    assertEquals(4, e.violations().size());
    assertTrue(String.valueOf(e.getMessage()).contains("id: is required"));
  }

  @Test
  void hostUnit_onlyForPartyOrganizations_onEveryPath() {
    assertViolation(() -> BUREAU.withHostUnit(OrganizationId.of("Y")), "hostUnit",
        "only a party organisation");
    assertViolation(() -> Organization.builder().from(BUREAU).hostUnit(OrganizationId.of("Y"))
        .build(), "hostUnit", "only a party organisation");
    assertViolation(() -> CORE.withHostUnit(CORE.id()), "hostUnit", Messages.HOST_UNIT_SELF);
    Organization pb = CORE.withHostUnit(OrganizationId.of("Y"));
    assertViolation(() -> pb.withKind(OrganizationKind.ENTERPRISE), "hostUnit",
        "only a party organisation");
  }

  @Test
  void kinds_classifyPartyAndResidentUnits() {
    assertTrue(OrganizationKind.JOINT_PARTY_COMMITTEE.isPartyOrganization());
    assertFalse(OrganizationKind.RESIDENTS_COMMITTEE.isPartyOrganization());
    assertTrue(OrganizationKind.INDUSTRIAL_PARK.isResidentUnit());
    assertTrue(OrganizationKind.HUB_SOCIAL_ORGANIZATION.isSocialOrganization());
    assertTrue(OrganizationKind.PROPERTY_COMPANY.mayDelegatePartTimeMembers());
    assertFalse(OrganizationKind.VOLUNTEER_TEAM.mayDelegatePartTimeMembers());
  }

  @Test
  void creditCode_isOptionalAndKept() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("114202000110034503");
    Organization withCode = BUREAU.withCreditCode(code);
    assertEquals(code, withCode.creditCode().orElseThrow());
    assertEquals(withCode, Organization.builder().id(BUREAU.id()).name(BUREAU.name())
        .kind(BUREAU.kind()).seat(BUREAU.seat()).creditCode(code).build());
    assertTrue(BUREAU.creditCode().isEmpty());
    Fixtures.roundTrip(withCode);
  }

  @Test
  void serialisation_roundTrips() {
    Fixtures.roundTrip(Fixtures.BUREAU_PB);
  }
}
