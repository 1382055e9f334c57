/**
 * The research toolkit (仿真): seeded synthetic districts ({@link
 * org.grassroots.governance.simulation.ScenarioGenerator}), laid out synthetically or on a real
 * district's streets and communities from a loaded division table, and Monte Carlo runs of the
 * matching algorithms over many seeds and policy variants ({@link
 * org.grassroots.governance.simulation.MonteCarloRunner}, on either layout), with summaries across
 * runs.
 *
 * <p>Library code without I/O: callers pass in what they want written.
 */
@GovernanceStyle
@NullMarked
package org.grassroots.governance.simulation;

import org.grassroots.governance.value.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
