package org.grassroots.governance.json;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.json.register.OrganizationRecord;

/** Small named fixtures. */
public final class Fixtures {
  public static final String CITIZEN_ID = "11010519491231002X";
  public static final String CREDIT_CODE = "91350100M000100Y43";
  public static final String COMMUNITY = "350102001001";
  public static final String GRID = "3501020010010007";
  public static final OffsetDateTime NOON = OffsetDateTime.parse("2024-05-01T12:00:00+08:00");

  private Fixtures() {}

  public static OrganizationRecord record(String id) {
    return OrganizationRecord.of(
        OrganizationId.of(id),
        "东华社区居民委员会",
        UnifiedSocialCreditCode.parse(CREDIT_CODE),
        DivisionCode.parse(COMMUNITY),
        Optional.of(GridCode.parse(GRID)));
  }

  public static ImmutableList<OrganizationRecord> records(int n) {
    ImmutableList.Builder<OrganizationRecord> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      b.add(record("ORG-" + i));
    }
    return b.build();
  }

  /** A record as JSON text with one property replaced (or removed when {@code value} is null). */
  public static String recordJson(String property, @org.jspecify.annotations.Nullable String value) {
    StringBuilder sb = new StringBuilder("{");
    String[][] props = {
      {"id", "\"ORG-1\""},
      {"name", "\"东华社区居民委员会\""},
      {"creditCode", "\"" + CREDIT_CODE + "\""},
      {"division", "\"" + COMMUNITY + "\""},
      {"grid", "\"" + GRID + "\""},
    };
    boolean first = true;
    for (String[] p : props) {
      String v = p[0].equals(property) ? value : p[1];
      if (v == null) {
        continue;
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(p[0]).append("\":").append(v);
    }
    return sb.append('}').toString();
  }

  /** A register document around the given data array text. */
  public static String registerDocument(String dataArray) {
    return "{\"format\":\"grassroots-governance\",\"version\":\"1.0.0\","
        + "\"generatedAt\":\"2024-05-01T12:00:00+08:00\",\"kind\":\"organization-register\","
        + "\"data\":" + dataArray + "}";
  }
}
