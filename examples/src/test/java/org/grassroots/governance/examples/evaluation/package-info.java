/** Tests of the evaluation example. */
@NullMarked
package org.grassroots.governance.examples.evaluation;

import org.jspecify.annotations.NullMarked;
