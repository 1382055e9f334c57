package org.grassroots.governance.matching;

import static org.grassroots.governance.matching.Messages.f;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One matching problem (供需对接问题): the demands, the resources, the policy and the locality
 * model. Which resource may serve which demand (eligibility: category, skills, service area,
 * time window, farthest level) and at what unit cost follows from these; it is computed once, on
 * first use, into a compact candidate graph that every algorithm shares.
 *
 * <p>Immutable and thread-safe. Demand order is arrival order (first come first served uses it).
 *
 * <pre>{@code
 * MatchingProblem p = MatchingProblem.of(demands, resources, MatchingPolicy.defaults());
 * p.candidatePairs(); // how many eligible (demand, resource) pairs
 * }</pre>
 */
@Value.Immutable
public abstract class MatchingProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  MatchingProblem() {}

  /** The demands, in arrival order. */
  public abstract List<Demand> demands();

  /** The resources. */
  public abstract List<Resource> resources();

  /** The policy. */
  @Value.Default
  public MatchingPolicy policy() {
    return MatchingPolicy.defaults();
  }

  /** Where nodes meet; {@link LocalityModel#byCodePrefix()} unless set. */
  @Value.Default
  public LocalityModel locality() {
    return LocalityModel.byCodePrefix();
  }

  /**
   * A problem with the code-prefix locality.
   *
   * @param demands the demands
   * @param resources the resources
   * @param policy the policy
   * @return the problem
   * @throws org.grassroots.governance.validation.InvalidValueException on duplicate ids
   */
  public static MatchingProblem of(
      Iterable<? extends Demand> demands,
      Iterable<? extends Resource> resources,
      MatchingPolicy policy) {
    return builder().addAllDemands(demands).addAllResources(resources).policy(policy).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of eligible (demand, resource) pairs.
   *
   * @return the pair count
   */
  public long candidatePairs() {
    return compiled().edgeCount();
  }

  /**
   * The candidate graph: which resource may serve which demand, at what unit cost.
   *
   * @return a read-only view, computed once
   */
  public CandidateGraph candidates() {
    return new CandidateGraph(compiled());
  }

  /**
   * A copy with other demands (the resources, policy and locality kept).
   *
   * @param demands the demands
   * @return the copy
   */
  public MatchingProblem withDemands(Iterable<? extends Demand> demands) {
    return ImmutableMatchingProblem.copyOf(this).withDemands(demands);
  }

  /**
   * A copy with other resources.
   *
   * @param resources the resources
   * @return the copy
   */
  public MatchingProblem withResources(Iterable<? extends Resource> resources) {
    return ImmutableMatchingProblem.copyOf(this).withResources(resources);
  }

  /**
   * A copy with another policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public MatchingProblem withPolicy(MatchingPolicy policy) {
    return ImmutableMatchingProblem.copyOf(this).withPolicy(policy);
  }

  /** The candidate graph, computed once. */
  @Value.Lazy
  CompiledProblem compiled() {
    return CompiledProblem.compile(this);
  }

  /** Builds a {@link MatchingProblem}. */
  public static final class Builder extends ImmutableMatchingProblem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("MatchingProblem");
    Set<DemandId> ds = new HashSet<>();
    for (int i = 0; i < demands().size(); i++) {
      DemandId id = demands().get(i).id();
      v.check(ds.add(id), "demands[" + i + "].id", id, f(Messages.DUPLICATE_ID, id));
    }
    Set<ResourceId> rs = new HashSet<>();
    for (int i = 0; i < resources().size(); i++) {
      ResourceId id = resources().get(i).id();
      v.check(rs.add(id), "resources[" + i + "].id", id, f(Messages.DUPLICATE_ID, id));
    }
    v.throwIfAny();
  }
}
