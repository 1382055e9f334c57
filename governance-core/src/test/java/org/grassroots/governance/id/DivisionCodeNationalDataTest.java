package org.grassroots.governance.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.grassroots.governance.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every code of the real national table (NBS 2021, 663,128 rows) parses, its level is the level
 * the table gives, and its segment class agrees with its name's suffix except the known
 * exceptions. Runs whenever {@code ../shared/data/divisions} is present.
 */
class DivisionCodeNationalDataTest {

  /**
   * Village-level rows (segments 001-399) whose short suffix (居委会 / 村委会) disagrees with their
   * segment class, as published by NBS; the data README quotes 610923111001, 152524100207 and
   * 152525103208 among them.
   */
  private static final Set<String> VILLAGE_SUFFIX_EXCEPTIONS = Set.of(
      "152524100207", "152525103208", "152525202206", "152525203204", "152530201219",
      "370784001367", "422826202240", "422826202241", "430822202206", "610923111001",
      "652922102218");

  private static final class Row {
    final String code;
    final int level;
    final String name;

    Row(String code, int level, String name) {
      this.code = code;
      this.level = level;
      this.name = name;
    }
  }

  private static List<Row> rows = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    Path file = SharedData.divisions2021().orElse(null);
    if (file == null) {
      System.out.println("DivisionCodeNationalDataTest " + SharedData.SKIPPED);
      return;
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      assertEquals("code,parent_code,level,name,urban_rural_code", header);
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",", -1);
        rows.add(new Row(f[0], Integer.parseInt(f[2]), f[3]));
      }
    }
  }

  private static void assumeData() {
    Assumptions.assumeTrue(!rows.isEmpty(), SharedData.SKIPPED);
  }

  @Test
  void everyCodeParsesAtTheLevelTheTableGives() {
    assumeData();
    assertEquals(663_128, rows.size());
    Map<DivisionLevel, Integer> perLevel = new EnumMap<>(DivisionLevel.class);
    for (Row r : rows) {
      DivisionCode c = DivisionCode.parse(r.code);
      assertEquals(r.code, c.toString());
      assertEquals(r.level, c.codeLevel().number(), r.code);
      perLevel.merge(c.codeLevel(), 1, Integer::sum);
    }
    assertEquals(31, perLevel.get(DivisionLevel.PROVINCE));
    assertEquals(342, perLevel.get(DivisionLevel.CITY));
    assertEquals(3_267, perLevel.get(DivisionLevel.COUNTY));
    assertEquals(41_355, perLevel.get(DivisionLevel.TOWNSHIP));
    assertEquals(618_133, perLevel.get(DivisionLevel.VILLAGE));
  }

  @Test
  void segmentClassCountsMatchThePublishedCounts() {
    assumeData();
    Map<TownshipClass, Integer> townships = new EnumMap<>(TownshipClass.class);
    Map<VillageClass, Integer> villages = new EnumMap<>(VillageClass.class);
    for (Row r : rows) {
      DivisionCode c = DivisionCode.parse(r.code);
      if (c.codeLevel() == DivisionLevel.TOWNSHIP) {
        townships.merge(c.townshipClass().orElseThrow(), 1, Integer::sum);
      } else if (c.codeLevel() == DivisionLevel.VILLAGE) {
        villages.merge(c.villageClass().orElseThrow(), 1, Integer::sum);
      }
    }
    assertEquals(8_937, townships.get(TownshipClass.STREET));
    assertEquals(21_246, townships.get(TownshipClass.TOWN));
    assertEquals(8_355, townships.get(TownshipClass.TOWNSHIP));
    assertEquals(2_817, townships.get(TownshipClass.SIMILAR_UNIT));
    assertEquals(119_953, villages.get(VillageClass.RESIDENTS_COMMITTEE));
    assertEquals(488_991, villages.get(VillageClass.VILLAGERS_COMMITTEE));
    assertEquals(2_836, villages.get(VillageClass.SIMILAR_TO_RESIDENTS_COMMITTEE));
    assertEquals(6_353, villages.get(VillageClass.SIMILAR_TO_VILLAGERS_COMMITTEE));
  }

  @Test
  void townshipClassesAgreeWithNameSuffixes() {
    assumeData();
    int checked = 0;
    List<String> disagreements = new ArrayList<>();
    for (Row r : rows) {
      if (r.level != 4) {
        continue;
      }
      DivisionCode c = DivisionCode.parse(r.code);
      TownshipClass byName = r.name.endsWith("街道") || r.name.endsWith("街道办事处") ? TownshipClass.STREET
          : r.name.endsWith("镇") ? TownshipClass.TOWN
          : r.name.endsWith("乡") ? TownshipClass.TOWNSHIP : null;
      TownshipClass byCode = c.townshipClass().orElseThrow();
      if (byName == null || byCode == TownshipClass.SIMILAR_UNIT) {
        continue; // no telling suffix, or a similar unit, which may bear any name
      }
      checked++;
      if (byName != byCode) {
        disagreements.add(r.code + " " + r.name);
      }
    }
    assertEquals(List.of(), disagreements);
    assertTrue(checked > 38_000, "checked " + checked);
  }

  @Test
  void villageClassesAgreeWithNameSuffixesExceptTheKnownExceptions() {
    assumeData();
    Set<String> disagreements = new TreeSet<>();
    int checked = 0;
    for (Row r : rows) {
      if (r.level != 5) {
        continue;
      }
      DivisionCode c = DivisionCode.parse(r.code);
      VillageClass byCode = c.villageClass().orElseThrow();
      if (byCode != VillageClass.RESIDENTS_COMMITTEE && byCode != VillageClass.VILLAGERS_COMMITTEE) {
        continue;
      }
      Boolean communityByName = r.name.endsWith("居委会") ? Boolean.TRUE
          : r.name.endsWith("村委会") ? Boolean.FALSE : null;
      if (communityByName == null) {
        continue;
      }
      checked++;
      if (communityByName != byCode.isCommunityLike()) {
        disagreements.add(r.code);
      }
    }
    assertEquals(new TreeSet<>(VILLAGE_SUFFIX_EXCEPTIONS), disagreements);
    assertTrue(checked > 360_000, "checked " + checked);
  }

  @Test
  void edgeCasesOfTheTableReadAsTheReadmeDescribes() {
    assumeData();
    // municipality placeholder city row, Dongguan's towns, a functional zone, a virtual community
    assertEquals(DivisionLevel.CITY, DivisionCode.parse("110100000000").codeLevel());
    assertEquals(DivisionLevel.TOWNSHIP, DivisionCode.parse("441900003000").codeLevel());
    assertTrue(DivisionCode.parse("130171000000").isFunctionalZone());
    assertEquals(VillageClass.SIMILAR_TO_RESIDENTS_COMMITTEE,
        DivisionCode.parse("110112009498").villageClass().orElseThrow());
    assertTrue(rows.stream().anyMatch(r -> r.code.equals("110112009498") && r.name.contains("虚拟")));
  }
}
