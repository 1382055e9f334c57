/**
 * One core, many elements (一核多元, 一核多能): the organisations of a community, the people in
 * their roles, the community's governance structure ({@link
 * org.grassroots.governance.structure.CommunityGovernance}), its responsibility list (主体责任清单),
 * its access list (准入清单) and the regional policy rules checked against it
 * ({@link org.grassroots.governance.structure.PolicyProfile}).
 *
 * <p>Invariants (exactly one core, a party organisation; every element attached to it; a person
 * once per role at a time) make invalid structures impossible to construct; regional norms
 * (at least six community workers, a party branch on every grid, ...) are reported as
 * {@link org.grassroots.governance.structure.Finding findings}, never enforced.
 */
@NullMarked
@GovernanceStyle
package org.grassroots.governance.structure;

import org.grassroots.governance.value.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
