package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * An in-service party member reporting to the community where they live (在职党员到居住地社区报到):
 * who, from which unit, where they live (inside the community), the day, whether they showed
 * their identity (亮身份) and the skills they declare. Immutable and thread-safe.
 *
 * <pre>{@code
 * MemberReport r = MemberReport.builder()
 *     .person(PersonId.of("P-101")).unit(bureau)
 *     .residence(NodeCode.parse("4202040040050002"))
 *     .community(DivisionCode.parse("420204004005"))
 *     .date(LocalDate.of(2021, 1, 15)).identityShown(true)
 *     .addSkills("财务审计", "法律咨询")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class MemberReport implements Serializable {
  private static final long serialVersionUID = 1L;

  MemberReport() {}

  /**
   * The party member.
   *
   * @return the person
   */
  public abstract PersonId person();

  /**
   * The unit they work in.
   *
   * @return the unit's id
   */
  public abstract OrganizationId unit();

  /**
   * Where they live (a building, grid or the community itself).
   *
   * @return the node
   */
  public abstract NodeCode residence();

  /**
   * The community reported to: the one they live in.
   *
   * @return the community's code
   */
  public abstract DivisionCode community();

  /**
   * The day of reporting.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Whether they showed their identity as party members (亮身份).
   *
   * @return {@code true} if shown
   */
  @Value.Default
  public boolean identityShown() {
    return false;
  }

  /**
   * The skills they declare (技能特长), as free labels.
   *
   * @return the skills
   */
  public abstract Set<String> skills();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableMemberReport.Builder {
    Builder() {}
  }

  /**
   * A copy with these skills.
   *
   * @param skills the skills
   * @return the copy
   */
  public MemberReport withSkills(Iterable<String> skills) {
    return ImmutableMemberReport.copyOf(this).withSkills(skills);
  }

  /**
   * A copy living elsewhere.
   *
   * @param residence the node
   * @return the copy
   */
  public MemberReport withResidence(NodeCode residence) {
    return ImmutableMemberReport.copyOf(this).withResidence(residence);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("MemberReport").require("person", person())
        .require("unit", unit()).require("residence", residence())
        .require("community", community()).require("date", date());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(community().codeLevel() == DivisionLevel.VILLAGE, "community", community(),
        f(Messages.COMMUNITY_LEVEL, community().codeLevel()));
    DivisionCode where = DivisionCode.parse(residence().toString().substring(0, 12));
    v.check(where.equals(community()) || community().isPrefixOf(where), "residence",
        residence(), f(Messages.OUTSIDE_COMMUNITY, community()));
    for (String s : skills()) {
      v.check(!s.isBlank(), "skills", s, Messages.BLANK);
    }
    v.throwIfAny();
  }
}
