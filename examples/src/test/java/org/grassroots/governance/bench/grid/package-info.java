/**
 * JMH benchmarks of the grid hierarchy against JGraphT (LCA finders built on the same tree), run
 * by {@code examples/bench grid [--quick]} through {@link org.grassroots.governance.bench.grid.GridBenchSuite}.
 */
@NullMarked
package org.grassroots.governance.bench.grid;

import org.jspecify.annotations.NullMarked;
