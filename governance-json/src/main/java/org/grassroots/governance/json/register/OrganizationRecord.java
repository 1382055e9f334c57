package org.grassroots.governance.json.register;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One row of an organisation register (组织登记记录): the organisation's id, its name, its
 * unified social credit code (统一社会信用代码), the division (区划) it is registered in and,
 * optionally, the grid (网格) it sits in.
 *
 * <p>Invariants: the name is not blank, at most {@value #MAX_NAME_LENGTH} characters and has no
 * control characters (it is kept stripped); the grid, when given, lies within the division. They
 * are checked on every construction path: {@link #of}, the builder, {@code with*} copies, Java
 * deserialisation and JSON/CSV reading. Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganizationRecord r = OrganizationRecord.of(
 *     OrganizationId.of("ORG-1"), "东华社区居民委员会",
 *     UnifiedSocialCreditCode.parse("91350100M000100Y43"),
 *     DivisionCode.parse("350102001001"), Optional.empty());
 * }</pre>
 */
@Value.Immutable
public abstract class OrganizationRecord implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The longest name accepted, in characters (code points). */
  public static final int MAX_NAME_LENGTH = 200;

  OrganizationRecord() {}

  /**
   * The organisation's id in the system that keeps the register.
   *
   * @return the id
   */
  public abstract OrganizationId id();

  /**
   * The registered name (名称), stripped.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The unified social credit code.
   *
   * @return the code
   */
  public abstract UnifiedSocialCreditCode creditCode();

  /**
   * The division the organisation is registered in.
   *
   * @return the division code
   */
  public abstract DivisionCode division();

  /**
   * The grid the organisation sits in, if known.
   *
   * @return the grid, or empty
   */
  public abstract Optional<GridCode> grid();

  /**
   * A record.
   *
   * @param id the id
   * @param name the name (stripped)
   * @param creditCode the credit code
   * @param division the division
   * @param grid the grid, or empty
   * @return the record
   * @throws InvalidValueException if an invariant is broken (all violations reported)
   */
  public static OrganizationRecord of(
      OrganizationId id,
      String name,
      UnifiedSocialCreditCode creditCode,
      DivisionCode division,
      Optional<GridCode> grid) {
    return builder()
        .id(id)
        .name(name.strip())
        .creditCode(creditCode)
        .division(division)
        .grid(grid)
        .build();
  }

  /**
   * A builder; {@code build()} checks every invariant.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy in another grid.
   *
   * @param grid the grid
   * @return the copy
   * @throws InvalidValueException if the grid lies outside the division
   */
  public OrganizationRecord withGrid(GridCode grid) {
    return ImmutableOrganizationRecord.copyOf(this).withGrid(grid);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("OrganizationRecord")
        .require("id", id())
        .require("name", name())
        .require("creditCode", creditCode())
        .require("division", division());
    String name = name();
    if (name != null) {
      v.check(!name.isBlank(), "name", name, RegisterMessages.NAME_BLANK);
      v.check(
          name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH,
          "name",
          name,
          RegisterMessages.NAME_TOO_LONG);
      v.check(
          name.codePoints().noneMatch(Character::isISOControl),
          "name",
          name,
          RegisterMessages.NAME_CONTROL);
      v.check(name.isBlank() || name.equals(name.strip()), "name", name,
          RegisterMessages.NAME_NOT_STRIPPED);
    }
    DivisionCode division = division();
    Optional<GridCode> grid = grid();
    if (division != null && grid != null && grid.isPresent()) {
      GridCode g = grid.get();
      boolean within =
          division.equals(g.community()) || division.isPrefixOf(g.community());
      v.check(
          within,
          "grid",
          g,
          String.format(Locale.ROOT, RegisterMessages.GRID_OUTSIDE, g, division));
    }
    v.throwIfAny();
  }

  /** Builds a record; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableOrganizationRecord.Builder {
    Builder() {}
  }
}
