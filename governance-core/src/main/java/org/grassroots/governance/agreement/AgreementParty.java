package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A party to a co-building agreement: the organisation, its side, and the party organisation
 * through which it acts (e.g. the agency's party branch). Immutable and thread-safe.
 *
 * <pre>{@code
 * AgreementParty bureau = AgreementParty.of(OrganizationId.of("HS-AUDIT"), PartyRole.UNIT)
 *     .withThrough(OrganizationId.of("HS-AUDIT-PB"));
 * }</pre>
 */
@Value.Immutable
public abstract class AgreementParty implements Serializable {
  private static final long serialVersionUID = 1L;

  AgreementParty() {}

  /**
   * The organisation.
   *
   * @return its id
   */
  public abstract OrganizationId organization();

  /**
   * Its side.
   *
   * @return the role
   */
  public abstract PartyRole role();

  /**
   * The party organisation through which it acts.
   *
   * @return its id, or empty
   */
  public abstract Optional<OrganizationId> through();

  /**
   * A party acting in its own name.
   *
   * @param organization the organisation
   * @param role its side
   * @return the party
   */
  public static AgreementParty of(OrganizationId organization, PartyRole role) {
    return ImmutableAgreementParty.builder().organization(organization).role(role).build();
  }

  /**
   * A copy acting through the given party organisation.
   *
   * @param partyOrganization the party organisation
   * @return the copy
   */
  public AgreementParty withThrough(OrganizationId partyOrganization) {
    return ImmutableAgreementParty.copyOf(this).withThrough(partyOrganization);
  }

  @Value.Check
  void check() {
    Violations.of("AgreementParty").require("organization", organization())
        .require("role", role()).throwIfAny();
  }
}
