/** Tests of the research toolkit. */
@NullMarked
package org.grassroots.governance.simulation;

import org.jspecify.annotations.NullMarked;
