/** Tests of the evaluation package. */
@NullMarked
package org.grassroots.governance.evaluation;

import org.jspecify.annotations.NullMarked;
