/** Tests of the matching example. */
@NullMarked
package org.grassroots.governance.examples.matching;

import org.jspecify.annotations.NullMarked;
