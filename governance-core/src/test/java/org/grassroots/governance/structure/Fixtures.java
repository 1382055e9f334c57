package org.grassroots.governance.structure;

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
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.function.Executable;

/** Small named fixtures: 陈伯臻社区 (420204004005) in 团城山街道, 下陆区, 黄石市. */
final class Fixtures {
  private Fixtures() {}

  static final DivisionCode COMMUNITY = DivisionCode.parse("420204004005");
  static final DivisionCode STREET = DivisionCode.parse("420204004000");
  static final DivisionCode OTHER_COMMUNITY = DivisionCode.parse("420204005001");
  static final GridCode GRID_1 = GridCode.of(COMMUNITY, 1);
  static final GridCode GRID_2 = GridCode.of(COMMUNITY, 2);
  static final LocalDate START = LocalDate.of(2021, 1, 1);
  static final LocalDate D2021_06_30 = LocalDate.of(2021, 6, 30);

  static final OrganizationId CORE_ID = OrganizationId.of("CBZ-PC");
  static final Organization CORE = Organization.of(CORE_ID, "陈伯臻社区联合党委",
      OrganizationKind.JOINT_PARTY_COMMITTEE, NodeCode.of(COMMUNITY));
  static final Organization RC = Organization.of(OrganizationId.of("CBZ-RC"), "陈伯臻社区居委会",
      OrganizationKind.RESIDENTS_COMMITTEE, NodeCode.of(COMMUNITY));
  static final Organization STATION = Organization.of(OrganizationId.of("CBZ-SS"),
      "陈伯臻社区服务站", OrganizationKind.SERVICE_STATION, NodeCode.of(COMMUNITY));
  static final Organization BRANCH_1 = Organization.of(OrganizationId.of("CBZ-G1"), "第一网格党支部",
      OrganizationKind.PARTY_BRANCH, NodeCode.of(GRID_1));
  static final Organization BUREAU = Organization.of(OrganizationId.of("HS-AUDIT"), "黄石市审计局",
      OrganizationKind.AGENCY, NodeCode.parse("420202000000"));
  static final Organization BUREAU_PB = Organization.builder().id(OrganizationId.of("HS-AUDIT-PB"))
      .name("黄石市审计局机关党委").kind(OrganizationKind.PARTY_COMMITTEE)
      .seat(NodeCode.parse("420202000000")).hostUnit(BUREAU.id()).build();
  static final Organization VOLUNTEERS = Organization.of(OrganizationId.of("CBZ-VT"), "志愿服务队",
      OrganizationKind.VOLUNTEER_TEAM, NodeCode.of(COMMUNITY));

  static PersonId pid(int i) {
    return PersonId.of("P-" + i);
  }

  static Person person(int i) {
    return Person.of(pid(i), "居民" + i, true);
  }

  /** A valid structure: core, residents' committee, station, one grid branch, partners. */
  static CommunityGovernance.Builder base() {
    return CommunityGovernance.builder().area(COMMUNITY).core(CORE)
        .addElements(RC, STATION, BRANCH_1, VOLUNTEERS)
        .addPartners(BUREAU, BUREAU_PB)
        .addGrids(GRID_1, GRID_2);
  }

  /** Asserts that running throws and that a violation at {@code path} mentions {@code rule}. */
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
