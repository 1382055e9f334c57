/** JMH benchmark of the Spark research job against the single-JVM Monte Carlo runner. */
@NullMarked
package org.grassroots.governance.bench.spark;

import org.jspecify.annotations.NullMarked;
