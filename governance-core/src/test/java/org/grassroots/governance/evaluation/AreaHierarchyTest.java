package org.grassroots.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** {@link AreaHierarchy#of(GridHierarchy)} against {@link AreaHierarchy#byCodePrefix()}. */
class AreaHierarchyTest {

  private static DivisionCode d(String code) {
    return DivisionCode.parse(code);
  }

  /** A generated province: its hierarchy, its communities and the nominal rows it left out. */
  private static final class Generated {
    final GridHierarchy.Builder builder = GridHierarchy.builder();
    final List<DivisionCode> present = new ArrayList<>();
    final List<DivisionCode> communities = new ArrayList<>();

    /** Adds a division under its nearest present nominal ancestor, as the grid module requires. */
    void add(DivisionCode code) {
      Optional<DivisionCode> parent = code.prefixAncestors().stream().filter(present::contains).findFirst();
      builder.division(code, parent, "区划" + code);
      present.add(code);
      if (code.codeLevel() == DivisionLevel.VILLAGE) {
        communities.add(code);
      }
    }
  }

  /**
   * One province with cities of three styles: ordinary (city, county, street, community),
   * Dongguan-style (county segment 00: towns directly under the city) and municipality-style
   * (city row a placeholder that may be absent); each city or county row is left out at random.
   */
  private static Generated generate(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Generated g = new Generated();
    long province = 11 + rnd.nextInt(55);
    g.add(DivisionCode.ofLong(province * 10_000_000_000L));
    int cities = 1 + rnd.nextInt(3);
    for (int c = 1; c <= cities; c++) {
      long city = province * 100 + c;
      if (rnd.nextInt(4) != 0) {
        g.add(DivisionCode.ofLong(city * 100_000_000L));
      }
      boolean dongguan = rnd.nextInt(3) == 0;
      int counties = dongguan ? 1 : 1 + rnd.nextInt(3);
      for (int k = 1; k <= counties; k++) {
        long county = city * 100 + (dongguan ? 0 : k);
        if (!dongguan && rnd.nextInt(4) != 0) {
          g.add(DivisionCode.ofLong(county * 1_000_000L));
        }
        int streets = 1 + rnd.nextInt(3);
        for (int s = 1; s <= streets; s++) {
          long street = county * 1000 + s;
          g.add(DivisionCode.ofLong(street * 1000));
          int communities = 1 + rnd.nextInt(3);
          for (int n = 1; n <= communities; n++) {
            g.add(DivisionCode.ofLong(street * 1000 + n));
          }
        }
      }
    }
    return g;
  }

  @Test
  void property_gridAdapterIsThePrefixAncestorsThatExist() {
    qt().withExamples(150).forAll(longs().all()).check(seed -> {
      Generated g = generate(seed);
      GridHierarchy h = g.builder.build();
      AreaHierarchy real = AreaHierarchy.of(h);
      AreaHierarchy prefix = AreaHierarchy.byCodePrefix();
      for (DivisionCode c : g.communities) {
        List<DivisionCode> nominal = prefix.ancestorsOf(c);
        List<DivisionCode> existing = nominal.stream().filter(g.present::contains).collect(Collectors.toList());
        List<DivisionCode> got = real.ancestorsOf(c);
        if (!got.equals(existing)) {
          return false;
        }
        // they agree exactly when every nominal ancestor exists, and otherwise the adapter only leaves some out
        if (got.equals(nominal) != g.present.containsAll(nominal)) {
          return false;
        }
        // no county level for Dongguan-style codes, in either
        if (c.toString().substring(4, 6).equals("00")
            && got.stream().anyMatch(a -> a.codeLevel() == DivisionLevel.COUNTY)) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void generate_coversAgreementDifferenceAndDongguanStyle() {
    int agree = 0;
    int differ = 0;
    int dongguan = 0;
    for (long seed = 0; seed < 50; seed++) {
      Generated g = generate(seed);
      AreaHierarchy real = AreaHierarchy.of(g.builder.build());
      for (DivisionCode c : g.communities) {
        if (real.ancestorsOf(c).equals(c.prefixAncestors())) {
          agree++;
        } else {
          differ++;
        }
        if (c.toString().substring(4, 6).equals("00")) {
          dongguan++;
        }
      }
    }
    assertTrue(agree > 0 && differ > 0 && dongguan > 0, agree + " / " + differ + " / " + dongguan);
  }

  @Test
  void of_dongguanTownsRollUpToTheCityWithoutACounty() {
    GridHierarchy h = GridHierarchy.builder()
        .division(d("440000000000"), Optional.empty(), "广东省")
        .division(d("441900000000"), Optional.of(d("440000000000")), "东莞市")
        .division(d("441900003000"), Optional.of(d("441900000000")), "东城街道")
        .division(d("441900003001"), Optional.of(d("441900003000")), "东城社区")
        .division(d("110000000000"), Optional.empty(), "北京市")
        .division(d("110101000000"), Optional.of(d("110000000000")), "东城区")   // no placeholder 110100
        .division(d("110101001000"), Optional.of(d("110101000000")), "东华门街道")
        .division(d("110101001001"), Optional.of(d("110101001000")), "多福巷社区")
        .build();
    AreaHierarchy real = AreaHierarchy.of(h);
    List<DivisionCode> dongguan = List.of(d("441900003000"), d("441900000000"), d("440000000000"));
    assertEquals(dongguan, real.ancestorsOf(d("441900003001")));
    assertEquals(dongguan, AreaHierarchy.byCodePrefix().ancestorsOf(d("441900003001")));
    assertEquals(List.of(d("110101001000"), d("110101000000"), d("110000000000")),
        real.ancestorsOf(d("110101001001")));
    assertNotEquals(real.ancestorsOf(d("110101001001")),
        AreaHierarchy.byCodePrefix().ancestorsOf(d("110101001001"))); // names the placeholder 110100

    Measurements m = Measurements.builder()
        .put(StandardMeasures.COMMUNITY_WORKERS, d("441900003001"), 6)
        .put(StandardMeasures.COMMUNITY_WORKERS, d("110101001001"), 3)
        .build();
    Evaluation e = Evaluation.of(DefaultIndicatorSystems.communityStandard(), m);
    RollUp r = RollUp.of(e, real);
    assertTrue(r.scoreOf(d("441900000000")).isPresent());
    assertFalse(r.scoreOf(d("110100000000")).isPresent());
    assertTrue(r.ranking(DivisionLevel.COUNTY).stream().noneMatch(s -> s.area().toString().startsWith("4419")));
    assertTrue(RollUp.of(e, AreaHierarchy.byCodePrefix()).scoreOf(d("110100000000")).isPresent());
    assertThrows(InvalidValueException.class, () -> real.ancestorsOf(d("440304003001")));
  }
}
