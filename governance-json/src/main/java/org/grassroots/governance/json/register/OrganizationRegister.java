package org.grassroots.governance.json.register;

import java.util.List;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.json.ListKind;
import org.grassroots.governance.json.csv.CsvColumn;
import org.grassroots.governance.json.csv.CsvLayout;

/**
 * The organisation register's exchange forms (组织登记名册): the JSON document kind
 * {@code organization-register} (data: an array of {@link OrganizationRecord}) and the CSV
 * layout, with English and Chinese headers.
 *
 * <table>
 *   <caption>CSV columns</caption>
 *   <tr><th>key</th><th>English</th><th>Chinese</th><th>also accepted</th></tr>
 *   <tr><td>id</td><td>id</td><td>组织编号</td><td>编号, 组织标识</td></tr>
 *   <tr><td>name</td><td>name</td><td>组织名称</td><td>名称</td></tr>
 *   <tr><td>creditCode</td><td>credit code</td><td>统一社会信用代码</td><td>信用代码</td></tr>
 *   <tr><td>division</td><td>division</td><td>区划代码</td><td>行政区划代码, 统计用区划代码</td></tr>
 *   <tr><td>grid</td><td>grid</td><td>网格编码</td><td>网格代码, 网格</td></tr>
 * </table>
 *
 * <pre>{@code
 * ImmutableList<OrganizationRecord> rows =
 *     GovernanceJson.strict().read(bytes, OrganizationRegister.KIND).data();
 * CsvReadResult<OrganizationRecord> csv = OrganizationRegister.CSV.read(in, CsvReadOptions.lenient());
 * }</pre>
 */
public final class OrganizationRegister {
  /** The document kind {@code organization-register}. */
  public static final ListKind<OrganizationRecord> KIND =
      DocumentKind.listOf("organization-register", OrganizationRecord.class);

  /** The id column. */
  public static final CsvColumn<OrganizationRecord, OrganizationId> ID =
      CsvColumn.required("id", "id", "组织编号", OrganizationRecord::id,
              OrganizationId::parse, OrganizationId::value)
          .withAliases("编号", "组织标识", "organization id");

  /** The name column. */
  public static final CsvColumn<OrganizationRecord, String> NAME =
      CsvColumn.required("name", "name", "组织名称", OrganizationRecord::name, s -> s, s -> s)
          .withAliases("名称", "organization name");

  /** The credit code column. */
  public static final CsvColumn<OrganizationRecord, UnifiedSocialCreditCode> CREDIT_CODE =
      CsvColumn.required("creditCode", "credit code", "统一社会信用代码",
              OrganizationRecord::creditCode, UnifiedSocialCreditCode::parse,
              UnifiedSocialCreditCode::toString)
          .withAliases("信用代码", "unified social credit code", "USCC");

  /** The division column. */
  public static final CsvColumn<OrganizationRecord, DivisionCode> DIVISION =
      CsvColumn.required("division", "division", "区划代码", OrganizationRecord::division,
              DivisionCode::parse, DivisionCode::toString)
          .withAliases("行政区划代码", "统计用区划代码", "division code");

  /** The grid column (optional). */
  public static final CsvColumn<OrganizationRecord, java.util.Optional<GridCode>> GRID =
      CsvColumn.optional("grid", "grid", "网格编码", OrganizationRecord::grid,
              GridCode::parse, GridCode::toString)
          .withAliases("网格代码", "网格", "grid code");

  /** The CSV layout: id, name, credit code, division, grid. */
  public static final CsvLayout<OrganizationRecord> CSV =
      CsvLayout.of(
          "organization-register",
          List.of(ID, NAME, CREDIT_CODE, DIVISION, GRID),
          v -> OrganizationRecord.of(
              v.get(ID), v.get(NAME), v.get(CREDIT_CODE), v.get(DIVISION), v.get(GRID)));

  private OrganizationRegister() {}
}
