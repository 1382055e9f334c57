package org.grassroots.governance.json.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.agreement.Cadence;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.CommitmentKind;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.agreement.ListKind;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.json.csv.CsvCells;
import org.grassroots.governance.json.csv.CsvColumn;
import org.grassroots.governance.json.csv.CsvLayout;
import org.grassroots.governance.json.csv.CsvTerms;
import org.grassroots.governance.json.csv.CsvValues;

/**
 * The CSV layouts of a co-building agreement's lists (共建清单表格): the problem list (问题清单,
 * entries {@link ListEntry} of kind {@link ListKind#PROBLEM}) and the commitments (承诺事项,
 * {@link Commitment}). Every row is made through the public builders and factories, so every
 * invariant is checked; a bad row is reported with its row number and column. Enum cells take
 * the constant's name in any case or the Chinese term, from one table per enum
 * ({@link #KIND_TERMS}, {@link #CADENCE_TERMS}); they are written as Chinese terms when the
 * write's terms are Chinese (by default with Chinese headers), else as names. Neither list holds
 * personal data.
 *
 * <table>
 *   <caption>Problem list ({@link #PROBLEMS})</caption>
 *   <tr><th>key</th><th>English</th><th>Chinese</th><th>cell</th></tr>
 *   <tr><td>title</td><td>title</td><td>问题描述</td><td>required</td></tr>
 *   <tr><td>raisedBy</td><td>raised by</td><td>提出方</td><td>optional organisation id</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Commitments ({@link #COMMITMENTS})</caption>
 *   <tr><th>key</th><th>English</th><th>Chinese</th><th>cell</th></tr>
 *   <tr><td>id</td><td>id</td><td>承诺编号</td><td>required</td></tr>
 *   <tr><td>kind</td><td>kind</td><td>承诺类型</td><td>required; 志愿服务时长 资金 阵地 场地 设备物资 专业服务 活动</td></tr>
 *   <tr><td>by</td><td>by</td><td>承诺单位</td><td>required organisation id</td></tr>
 *   <tr><td>amount</td><td>amount</td><td>数量</td><td>required plain decimal, not negative</td></tr>
 *   <tr><td>unit</td><td>unit</td><td>单位</td><td>required unit symbol (h, CNY, times, d, items, person-times, m2, …)</td></tr>
 *   <tr><td>cadence</td><td>cadence</td><td>频次</td><td>required; 一次 每月 每季度 每年 协议期内</td></tr>
 *   <tr><td>description</td><td>description</td><td>说明</td><td>optional</td></tr>
 * </table>
 *
 * <pre>{@code
 * CsvReadResult<Commitment> r = AgreementCsv.COMMITMENTS.read(in, CsvReadOptions.strict());
 * AgreementCsv.PROBLEMS.write(out, problems, CsvWriteOptions.defaults());
 * }</pre>
 */
public final class AgreementCsv {
  /** Commitment kinds (承诺类型): 志愿服务时长 (志愿服务 read too) 资金 阵地 (场地 read too) 设备物资 专业服务 活动. */
  public static final CsvTerms<CommitmentKind> KIND_TERMS =
      CsvTerms.builder(CommitmentKind.class)
          .term(CommitmentKind.VOLUNTEER_HOURS, "志愿服务时长", "志愿服务")
          .term(CommitmentKind.FUNDS, "资金")
          .term(CommitmentKind.VENUE, "阵地", "场地")
          .term(CommitmentKind.EQUIPMENT, "设备物资")
          .term(CommitmentKind.EXPERTISE, "专业服务")
          .term(CommitmentKind.ACTIVITY, "活动")
          .build();

  /** Cadences (频次): 一次 每月 每季度 每年 协议期内. */
  public static final CsvTerms<Cadence> CADENCE_TERMS =
      CsvTerms.builder(Cadence.class)
          .term(Cadence.ONCE, "一次")
          .term(Cadence.MONTHLY, "每月")
          .term(Cadence.QUARTERLY, "每季度")
          .term(Cadence.YEARLY, "每年")
          .term(Cadence.WHOLE_TERM, "协议期内")
          .build();

  // ------------------------------------------------------------------ problem list

  /** What the problem is. */
  public static final CsvColumn<ListEntry, String> PROBLEM_TITLE =
      CsvColumn.required("title", "title", "问题描述", AgreementCsv::problemTitle, s -> s, s -> s)
          .withAliases("问题", "problem");

