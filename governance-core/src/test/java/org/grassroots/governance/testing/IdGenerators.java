package org.grassroots.governance.testing;

import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid identifier texts, built directly (no filtering), shared by
 * the modules' property tests through the core test-jar.
 */
public final class IdGenerators {
  private IdGenerators() {}

  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final String ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** 12-digit division codes of every level, including Dongguan-style codes (county 00). */
  public static Gen<String> divisionCodes() {
    Gen<Integer> province = SourceDSL.integers().between(1, 99);
    Gen<Integer> city = SourceDSL.integers().between(1, 99);
    Gen<Integer> county = SourceDSL.integers().between(0, 99);
    Gen<Integer> township = SourceDSL.integers().between(1, 999);
    Gen<Integer> village = SourceDSL.integers().between(1, 999);
    Gen<Integer> level = SourceDSL.integers().between(1, 5);
    return level.zip(province, city, county, (l, p, c, k) -> new int[] {l, p, c, k})
        .zip(township, village, (a, t, v) -> {
          int l = a[0];
          long code = a[1] * 10_000_000_000L;
          if (l >= 2) {
            code += a[2] * 100_000_000L;
          }
          if (l >= 3) {
            code += a[3] * 1_000_000L;
          }
          if (l >= 3 && l == 3 && a[3] == 0) {
            code += 1_000_000L; // a county-level code needs a non-zero county segment
          }
          if (l >= 4) {
            code += t * 1000L;
          }
          if (l >= 5) {
            code += v;
          }
          return pad(code, 12);
        });
  }

  /** 12-digit village-level (community) codes. */
  public static Gen<String> communityCodes() {
    return SourceDSL.longs().between(1, 99).zip(
        SourceDSL.longs().between(1, 99),
        SourceDSL.longs().between(0, 99),
        SourceDSL.longs().between(1, 999),
        (p, c, k, t) -> p * 10_000_000_000L + c * 100_000_000L + k * 1_000_000L + t * 1000L)
        .zip(SourceDSL.longs().between(1, 999), (base, v) -> pad(base + v, 12));
  }

  /** 16-digit grid codes. */
  public static Gen<String> gridCodes() {
    return communityCodes().zip(SourceDSL.integers().between(1, 9999), (c, s) -> c + pad(s, 4));
  }

  /** 20-digit building codes. */
  public static Gen<String> buildingCodes() {
    return gridCodes().zip(SourceDSL.integers().between(1, 9999), (g, s) -> g + pad(s, 4));
  }

  /** Valid GB 11714 organisation codes (9 characters). */
  public static Gen<String> organizationCodes() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ORG_ALPHABET.length() - 1))
        .ofSize(8)
        .map(ds -> {
          StringBuilder sb = new StringBuilder();
          for (int d : ds) {
            sb.append(ORG_ALPHABET.charAt(d));
          }
          return sb.append(organizationCheck(sb)).toString();
        });
  }

  /** Valid GB 32100 credit codes (18 characters), with a valid embedded organisation code. */
  public static Gen<String> creditCodes() {
    Gen<String> head = SourceDSL.integers().between(0, CREDIT_ALPHABET.length() - 1)
        .zip(SourceDSL.integers().between(0, CREDIT_ALPHABET.length() - 1),
            (a, b) -> "" + CREDIT_ALPHABET.charAt(a) + CREDIT_ALPHABET.charAt(b));
    Gen<String> division = divisionCodes().map(d -> d.substring(0, 6))
        .map(d -> d.substring(2, 4).equals("00") ? d.substring(0, 2) + "0000" : d);
    Gen<String> org = SourceDSL.lists().of(SourceDSL.integers().between(0, CREDIT_ALPHABET.length() - 1))
        .ofSize(8)
        .map(ds -> {
          StringBuilder sb = new StringBuilder();
          for (int d : ds) {
            sb.append(CREDIT_ALPHABET.charAt(d));
          }
          return sb.append(organizationCheck(sb)).toString();
        });
    return head.zip(division, org, (h, d, o) -> {
      String body = h + d + o;
      return body + creditCheck(body);
    });
  }

  /** Valid GB 11643 citizen id numbers (18 characters). */
  public static Gen<String> citizenIds() {
    Gen<String> address = communityCodes().map(c -> c.substring(0, 6))
        .map(d -> d.substring(2, 4).equals("00") ? d.substring(0, 2) + "0000" : d);
    Gen<LocalDate> birth = SourceDSL.integers().between(0, 60_000)
        .map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
    Gen<Integer> seq = SourceDSL.integers().between(0, 999);
    return address.zip(birth, seq, (a, b, s) -> {
      String body = a + String.format(java.util.Locale.ROOT, "%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + pad(s, 3);
      return body + citizenCheck(body);
    });
  }

  /** The GB 11714 check character of the first 8 characters. */
  public static char organizationCheck(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += ORG_WEIGHTS[i] * ORG_ALPHABET.indexOf(body.charAt(i));
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  /** The GB 32100 check character of the first 17 characters. */
  public static char creditCheck(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_WEIGHTS[i] * CREDIT_ALPHABET.indexOf(body.charAt(i));
    }
    int c = 31 - sum % 31;
    return CREDIT_ALPHABET.charAt(c == 31 ? 0 : c);
  }

  /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
  public static char citizenCheck(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ID_WEIGHTS[i] * (body.charAt(i) - '0');
    }
    return "10X98765432".charAt(sum % 11);
  }

  private static String pad(long v, int width) {
    String s = Long.toString(v);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
