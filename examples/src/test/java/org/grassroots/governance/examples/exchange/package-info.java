/** Tests of the exchange example. */
@NullMarked
package org.grassroots.governance.examples.exchange;

import org.jspecify.annotations.NullMarked;
