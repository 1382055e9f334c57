package org.grassroots.governance.structure;

import static org.grassroots.governance.structure.Messages.f;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A community's responsibility list (主体责任清单): its duties, each with one lead subject. Answers
 * "what does subject X lead" and "who leads duty Y". Immutable and thread-safe; queries are
 * linear in the number of duties.
 *
 * <pre>{@code
 * ResponsibilityList list = ResponsibilityList.of(List.of(duty1, duty2));
 * list.ledBy(station);           // the duties the station leads
 * list.leadOf(DutyId.of("D-1")); // Optional[station]
 * }</pre>
 */
@Value.Immutable
public abstract class ResponsibilityList implements Serializable {
  private static final long serialVersionUID = 1L;

  ResponsibilityList() {}

  /**
   * The duties, ids distinct.
   *
   * @return the duties
   */
  @Value.Parameter
  public abstract List<Duty> duties();

  /**
   * A list of duties.
   *
   * @param duties the duties
   * @return the list
   * @throws org.grassroots.governance.validation.InvalidValueException if two duties share an id
   */
  public static ResponsibilityList of(List<Duty> duties) {
    return ImmutableResponsibilityList.of(duties);
  }

  /**
   * The empty list.
   *
   * @return a list without duties
   */
  public static ResponsibilityList empty() {
    return of(List.of());
  }

  /**
   * A copy with one more duty.
   *
   * @param duty the duty
   * @return the copy
   */
  public ResponsibilityList withDuty(Duty duty) {
    return ImmutableResponsibilityList.builder().from(this).addDuties(duty).build();
  }

  /**
   * A copy with these duties.
   *
   * @param duties the duties
   * @return the copy
   */
  public ResponsibilityList withDuties(List<Duty> duties) {
    return ImmutableResponsibilityList.of(duties);
  }

  /**
   * The duties the organisation leads.
   *
   * @param organization the organisation
   * @return the duties, in list order
   */
  public ImmutableList<Duty> ledBy(OrganizationId organization) {
    return duties().stream().filter(d -> d.lead().equals(organization))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The duties the organisation cooperates in.
   *
   * @param organization the organisation
   * @return the duties, in list order
   */
  public ImmutableList<Duty> cooperatingIn(OrganizationId organization) {
    return duties().stream().filter(d -> d.cooperating().contains(organization))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Who leads the duty.
   *
   * @param duty the duty's id
   * @return the lead subject, or empty if there is no such duty
   */
  public Optional<OrganizationId> leadOf(DutyId duty) {
    return find(duty).map(Duty::lead);
  }

  /**
   * The duty with this id.
   *
   * @param duty the id
   * @return the duty, or empty
   */
  public Optional<Duty> find(DutyId duty) {
    return duties().stream().filter(d -> d.id().equals(duty)).findFirst();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ResponsibilityList");
    Set<DutyId> seen = new HashSet<>();
    for (int i = 0; i < duties().size(); i++) {
      DutyId id = duties().get(i).id();
      v.check(seen.add(id), "duties[" + i + "].id", id, f(Messages.DUPLICATE_ID, id));
    }
    v.throwIfAny();
  }
}
