/** Tests of the identifiers example. */
@NullMarked
package org.grassroots.governance.examples.identifiers;

import org.jspecify.annotations.NullMarked;
