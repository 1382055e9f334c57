package org.grassroots.governance.agreement;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.agreement.Messages.f;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.grassroots.governance.id.AgreementId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The dual-reporting register (双报到台账): units reporting to their paired community under a
 * co-building agreement, in-service party members reporting to the community where they live,
 * their post claims and service hours; summarised per unit and per member for evaluation.
 *
 * <p>Invariants, reported all at once with their paths: a unit report names a known agreement
 * in force (signed or active) on its day, the unit is a unit or social-organisation party of it,
 * and the community is the agreement's; a unit reports under an agreement once; a member
 * reports to a community once, and lives in it; a post claim or service record comes from a
 * member who reported to that community on or before its day. Immutable and thread-safe.
 *
 * <pre>{@code
 * DualReporting r = DualReporting.builder()
 *     .addAgreements(agreement)
 *     .addUnitReports(UnitReport.of(bureau, agreement.id(), community, day))
 *     .addMemberReports(report)
 *     .addServices(ServiceRecord.of(person, community, day, BigDecimal.valueOf(2)))
 *     .build();
 * r.unitSummaries(from, to);
 * }</pre>
 */
@Value.Immutable
public abstract class DualReporting implements Serializable {
  private static final long serialVersionUID = 1L;

  DualReporting() {}

  /**
   * The agreements the unit reports are made under.
   *
   * @return the agreements
   */
  public abstract List<CoBuildingAgreement> agreements();

  /**
   * Units' reports to their paired community (单位报到).
   *
   * @return the reports
   */
  public abstract List<UnitReport> unitReports();

  /**
   * Members' reports to their residence community (个人报到).
   *
   * @return the reports
   */
  public abstract List<MemberReport> memberReports();

  /**
   * Post claims (认领岗位).
   *
   * @return the claims
   */
  public abstract List<PostClaim> claims();