  /** The party that raised the problem. */
  public static final CsvColumn<ListEntry, Optional<OrganizationId>> PROBLEM_RAISED_BY =
      CsvColumn.optional("raisedBy", "raised by", "提出方", ListEntry::raisedBy,
              OrganizationId::parse, OrganizationId::value)
          .withAliases("提出单位", "反映人");

  /**
   * The problem list (问题清单), kind {@code problem-list}: entries of kind {@code PROBLEM}.
   * Writing an entry of another kind throws {@link IllegalArgumentException}.
   */
  public static final CsvLayout<ListEntry> PROBLEMS =
      CsvLayout.of("problem-list", List.of(PROBLEM_TITLE, PROBLEM_RAISED_BY),
          v -> {
            ListEntry.Builder b = ListEntry.builder().kind(ListKind.PROBLEM).title(v.get(PROBLEM_TITLE));
            v.get(PROBLEM_RAISED_BY).ifPresent(b::raisedBy);
            return b.build();
          });

  // ------------------------------------------------------------------ commitments

  /** The commitment's id. */
  public static final CsvColumn<Commitment, CommitmentId> COMMITMENT_ID =
      CsvColumn.required("id", "id", "承诺编号", Commitment::id, CommitmentId::parse,
              CommitmentId::value)
          .withAliases("编号", "commitment id");

  /** What is committed. */
  public static final CsvColumn<Commitment, CommitmentKind> COMMITMENT_KIND =
      CsvColumn.required("kind", "kind", "承诺类型", Commitment::kind, KIND_TERMS)
          .withAliases("类型");

  /** The committing party. */
  public static final CsvColumn<Commitment, OrganizationId> COMMITMENT_BY =
      CsvColumn.required("by", "by", "承诺单位", Commitment::by, OrganizationId::parse,
              OrganizationId::value)
          .withAliases("承诺方", "committed by");

  /** The amount committed over the term. */
  public static final CsvColumn<Commitment, BigDecimal> COMMITMENT_AMOUNT =
      CsvColumn.required("amount", "amount", "数量", (Commitment c) -> c.quantity().amount(), CsvCells::decimal,
              BigDecimal::toPlainString)
          .withAliases("承诺数量", "quantity");

  /** The unit of the amount. */
  public static final CsvColumn<Commitment, MeasureUnit> COMMITMENT_UNIT =
      CsvColumn.required("unit", "unit", "单位", (Commitment c) -> c.quantity().unit(), MeasureUnit::of,
              MeasureUnit::symbol)
          .withAliases("计量单位");

  /** The rhythm. */
  public static final CsvColumn<Commitment, Cadence> COMMITMENT_CADENCE =
      CsvColumn.required("cadence", "cadence", "频次", Commitment::cadence, CADENCE_TERMS)
          .withAliases("节奏");

  /** A description. */
  public static final CsvColumn<Commitment, Optional<String>> COMMITMENT_DESCRIPTION =
      CsvColumn.optional("description", "description", "说明", Commitment::description,
              s -> s, s -> s)
          .withAliases("描述", "备注");

  /** The commitments (承诺事项), kind {@code commitment-list}. */
  public static final CsvLayout<Commitment> COMMITMENTS =
      CsvLayout.of(
          "commitment-list",
          List.of(COMMITMENT_ID, COMMITMENT_KIND, COMMITMENT_BY, COMMITMENT_AMOUNT,
              COMMITMENT_UNIT, COMMITMENT_CADENCE, COMMITMENT_DESCRIPTION),
          AgreementCsv::commitment);

  private AgreementCsv() {}

  private static String problemTitle(ListEntry e) {
    if (e.kind() != ListKind.PROBLEM) {
      throw new IllegalArgumentException(
          "the problem list holds PROBLEM entries only, found a " + e.kind() + " entry");
    }
    return e.title();
  }

  private static Commitment commitment(CsvValues v) {
    Commitment.Builder b = Commitment.builder()
        .id(v.get(COMMITMENT_ID))
        .kind(v.get(COMMITMENT_KIND))
        .by(v.get(COMMITMENT_BY))
        .quantity(quantity(v.get(COMMITMENT_AMOUNT), v.get(COMMITMENT_UNIT)))
        .cadence(v.get(COMMITMENT_CADENCE));
    v.get(COMMITMENT_DESCRIPTION).ifPresent(b::description);
    return b.build();
  }

  /** A quantity; its violations (a negative amount) are reported at the amount column. */
  private static Quantity quantity(BigDecimal amount, MeasureUnit unit) {
    return Quantity.of(amount, unit);
  }
}
