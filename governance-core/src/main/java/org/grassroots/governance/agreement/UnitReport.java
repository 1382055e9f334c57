package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.time.LocalDate;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A unit reporting to its paired community (单位到社区报到), under a co-building agreement; the
 * {@link DualReporting} register checks that the unit is a party to that agreement and that the
 * community is the agreement's. Immutable and thread-safe.
 *
 * <pre>{@code
 * UnitReport r = UnitReport.of(bureau, AgreementId.of("HS-2021-07"),
 *     DivisionCode.parse("420204004005"), LocalDate.of(2021, 1, 8));
 * }</pre>
 */
@Value.Immutable
public abstract class UnitReport implements Serializable {
  private static final long serialVersionUID = 1L;

  UnitReport() {}

  /**
   * The reporting unit.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract OrganizationId unit();

  /**
   * The agreement under which it reports.
   *
   * @return the agreement's id
   */
  @Value.Parameter
  public abstract AgreementId agreement();

  /**
   * The community reported to.
   *
   * @return the community's code
   */
  @Value.Parameter
  public abstract DivisionCode community();

  /**
   * The day of reporting.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * A report.
   *
   * @param unit the unit
   * @param agreement the agreement
   * @param community the community
   * @param date the day
   * @return the report
   */
  public static UnitReport of(OrganizationId unit, AgreementId agreement, DivisionCode community,
      LocalDate date) {
    return ImmutableUnitReport.of(unit, agreement, community, date);
  }

  @Value.Check
  void check() {
    Violations.of("UnitReport").require("unit", unit()).require("agreement", agreement())
        .require("community", community()).require("date", date()).throwIfAny();
  }
}
