/**
 * JMH benchmarks of the exchange format: a 1,000,000-demand list through the streaming {@code
 * ListWriter}/{@code ListReader} against plain Jackson data binding of equivalent plain records,
 * run by {@code examples/bench json [--quick]} through {@link
 * org.grassroots.governance.bench.json.JsonBenchSuite}.
 */
@NullMarked
package org.grassroots.governance.bench.json;

import org.jspecify.annotations.NullMarked;
