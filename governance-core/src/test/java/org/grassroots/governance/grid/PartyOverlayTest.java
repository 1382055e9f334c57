package org.grassroots.governance.grid;

import static org.grassroots.governance.grid.GridHierarchyTest.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

class PartyOverlayTest {
  private static final GridHierarchy H = GridHierarchyTest.withGrids();

  private static OrganizationId id(String s) {
    return OrganizationId.of(s);
  }

  @Test
  void coverage_namesEveryGap() {
    PartyOverlay o =
        PartyOverlay.builder(H)
            .attach(n("110100000000"), PartyOrganizationType.CITY_COMMITTEE, id("bj"))
            .attach(n("110101001000"), PartyOrganizationType.STREET_WORKING_COMMITTEE, id("dhm"))
            .attach(n("110101001001"), PartyOrganizationType.COMMUNITY_JOINT_COMMITTEE, id("dfx"))
            .attach(n("1101010010010001"), PartyOrganizationType.GRID_BRANCH, id("g1"))
            .attach(n("11010100100100010001"), PartyOrganizationType.BUILDING_GROUP, id("b1"))
            .build();
    PartyOverlay.Coverage c = o.coverage();
    assertEquals(List.of(n("110101001002"), n("441900003001")), c.communitiesWithoutCore());
    assertEquals(
        List.of(n("1101010010010002"), n("4419000030010001"), n("4419000030010002")),
        c.gridsWithoutBranch());
    assertEquals(
        List.of(n("11010100100100010002"), n("11010100100100010003"), n("11010100100100020007")),
        c.buildingsWithoutGroup());
    assertFalse(c.isComplete());
    assertEquals(Optional.of(id("g1")), o.superior(n("11010100100100010001")));
    assertEquals(Optional.of(id("dfx")), o.superior(n("1101010010010001")));
    assertEquals(Optional.of(id("dhm")), o.superior(n("110101001001")));
    assertEquals(Optional.of(PartyOrganizationType.GRID_BRANCH), o.typeAt(n("1101010010010001")));
  }

  @Test
  void build_reportsWrongLevelsDuplicatesAndTheBrokenChain() {
    PartyOverlay.Builder b =
        PartyOverlay.builder(H)
            .attach(n("110101001000"), PartyOrganizationType.GRID_BRANCH, id("x"))
            .attach(n("1101010010010001"), PartyOrganizationType.GRID_BRANCH, id("g1"))
            .attach(n("1101010010010001"), PartyOrganizationType.GRID_BRANCH, id("g2"))
            .attach(n("1101010010010002"), PartyOrganizationType.GRID_BRANCH, id("g1"))
            .attach(n("11010100100100020007"), PartyOrganizationType.BUILDING_GROUP, id("b7"))
            .attach(n("120000000000"), PartyOrganizationType.CITY_COMMITTEE, id("tj"));
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    List<String> paths = e.violations().stream().map(Violation::path).collect(Collectors.toList());
    assertTrue(paths.contains("attachments[0].type"), paths.toString());
    assertTrue(paths.contains("attachments[2].node"), paths.toString());
    assertTrue(paths.contains("attachments[3].id"), paths.toString());
    assertTrue(paths.contains("attachments[5].node"), paths.toString());
    assertTrue(
        e.violations().stream()
            .anyMatch(v -> v.path().equals("attachments[1]") && v.rule().contains("needs a COMMUNITY_JOINT_COMMITTEE")),
        e.getMessage());
    assertTrue(
        e.violations().stream()
            .anyMatch(v -> v.path().equals("attachments[4]") && v.rule().contains("needs a GRID_BRANCH")),
        e.getMessage());
  }
}