  /**
   * Service records (服务时长).
   *
   * @return the records
   */
  public abstract List<ServiceRecord> services();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An empty register over the given agreements.
   *
   * @param agreements the agreements
   * @return the register
   */
  public static DualReporting of(List<CoBuildingAgreement> agreements) {
    return builder().addAllAgreements(agreements).build();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableDualReporting.Builder {
    Builder() {}
  }

  /**
   * Records a unit's report.
   *
   * @param report the report
   * @return the register with it
   * @throws org.grassroots.governance.validation.InvalidValueException if the unit is not paired
   *     with that community under that agreement
   */
  public DualReporting withUnitReport(UnitReport report) {
    return builder().from(this).addUnitReports(report).build();
  }

  /**
   * Records a member's report.
   *
   * @param report the report
   * @return the register with it
   */
  public DualReporting withMemberReport(MemberReport report) {
    return builder().from(this).addMemberReports(report).build();
  }

  /**
   * Records a post claim.
   *
   * @param claim the claim
   * @return the register with it
   */
  public DualReporting withClaim(PostClaim claim) {
    return builder().from(this).addClaims(claim).build();
  }

  /**
   * Records service hours.
   *
   * @param service the record
   * @return the register with it
   */
  public DualReporting withService(ServiceRecord service) {
    return builder().from(this).addServices(service).build();
  }

  /**
   * A copy over more agreements (e.g. a new state of one: the one with the same id is replaced).
   *
   * @param agreement the agreement
   * @return the copy
   */
  public DualReporting withAgreement(CoBuildingAgreement agreement) {
    requireNonNull(agreement, "agreement");
    Builder b = builder().from(this);
    b.agreements(agreements().stream().filter(a -> !a.id().equals(agreement.id()))
        .collect(ImmutableList.toImmutableList()));
    return b.addAgreements(agreement).build();
  }

  /**
   * Per member: reports, claims, services and hours in {@code from..to} (inclusive), for members
   * who reported by {@code to}.
   *
   * @param from the first day
   * @param to the last day
   * @return one summary per member report, by person then community
   */
  public ImmutableList<MemberSummary> memberSummaries(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    ImmutableList.Builder<MemberSummary> out = ImmutableList.builder();
    memberReports().stream().filter(r -> !r.date().isAfter(to))
        .sorted((a, b) -> a.person().compareTo(b.person()) != 0
            ? a.person().compareTo(b.person()) : a.community().compareTo(b.community()))
        .forEachOrdered(r -> {
          int claims = (int) claims().stream().filter(c -> c.person().equals(r.person())
              && c.community().equals(r.community()) && in(c.date(), from, to)).count();
          BigDecimal hours = BigDecimal.ZERO;
          int services = 0;
          for (ServiceRecord s : services()) {
            if (s.person().equals(r.person()) && s.community().equals(r.community())
                && in(s.date(), from, to)) {
              services++;
              hours = hours.add(s.hours());
            }
          }
          out.add(MemberSummary.of(r.person(), r.community(), r.unit(), r.identityShown(),
              r.skills(), claims, services, hours));
        });
    return out.build();
  }

  /**
   * Per unit (every unit that reported or has members who reported, by {@code to}): the
   * communities it reported to and its members' activity in {@code from..to}.
   *
   * @param from the first day
   * @param to the last day
   * @return one summary per unit, in id order
   */
  public ImmutableList<UnitSummary> unitSummaries(LocalDate from, LocalDate to) {
    Map<OrganizationId, Set<DivisionCode>> reportedTo = new TreeMap<>();
    for (UnitReport r : unitReports()) {
      if (!r.date().isAfter(to)) {
        reportedTo.computeIfAbsent(r.unit(), u -> new TreeSet<>()).add(r.community());
      }
    }
    Map<OrganizationId, List<MemberSummary>> byUnit = new TreeMap<>();
    for (MemberSummary s : memberSummaries(from, to)) {
      byUnit.computeIfAbsent(s.unit(), u -> new java.util.ArrayList<>()).add(s);
      reportedTo.computeIfAbsent(s.unit(), u -> new TreeSet<>());
    }
    ImmutableList.Builder<UnitSummary> out = ImmutableList.builder();
    for (Map.Entry<OrganizationId, Set<DivisionCode>> e : reportedTo.entrySet()) {
      List<MemberSummary> ms = byUnit.getOrDefault(e.getKey(), List.of());
      Set<PersonId> members = new LinkedHashSet<>();
      Set<PersonId> serving = new LinkedHashSet<>();
      BigDecimal hours = BigDecimal.ZERO;
      int claims = 0;
      for (MemberSummary m : ms) {
        members.add(m.person());
        if (m.services() > 0) {
          serving.add(m.person());
        }
        hours = hours.add(m.hours());
        claims += m.postsClaimed();
      }
      out.add(UnitSummary.of(e.getKey(), e.getValue(), members.size(), serving.size(), hours,
          claims));
    }
    return out.build();
  }

  private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("DualReporting");
    Map<AgreementId, CoBuildingAgreement> byId = new HashMap<>();
    for (int i = 0; i < agreements().size(); i++) {
      CoBuildingAgreement a = agreements().get(i);
      v.check(byId.putIfAbsent(a.id(), a) == null, "agreements[" + i + "].id", a.id(),
          f(Messages.DUPLICATE_ID, a.id()));
    }
    Set<String> unitKeys = new HashSet<>();
    for (int i = 0; i < unitReports().size(); i++) {
      UnitReport r = unitReports().get(i);
      String p = "unitReports[" + i + "]";
      v.check(unitKeys.add(r.unit() + "\u0000" + r.agreement()), p, r.unit(),
          f(Messages.DUPLICATE_UNIT_REPORT, r.unit(), r.agreement()));
      CoBuildingAgreement a = byId.get(r.agreement());
      if (a == null) {
        v.check(false, p + ".agreement", r.agreement(), f(Messages.UNKNOWN_AGREEMENT, r.agreement()));
        continue;
      }
      Optional<AgreementVersion> ver = a.asOf(r.date());
      if (ver.isEmpty() || !ver.get().status().isInForce()) {
        v.check(false, p + ".date", r.date(), f(Messages.REPORT_NOT_IN_FORCE,
            ver.map(x -> x.status().toString()).orElse("not yet drafted"), r.date()));
        continue;
      }
      AgreementContent c = ver.get().content();
      boolean counterpart = c.party(r.unit()).map(x -> x.role() != PartyRole.COMMUNITY)
          .orElse(false);
      v.check(counterpart, p + ".unit", r.unit(),
          f(Messages.UNIT_NOT_COUNTERPART, r.unit(), r.agreement()));
      v.check(c.community().equals(r.community()), p + ".community", r.community(),
          f(Messages.WRONG_COMMUNITY, c.community(), r.agreement()));
    }
    Map<String, LocalDate> reported = new HashMap<>();
    for (int i = 0; i < memberReports().size(); i++) {
      MemberReport r = memberReports().get(i);
      String key = r.person() + "\u0000" + r.community();
      v.check(reported.putIfAbsent(key, r.date()) == null, "memberReports[" + i + "]",
          r.person(), f(Messages.DUPLICATE_REPORT, r.person(), r.community()));
    }
    for (int i = 0; i < claims().size(); i++) {
      PostClaim c = claims().get(i);
      LocalDate since = reported.get(c.person() + "\u0000" + c.community());
      v.check(since != null && !since.isAfter(c.date()), "claims[" + i + "].person", c.person(),
          f(Messages.NOT_REPORTED, c.person(), c.community(), c.date()));
    }
    for (int i = 0; i < services().size(); i++) {
      ServiceRecord s = services().get(i);
      LocalDate since = reported.get(s.person() + "\u0000" + s.community());
      v.check(since != null && !since.isAfter(s.date()), "services[" + i + "].person",
          s.person(), f(Messages.NOT_REPORTED, s.person(), s.community(), s.date()));
    }
    v.throwIfAny();
  }
}
