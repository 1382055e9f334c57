package org.grassroots.governance.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.junit.jupiter.api.Test;

class NodeKindTest {
  private static NodeKind k(String code, String name) {
    return NodeKind.classify(DivisionCode.parse(code), name);
  }

  @Test
  void classify_followsTheDocumentedRules() {
    assertEquals(NodeKind.PLACEHOLDER, k("110100000000", "市辖区"));
    assertEquals(NodeKind.PLACEHOLDER, k("500200000000", "县"));
    assertEquals(NodeKind.PLACEHOLDER, k("419000000000", "省直辖县级行政区划"));
    assertEquals(NodeKind.PLACEHOLDER, k("659000000000", "自治区直辖县级行政区划"));
    assertEquals(NodeKind.PLACEHOLDER, k("130101000000", "市辖区"));
    assertEquals(NodeKind.REGULAR, k("110101001000", "市辖区"), "a township is never a placeholder");
    assertEquals(NodeKind.FUNCTIONAL_ZONE, k("130171000000", "石家庄高新技术产业开发区"));
    assertEquals(NodeKind.FUNCTIONAL_ZONE, k("110105400000", "首都机场街道"));
    assertEquals(NodeKind.VIRTUAL_COMMUNITY, k("110112009498", "文景街道虚拟社区"));
    assertEquals(NodeKind.XPCC_UNIT, k("650103501000", "兵团农十二师一零四团"));
    assertEquals(NodeKind.REGULAR, k("110101001001", "多福巷社区居委会"));
  }

  @Test
  void hierarchyLevel_ofDivisionLevel() {
    assertEquals(HierarchyLevel.STREET, HierarchyLevel.of(DivisionLevel.TOWNSHIP));
    assertEquals(HierarchyLevel.COMMUNITY, HierarchyLevel.of(DivisionLevel.VILLAGE));
    assertEquals(HierarchyLevel.PROVINCE, HierarchyLevel.of(DivisionLevel.PROVINCE));
  }
}
