/**
 * National-scale research runs on Apache Spark (大规模仿真): seeded districts generated per
 * partition, the hierarchy partitioned by street or district, the exact matcher run per
 * partition with an explicit coupling pass for providers whose service area crosses partitions,
 * and the metrics reduced to the same summaries as the single-machine {@link
 * org.grassroots.governance.simulation.MonteCarloRunner}.
 *
 * <p>Compiled only by the Maven profile {@code spark} ({@code ./mvnw -Pspark -pl examples -am
 * verify}); see {@code docs/spark.md}.
 */
@NullMarked
package org.grassroots.governance.examples.spark;

import org.jspecify.annotations.NullMarked;
