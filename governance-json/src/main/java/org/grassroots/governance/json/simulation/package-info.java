/** The exchange form of simulation scenarios (仿真情景): the document kind {@code scenario}. */
@NullMarked
package org.grassroots.governance.json.simulation;

import org.jspecify.annotations.NullMarked;
