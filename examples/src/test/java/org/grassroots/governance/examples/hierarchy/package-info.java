/** Tests of the hierarchy example. */
@NullMarked
package org.grassroots.governance.examples.hierarchy;

import org.jspecify.annotations.NullMarked;
