/** Local-mode tests of the Spark jobs (profile {@code spark}). */
@NullMarked
package org.grassroots.governance.examples.spark;

import org.jspecify.annotations.NullMarked;
