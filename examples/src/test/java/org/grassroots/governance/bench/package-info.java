/** The JMH benchmark runner: {@code examples/bench AREA [--quick]}. */
@NullMarked
package org.grassroots.governance.bench;

import org.jspecify.annotations.NullMarked;
