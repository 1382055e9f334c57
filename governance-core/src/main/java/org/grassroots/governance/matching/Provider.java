package org.grassroots.governance.matching;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Who stands behind a resource (资源提供方): an organisation (unit, social organisation,
 * volunteer team, department) or a person (party member, volunteer).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Provider.organisation(ProviderKind.RESIDENT_UNIT, OrganizationId.of("U-7"));
 * Provider.person(ProviderKind.PARTY_MEMBER, PersonId.of("P-12"));
 * }</pre>
 */
@Value.Immutable
public abstract class Provider implements Serializable {
  private static final long serialVersionUID = 1L;

  Provider() {}

  /** What kind of provider. */
  public abstract ProviderKind kind();

  /** The providing organisation, if an organisation provides. */
  public abstract Optional<OrganizationId> organisation();

  /** The providing person, if a person provides. */
  public abstract Optional<PersonId> person();

  /**
   * An organisation as provider.
   *
   * @param kind the kind
   * @param id the organisation
   * @return the provider
   */
  public static Provider organisation(ProviderKind kind, OrganizationId id) {
    return ImmutableProvider.builder().kind(kind).organisation(id).build();
  }

  /**
   * A person as provider.
   *
   * @param kind the kind
   * @param id the person
   * @return the provider
   */
  public static Provider person(ProviderKind kind, PersonId id) {
    return ImmutableProvider.builder().kind(kind).person(id).build();
  }

  @Value.Check
  void check() {
    Violations.of("Provider")
        .require("kind", kind())
        .check(
            organisation().isPresent() != person().isPresent(),
            "organisation",
            organisation(),
            Messages.PROVIDER_ONE_OF)
        .throwIfAny();
  }
}
