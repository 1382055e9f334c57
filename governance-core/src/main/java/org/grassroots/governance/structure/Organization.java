package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * An organisation taking part in community governance (治理主体): a party organisation, the
 * residents' committee, a service station, a social organisation, a resident unit, an owners'
 * committee, a property company or a volunteer team, placed in the grid hierarchy by its seat.
 *
 * <p>A party organisation may name the unit it is set up in ({@link #hostUnit()}, 依托单位),
 * e.g. the party branch of a municipal agency. Immutable and thread-safe.
 *
 * <pre>{@code
 * Organization bureau = Organization.builder()
 *     .id(OrganizationId.of("HS-AUDIT"))
 *     .name("黄石市审计局")
 *     .kind(OrganizationKind.AGENCY)
 *     .seat(NodeCode.parse("420202000000"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organization implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  Organization() {}

  /**
   * The organisation's id.
   *
   * @return the id
   */
  public abstract OrganizationId id();

  /**
   * The organisation's name, e.g. {@code 陈伯臻社区党委}.
   *
   * @return the non-blank name
   */
  public abstract String name();

  /**
   * What kind of organisation this is.
   *
   * @return the kind
   */
  public abstract OrganizationKind kind();

  /**
   * The unified social credit code (统一社会信用代码), where the organisation has one.
   *
   * @return the code, or empty
   */
  public abstract Optional<UnifiedSocialCreditCode> creditCode();

  /**
   * Where the organisation sits in the hierarchy (a division, grid or building).
   *
   * @return the seat
   */
  public abstract NodeCode seat();

  /**
   * For a party organisation: the unit it is set up in (依托单位), e.g. an agency or enterprise.
   *
   * @return the host unit's id, or empty
   */
  public abstract Optional<OrganizationId> hostUnit();

  /**
   * Whether this is a party organisation.
   *
   * @return {@code kind().isPartyOrganization()}
   */
  public boolean isPartyOrganization() {
    return kind().isPartyOrganization();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An organisation without credit code or host unit.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param seat where it sits
   * @return the organisation
   * @throws org.grassroots.governance.validation.InvalidValueException if the name is blank
   */
  public static Organization of(
      OrganizationId id, String name, OrganizationKind kind, NodeCode seat) {
    return builder().id(id).name(name).kind(kind).seat(seat).build();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  /**
   * A copy with another name.
   *
   * @param name the new name
   * @return the copy
   */
  public Organization withName(String name) {
    return ImmutableOrganization.copyOf(this).withName(name);
  }

  /**
   * A copy with another kind.
   *
   * @param kind the new kind
   * @return the copy
   */
  public Organization withKind(OrganizationKind kind) {
    return ImmutableOrganization.copyOf(this).withKind(kind);
  }

  /**
   * A copy with another seat.
   *
   * @param seat the new seat
   * @return the copy
   */
  public Organization withSeat(NodeCode seat) {
    return ImmutableOrganization.copyOf(this).withSeat(seat);
  }

  /**
   * A copy with a credit code.
   *
   * @param code the code
   * @return the copy
   */
  public Organization withCreditCode(UnifiedSocialCreditCode code) {
    return ImmutableOrganization.copyOf(this).withCreditCode(code);
  }

  /**
   * A copy with a host unit.
   *
   * @param unit the host unit
   * @return the copy
   */
  public Organization withHostUnit(OrganizationId unit) {
    return ImmutableOrganization.copyOf(this).withHostUnit(unit);
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("Organization")
            .require("id", id())
            .require("name", name())
            .require("kind", kind())
            .require("seat", seat());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!name().isBlank(), "name", name(), Messages.BLANK)
        .check(
            name().length() <= MAX_NAME_LENGTH,
            "name",
            name(),
            f(Messages.TOO_LONG, MAX_NAME_LENGTH, name().length()));
    if (hostUnit().isPresent()) {
      v.check(
              kind().isPartyOrganization(),
              "hostUnit",
              hostUnit().get(),
              f(Messages.HOST_UNIT_NOT_PARTY, kind()))
          .check(!hostUnit().get().equals(id()), "hostUnit", hostUnit().get(), Messages.HOST_UNIT_SELF);
    }
    v.throwIfAny();
  }
}
