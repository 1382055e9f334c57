package org.grassroots.governance.examples.matching;

import java.io.PrintStream;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.*;

/**
 * Demand-resource matching in a page (供需对接): four demands of one community, two providers,
 * solved exactly, stably and greedily, with the reasons for what stays unmatched.
 */
public final class MatchingExample {
  private MatchingExample() {}

  private static Demand demand(String id, ServiceCategory c, int q, QuantityUnit u, String at, Urgency urgency) {
    return Demand.builder().id(DemandId.of(id)).category(c).quantity(q).unit(u)
        .location(NodeCode.parse(at)).urgency(urgency).build();
  }

  /** Prints the demonstration to {@code out}. */
  public static void run(PrintStream out) {
    String building = "11010100100100010001";
    List<Demand> demands = List.of(
        demand("D1", ServiceCategory.ELDER_CARE, 3, QuantityUnit.HOUR, building, Urgency.URGENT),
        demand("D2", ServiceCategory.ELDER_CARE, 2, QuantityUnit.HOUR, "11010100100100020003", Urgency.ROUTINE),
        demand("D3", ServiceCategory.LEGAL_AID, 1, QuantityUnit.CASE, building, Urgency.PRESSING),
        demand("D4", ServiceCategory.MEDICAL, 1, QuantityUnit.VISIT, building, Urgency.ROUTINE));
    List<Resource> resources = List.of(
        Resource.builder().id(ResourceId.of("PM-1"))
            .provider(Provider.person(ProviderKind.PARTY_MEMBER, PersonId.of("P-1")))
            .addCategories(ServiceCategory.ELDER_CARE).capacity(4)
            .location(NodeCode.parse("11010100100100010002"))
            .serviceArea(ServiceArea.within(MeetingLevel.COMMUNITY)).build(),
        Resource.builder().id(ResourceId.of("SO-1"))
            .provider(Provider.organisation(ProviderKind.SOCIAL_ORGANISATION, OrganizationId.of("SO-1")))
            .addCategories(ServiceCategory.LEGAL_AID, ServiceCategory.ELDER_CARE).capacity(1)
            .location(NodeCode.parse("110101001000"))
            .serviceArea(ServiceArea.within(MeetingLevel.STREET)).build());
    MatchingProblem problem = MatchingProblem.of(demands, resources, MatchingPolicy.defaults());
    for (MatchingAlgorithm a : List.of(ExactMatching.create(), DeferredAcceptance.demandProposing(),
        GreedyMatching.firstComeFirstServed())) {
      MatchingAlgorithm.Result r = a.solve(problem);
      out.println(a.name() + ": coverage " + Math.round(100 * r.metrics().coverage()) + "%, weighted "
          + Math.round(100 * r.metrics().priorityWeightedCoverage()) + "%, cost " + r.metrics().totalCost()
          + ", blocking pairs " + r.metrics().blockingPairs());
      for (Allocation x : r.allocations()) {
        out.println("  " + x.demand() + " <- " + x.resource() + " x" + x.quantity() + " at " + x.level());
      }
      for (Unmatched u : r.unmatched()) {
        out.println("  " + u.demand() + " unmatched x" + u.quantity() + ": " + u.reason());
      }
    }
  }

  /**
   * Runs the demonstration on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
