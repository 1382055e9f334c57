package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.DivisionLevel;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.OrganizationKind;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * What one version of a co-building agreement says (协议内容): the community, the form, the
 * parties, the term, the commitments, the obligations and the lists (一书三单: the pledge letter
 * and the problem, resource, demand and project lists).
 *
 * <p>Invariants: exactly one community party and at least one other, exactly one other for a
 * pairing; parties distinct; commitment ids distinct; every commitment, obligation and list entry
 * names a party; the term ends after it starts; quantities non-negative and in a unit.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * AgreementContent c = AgreementContent.builder()
 *     .community(DivisionCode.parse("420204004005"))
 *     .form(AgreementForm.PAIRING)
 *     .addParties(AgreementParty.of(core, PartyRole.COMMUNITY),
 *         AgreementParty.of(bureau, PartyRole.UNIT))
 *     .term(Term.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
 *     .addObligations(Obligation.firstSecretary(bureau))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AgreementContent implements Serializable {
  private static final long serialVersionUID = 1L;

  AgreementContent() {}

  /**
   * The community (or street) whose core signs.
   *
   * @return a community- or street-level division code
   */
  public abstract DivisionCode community();

  /**
   * The form.
   *
   * @return the form
   */
  public abstract AgreementForm form();

  /**
   * The parties: one community, one or more units or social organisations.
   *
   * @return the parties
   */
  public abstract List<AgreementParty> parties();

  /**
   * The term.
   *
   * @return the term
   */
  public abstract Term term();

  /**
   * The commitments (承诺).
   *
   * @return the commitments
   */
  public abstract List<Commitment> commitments();

  /**
   * The standing obligations (义务).
   *
   * @return the obligations
   */
  public abstract List<Obligation> obligations();

  /**
   * The entries of the problem, resource, demand and project lists.
   *
   * @return the entries
   */
  public abstract List<ListEntry> lists();

  /**
   * The pledge letter's title or text (承诺书).
   *
   * @return the pledge, or empty
   */
  public abstract Optional<String> pledge();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableAgreementContent.Builder {
    Builder() {}
  }

  /**
   * A copy with another term.
   *
   * @param term the term
   * @return the copy
   */
  public AgreementContent withTerm(Term term) {
    return ImmutableAgreementContent.copyOf(this).withTerm(term);
  }

  /**
   * A copy with these parties.
   *
   * @param parties the parties
   * @return the copy
   */
  public AgreementContent withParties(Iterable<? extends AgreementParty> parties) {
    return ImmutableAgreementContent.copyOf(this).withParties(parties);
  }

  /**
   * A copy with these commitments.
   *
   * @param commitments the commitments
   * @return the copy
   */
  public AgreementContent withCommitments(Iterable<? extends Commitment> commitments) {
    return ImmutableAgreementContent.copyOf(this).withCommitments(commitments);
  }

  /**
   * A copy with these obligations.
   *
   * @param obligations the obligations
   * @return the copy
   */
  public AgreementContent withObligations(Iterable<? extends Obligation> obligations) {
    return ImmutableAgreementContent.copyOf(this).withObligations(obligations);
  }

  /**
   * A copy with these list entries.
   *
   * @param lists the entries
   * @return the copy
   */
  public AgreementContent withLists(Iterable<? extends ListEntry> lists) {
    return ImmutableAgreementContent.copyOf(this).withLists(lists);
  }

  /**
   * A copy of another form.
   *
   * @param form the form
   * @return the copy
   */
  public AgreementContent withForm(AgreementForm form) {
    return ImmutableAgreementContent.copyOf(this).withForm(form);
  }

  /**
   * The community party.
   *
   * @return the party with role {@code COMMUNITY}
   */
  public AgreementParty communityParty() {
    return parties().stream().filter(p -> p.role() == PartyRole.COMMUNITY).findFirst()
        .orElseThrow();
  }

  /**
   * The units and social organisations.
   *
   * @return the parties other than the community
   */
  public ImmutableList<AgreementParty> counterparts() {
    return parties().stream().filter(p -> p.role() != PartyRole.COMMUNITY)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The party of an organisation.
   *
   * @param organization the organisation
   * @return its party, or empty
   */
  public Optional<AgreementParty> party(OrganizationId organization) {
    return parties().stream().filter(p -> p.organization().equals(organization)).findFirst();
  }

  /**
   * A commitment by id.
   *
   * @param id the id
   * @return the commitment, or empty
   */
  public Optional<Commitment> commitment(CommitmentId id) {
    return commitments().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The entries of one list.
   *
   * @param kind the list
   * @return its entries, in order
   */
  public ImmutableList<ListEntry> list(ListKind kind) {
    return lists().stream().filter(e -> e.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * May these parties sign for this community? Checks the content against the community's
   * structure: the structure governs the agreement's community; the community party is its core
   * (社区党组织); every other party is known to it (an element or a partner) and of a matching
   * kind (a unit for {@code UNIT}, a social organisation for {@code SOCIAL_ORGANIZATION}); a
   * party acting through a party organisation names one set up in that very unit.
   *
   * @param governance the community's structure
   * @return the problems, paths relative to this content; empty if the parties may sign
   */
  public ImmutableList<Violation> checkSignatories(CommunityGovernance governance) {
    java.util.Objects.requireNonNull(governance, "governance");
    Violations v = Violations.of("AgreementContent");
    v.check(governance.area().equals(community()), "community", community(),
        f(Messages.OTHER_AREA, governance.area()));
    for (int i = 0; i < parties().size(); i++) {
      AgreementParty p = parties().get(i);
      String path = "parties[" + i + "]";
      if (p.role() == PartyRole.COMMUNITY) {
        v.check(p.organization().equals(governance.core().id()), path + ".organization",
            p.organization(), f(Messages.NOT_THE_CORE, governance.core().id()));
        continue;
      }
      Optional<Organization> org = governance.organization(p.organization());
      if (org.isEmpty()) {
        v.check(false, path + ".organization", p.organization(),
            f(Messages.UNKNOWN_TO_STRUCTURE, governance.area()));
        continue;
      }
      OrganizationKind kind = org.get().kind();
      boolean kindOk = p.role() == PartyRole.SOCIAL_ORGANIZATION ? kind.isSocialOrganization()
          : !kind.isPartyOrganization() && !kind.isSocialOrganization();
      v.check(kindOk, path + ".role", p.role(), f(Messages.ROLE_KIND, p.role(), kind));
      if (p.through().isPresent()) {
        Optional<Organization> via = governance.organization(p.through().get());
        boolean ok = via.isPresent() && via.get().isPartyOrganization()
            && via.get().hostUnit().equals(Optional.of(p.organization()));
        v.check(ok, path + ".through", p.through().get(),
            f(Messages.THROUGH_NOT_ITS_PARTY_ORG, p.organization()));
      }
    }
    return v.list();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("AgreementContent").require("community", community())
        .require("form", form()).require("term", term());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    DivisionLevel level = community().codeLevel();
    v.check(level == DivisionLevel.VILLAGE || level == DivisionLevel.TOWNSHIP, "community",
        community(), f(Messages.COMMUNITY_LEVEL, level));
    Set<OrganizationId> parties = new HashSet<>();
    int communities = 0;
    for (int i = 0; i < parties().size(); i++) {
      AgreementParty p = parties().get(i);
      v.check(parties.add(p.organization()), "parties[" + i + "].organization", p.organization(),
          f(Messages.DUPLICATE_PARTY, p.organization()));
      if (p.role() == PartyRole.COMMUNITY) {
        communities++;
      }
    }
    int others = parties().size() - communities;
    v.check(communities == 1, "parties", communities, f(Messages.ONE_COMMUNITY, communities));
    v.check(others >= 1, "parties", others, Messages.NEEDS_COUNTERPART);
    if (form() == AgreementForm.PAIRING && others >= 1) {
      v.check(others == 1, "parties", others, f(Messages.PAIRING_TWO, others));
    }
    Set<CommitmentId> ids = new HashSet<>();
    for (int i = 0; i < commitments().size(); i++) {
      Commitment c = commitments().get(i);
      String p = "commitments[" + i + "]";
      v.check(ids.add(c.id()), p + ".id", c.id(), f(Messages.DUPLICATE_ID, c.id()));
      v.check(parties.contains(c.by()), p + ".by", c.by(), f(Messages.NOT_A_PARTY, c.by()));
    }
    for (int i = 0; i < obligations().size(); i++) {
      OrganizationId o = obligations().get(i).obligor();
      v.check(parties.contains(o), "obligations[" + i + "].obligor", o,
          f(Messages.NOT_A_PARTY, o));
    }
    for (int i = 0; i < lists().size(); i++) {
      Optional<OrganizationId> by = lists().get(i).raisedBy();
      if (by.isPresent()) {
        v.check(parties.contains(by.get()), "lists[" + i + "].raisedBy", by.get(),
            f(Messages.NOT_A_PARTY, by.get()));
      }
    }
    if (pledge().isPresent()) {
      v.check(!pledge().get().isBlank(), "pledge", pledge().get(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
