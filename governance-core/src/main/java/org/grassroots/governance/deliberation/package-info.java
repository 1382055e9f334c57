/**
 * Deliberation (议事协商): the "four deliberations, two publications" procedure (四议两公开) by
 * which a community decides a matter — a public-service project, a use of the community fund, a
 * change of the residents' convention.
 *
 * <p>The party branch proposes ({@link org.grassroots.governance.deliberation.Step#PROPOSAL 提议}),
 * the two committees discuss ({@link org.grassroots.governance.deliberation.Step#DISCUSSION 商议}),
 * the party members' meeting reviews ({@link org.grassroots.governance.deliberation.Step#REVIEW 审议}),
 * the residents' representatives' meeting resolves
 * ({@link org.grassroots.governance.deliberation.Step#RESOLUTION 决议}); then the resolution and
 * the result of its implementation are published (两公开). A
 * {@link org.grassroots.governance.deliberation.Matter} is an event-sourced value: every step,
 * rejected vote, withdrawal and send-back is kept in its history, and a step that is out of order
 * or misses its quorum or majority is refused as a value
 * ({@link org.grassroots.governance.deliberation.Refusal}) carrying the numbers.
 */
@NullMarked
@GovernanceStyle
package org.grassroots.governance.deliberation;

import org.grassroots.governance.value.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
