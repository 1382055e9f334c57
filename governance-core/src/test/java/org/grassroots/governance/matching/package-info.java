/** Tests of demand-resource matching. */
@NullMarked
package org.grassroots.governance.matching;

import org.jspecify.annotations.NullMarked;
