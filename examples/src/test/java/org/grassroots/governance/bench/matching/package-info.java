/** JMH benchmarks of demand-resource matching against OR-Tools, JGraphT and greedy. */
@NullMarked
package org.grassroots.governance.bench.matching;

import org.jspecify.annotations.NullMarked;
