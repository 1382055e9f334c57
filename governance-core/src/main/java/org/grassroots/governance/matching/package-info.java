/**
 * Demand-resource matching (供需对接, 双向认领, 精准下沉): demands, resources and projects, the
 * policy that prices an allocation by locality in the grid hierarchy and weighs urgency and
 * vulnerable groups, and interchangeable {@link org.grassroots.governance.matching.MatchingAlgorithm}s
 * — exact ({@link org.grassroots.governance.matching.ExactMatching}), stable
 * ({@link org.grassroots.governance.matching.DeferredAcceptance}) and greedy
 * ({@link org.grassroots.governance.matching.GreedyMatching}) — whose results carry every
 * allocation, a reason for every unmatched demand, and metrics.
 *
 * <pre>{@code
 * MatchingProblem problem = MatchingProblem.of(demands, resources, MatchingPolicy.defaults());
 * MatchingAlgorithm.Result exact = ExactMatching.create().solve(problem);
 * exact.metrics().servedQuantity();
 * }</pre>
 */
@NullMarked
@GovernanceStyle
package org.grassroots.governance.matching;

import org.grassroots.governance.value.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
