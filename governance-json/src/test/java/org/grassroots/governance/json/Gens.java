package org.grassroots.governance.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories generators of valid values, built directly (no filtering). */
public final class Gens {
  private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String ORG_BODY = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ID_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:# 东华社区居委会党支部网格😀~";
  private static final String NAME_CHARS = "东华社区居民委员会党支部物业服务中心志愿者协会 ABCxyz0123-（）()·=+@'";

  private Gens() {}

  static Gen<Integer> ints(int min, int max) {
    return SourceDSL.integers().between(min, max);
  }

  /** A division code of any level. */
  public static Gen<DivisionCode> divisions() {
    return ints(1, 5).flatMap(level -> divisionAt(level));
  }

  /** A division code of the given level, 1 (province) to 5 (village). */
  public static Gen<DivisionCode> divisionAt(int level) {
    return ints(11, 82).zip(ints(1, 99), ints(1, 99), ints(1, 999), ints(1, 999),
        (p, c, k, t, v) -> {
          long value = p * 10_000_000_000L;
          if (level >= 2) {
            value += c * 100_000_000L;
          }
          if (level >= 3) {
            value += k * 1_000_000L;
          }
          if (level >= 4) {
            value += t * 1000L;
          }
          if (level >= 5) {
            value += v;
          }
          // not DivisionCode.ofLong: its lower bound is 10^12, so it refuses every real code
          return DivisionCode.parse(String.format(Locale.ROOT, "%012d", value));
        });
  }

  /** A village-level (community) code. */
  public static Gen<DivisionCode> communities() {
    return divisionAt(5);
  }

  public static Gen<GridCode> grids() {
    return communities().zip(ints(1, 9999), GridCode::of);
  }

  public static Gen<BuildingCode> buildings() {
    return grids().zip(ints(1, 9999), BuildingCode::of);
  }

  public static Gen<NodeCode> nodes() {
    return Generate.pick(ImmutableList.of(0, 1, 2)).flatMap(k -> k == 0
        ? divisions().map(NodeCode::of)
        : k == 1 ? grids().map(NodeCode::of) : buildings().map(NodeCode::of));
  }

  private static Gen<String> chars(String alphabet, int length) {
    int[] cps = alphabet.codePoints().toArray();
    Gen<String> g = SourceDSL.integers().between(0, cps.length - 1)
        .map(i -> new String(Character.toChars(cps[i])));
    Gen<String> acc = g;
    for (int i = 1; i < length; i++) {
      acc = acc.zip(g, (a, b) -> a + b);
    }
    return acc;
  }

  public static Gen<OrganizationCode> organizationCodes() {
    return chars(ORG_BODY, 8).map(body -> OrganizationCode.parse(body + orgCheck(body)));
  }

  static char orgCheck(String body) {
    int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += w[i] * ORG_BODY.indexOf(body.charAt(i));
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  public static Gen<UnifiedSocialCreditCode> creditCodes() {
    return chars(USCC, 2).zip(divisionAt(3), chars(USCC, 8), (head, county, body) -> {
      String org = body + orgCheck(body);
      String first17 = head + county.toGbt2260() + org;
      return UnifiedSocialCreditCode.parse(first17 + usccCheck(first17));
    });
  }

  static char usccCheck(String first17) {
    int sum = 0;
    int w = 1;
    for (int i = 0; i < 17; i++) {
      sum += w * USCC.indexOf(first17.charAt(i));
      w = w * 3 % 31;
    }
    int c = 31 - sum % 31;
    return USCC.charAt(c == 31 ? 0 : c);
  }

  public static Gen<CitizenIdNumber> citizenIds() {
    return divisionAt(3).zip(ints(0, 40_000), ints(0, 999), (county, days, seq) -> {
      LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(days);
      String first17 = county.toGbt2260()
          + String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
              birth.getDayOfMonth())
          + String.format(Locale.ROOT, "%03d", seq);
      return CitizenIdNumber.parse(first17 + citizenCheck(first17));
    });
  }

  static char citizenCheck(String first17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += w[i] * (first17.charAt(i) - '0');
    }
    return "10X98765432".charAt(sum % 11);
  }

  /** Id text: 1 to 40 characters, stripped, with spaces, Chinese and astral characters inside. */
  public static Gen<String> idTexts() {
    return ints(1, 40).flatMap(n -> chars(ID_CHARS, n))
        .map(s -> s.strip().isEmpty() ? "x" + s.strip() : s.strip());
  }

  public static Gen<OrganizationId> organizationIds() {
    return idTexts().map(OrganizationId::of);
  }

  public static Gen<PersonId> personIds() {
    return idTexts().map(PersonId::of);
  }

  public static Gen<DemandId> demandIds() {
    return idTexts().map(DemandId::of);
  }

  public static Gen<ResourceId> resourceIds() {
    return idTexts().map(ResourceId::of);
  }

  public static Gen<AgreementId> agreementIds() {
    return idTexts().map(AgreementId::of);
  }

  public static Gen<ProjectId> projectIds() {
    return idTexts().map(ProjectId::of);
  }

  public static Gen<String> names() {
    return ints(1, 30).flatMap(n -> chars(NAME_CHARS, n))
        .map(s -> s.strip().isEmpty() ? "社区" : s.strip());
  }

  /** A valid record: the grid, when present, lies in the division. */
  public static Gen<OrganizationRecord> records() {
    return organizationIds().zip(names(), creditCodes(), grids(), ints(0, 9),
        (id, name, credit, grid, k) -> {
          DivisionCode division = grid.community().truncatedTo(DivisionLevel.values()[k % 5]);
          Optional<GridCode> g = k < 5 ? Optional.of(grid) : Optional.empty();
          return OrganizationRecord.of(id, name, credit, division, g);
        });
  }

  public static Gen<ImmutableList<OrganizationRecord>> recordLists() {
    return SourceDSL.lists().of(records()).ofSizeBetween(0, 12).map(ImmutableList::copyOf);
  }

  /** A timestamp with an offset of whole minutes, years 1970 to 2100, nanosecond precision. */
  public static Gen<OffsetDateTime> timestamps() {
    return SourceDSL.longs().between(0, 4_102_444_800L).zip(ints(0, 999_999_999),
        ints(-18 * 4, 18 * 4), (s, nanos, quarter) ->
            OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(s, nanos),
                ZoneOffset.ofTotalSeconds(quarter * 15 * 60)));
  }
}
